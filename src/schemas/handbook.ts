/** A handbook (draaiboek), case study or report that helps a municipality run a programme. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { text } from './common';

/** Kinds of document, with the label readers see. */
export const HANDBOOK_KINDS = {
  draaiboek: 'Draaiboek',
  praktijkvoorbeeld: 'Praktijkvoorbeeld',
  verslag: 'Verslag',
} as const;
export type HandbookKind = keyof typeof HANDBOOK_KINDS;

export const phaseSchema = z.object({
  /** Phase or step title, e.g. "Matching buddy - dossier". */
  title: text('De titel van de fase'),
  /** Short explanation of the phase. */
  summary: z.string().optional(),
  /** The points of this phase, one bullet each. */
  steps: z.array(text('Een stap')).default([]),
});

export const handbookSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Title, e.g. "Buddywerking Bocholt". */
    title: text('De titel'),
    /** Organisation that made it. */
    publisher: text('De uitgever'),
    /** One or two sentences for lists and search. */
    summary: text('De samenvatting'),
    /** What kind of document it is. */
    kind: z.enum(Object.keys(HANDBOOK_KINDS) as [HandbookKind, ...HandbookKind[]]),
    /** Date of the source (YYYY-MM-DD), where known. */
    date: z.coerce.date({ message: 'Geef een datum als JJJJ-MM-DD' }).optional(),
    /** Phases or sections, in order. */
    phases: z.array(phaseSchema).default([]),
    /** Where the original is: a file on this site or an external address; only what the source gives. */
    source: z
      .object({
        /** Label of the original, e.g. "Presentatie over buddywerking". */
        label: text('Het label'),
        /** External address of the original. */
        url: z.url({ protocol: /^https?$/, message: 'Geef een volledig webadres (https://…)' }).optional(),
        /** Downloadable file under /media/. */
        file: z
          .string()
          .regex(/^\/media\/[\w./-]+$/, 'Het bestand moet in /media/ staan')
          .optional(),
      })
      .optional(),
    /** Practice cards it belongs to. */
    practices: z.array(ref('practices')).default([]),
    /** Municipalities it describes. */
    municipalities: z.array(ref('municipalities')).default([]),
  });
export type HandbookData = z.infer<ReturnType<typeof handbookSchema>>;
