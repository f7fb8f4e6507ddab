/** A handbook (draaiboek), case study or report that helps a municipality run a programme. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { dateField, listOf, mediaPath, text, webAddress } from './common';
import { labelledEnum, words } from './meta';

/** Kinds of document, with the label readers see. */
export const HANDBOOK_KINDS = {
  draaiboek: 'Draaiboek',
  praktijkvoorbeeld: 'Praktijkvoorbeeld',
  verslag: 'Verslag',
} as const;
export type HandbookKind = keyof typeof HANDBOOK_KINDS;

export const phaseSchema = z.object({
  /** Phase or step title, e.g. "Matching buddy - dossier". */
  title: text('De titel van de fase').meta(words({ title: 'Titel van de fase', hint: 'Bv. "Matching buddy - dossier".' })),
  /** Short explanation of the phase. */
  summary: z
    .string()
    .optional()
    .meta(words({ title: 'Uitleg', hint: 'Korte uitleg bij de fase (optioneel).', multiline: true })),
  /** The points of this phase, one bullet each. */
  steps: listOf(text('Een stap'), words({ title: 'Stappen', hint: 'De punten van deze fase, één per item.', multiline: true, item: 'stap' })),
});

export const handbookSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Title, e.g. "Buddywerking Bocholt". */
    title: text('De titel').meta(words({ title: 'Titel', hint: 'Bv. "Buddywerking Bocholt".', description: 'Titel.' })),
    /** Organisation that made it. */
    publisher: text('De uitgever').meta(
      words({ title: 'Uitgever', hint: 'Organisatie die het document maakte.', description: 'Organisatie die het maakte.' }),
    ),
    /** One or two sentences for lists and search. */
    summary: text('De samenvatting').meta(
      words({
        title: 'Samenvatting',
        hint: 'Eén of twee zinnen voor lijsten en zoekresultaten.',
        description: 'Korte samenvatting.',
        multiline: true,
      }),
    ),
    /** What kind of document it is. */
    kind: labelledEnum(HANDBOOK_KINDS).meta(
      words({ title: 'Soort document', hint: 'Draaiboek, praktijkvoorbeeld of verslag.', description: 'Soort document.' }),
    ),
    /** Date of the source (YYYY-MM-DD), where known. */
    date: dateField()
      .optional()
      .meta(words({ title: 'Datum', hint: 'Datum van de bron, als die gekend is.', description: 'Datum van de bron.' })),
    /** Phases or sections, in order. */
    phases: listOf(phaseSchema,
        words({
          title: 'Fasen',
          hint: 'Fasen of onderdelen, in volgorde.',
          description: 'Fasen of hoofdstukken in volgorde: title, summary, steps (lijst van tekst).',
          item: 'fase',
        }),
      ),
    /** Where the original is: a file on this site or an external address; only what the source gives. */
    source: z
      .object({
        /** Label of the original, e.g. "Presentatie over buddywerking". */
        label: text('Het label').meta(
          words({ title: 'Label', hint: 'Verplicht als je een origineel opgeeft, bv. "Presentatie over buddywerking".' }),
        ),
        /** External address of the original. */
        url: webAddress()
          .optional()
          .meta(words({ title: 'Extern webadres', hint: 'Volledig adres (https://…) van het origineel.' })),
        /** Downloadable file under /media/. */
        file: mediaPath('file', 'Het bestand moet in /media/ staan')
          .optional()
          .meta(words({ title: 'Bestand', hint: 'Downloadbaar bestand; het komt in /media/ te staan.' })),
      })
      .optional()
      .meta(
        words({
          title: 'Origineel',
          hint: 'Waar het originele document staat (optioneel).',
          description: 'Het origineel: label, url (extern) of file (bestand op deze site).',
        }),
      ),
    /** Practice cards it belongs to. */
    practices: listOf(ref('practices'),
        words({
          title: 'Praktijken',
          hint: 'De praktijkfiches waar dit draaiboek bij hoort.',
          description: 'Praktijken waar het bij hoort.',
        }),
      ),
    /** Municipalities it describes. */
    municipalities: listOf(ref('municipalities'), words({ title: 'Gemeenten', hint: 'De gemeenten die het beschrijft.', description: 'Gemeenten die het beschrijft.' })),
  });
export type HandbookData = z.infer<ReturnType<typeof handbookSchema>>;
