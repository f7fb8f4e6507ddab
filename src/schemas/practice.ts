/** A practice card (praktijkfiche) of the VVSG database; its Markdown body is the description. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { categorySchema, policyDomainSchema } from './vocabularies';
import { dateField, imageSchema, listOf, text, webAddress } from './common';
import { words } from './meta';

export const resourceSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Title or short description of the resource as the card names it. */
    label: text('Het label').meta(words({ title: 'Label', hint: 'Titel of korte omschrijving zoals de fiche ze noemt.' })),
    /** Address of the resource; only where the source gives one. */
    url: webAddress()
      .optional()
      .meta(words({ title: 'Webadres', hint: 'Volledig adres (https://…); alleen als de bron er een geeft.' })),
    /** The card's sentence about it. */
    description: z
      .string()
      .optional()
      .meta(words({ title: 'Omschrijving', hint: 'De zin van de fiche hierover (optioneel).', multiline: true })),
    /** Who made it, e.g. "Agentschap Integratie en Inburgering". */
    publisher: z
      .string()
      .optional()
      .meta(words({ title: 'Uitgever', hint: 'Wie het maakte, bv. "Agentschap Integratie en Inburgering".' })),
    /** The handbook page on this site that covers it, if any. */
    handbook: ref('handbooks')
      .optional()
      .meta(words({ title: 'Draaiboek op deze site', hint: 'Het draaiboek op deze site dat dit behandelt, indien er een is.' })),
  });

export const practiceSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Name of the practice, e.g. "Buddywerking". */
    title: text('De titel').meta(
      words({
        title: 'Titel',
        hint: 'Naam van de praktijk, bv. "Buddywerking".',
        description: 'Naam van de praktijk, bv. "Buddywerking".',
      }),
    ),
    /** One or two sentences shown in lists and search results. */
    summary: text('De samenvatting').meta(
      words({
        title: 'Samenvatting',
        hint: 'Eén of twee zinnen voor lijsten en zoekresultaten.',
        description: 'Korte samenvatting voor lijsten en zoekresultaten.',
        multiline: true,
      }),
    ),
    /** Header image of the card. */
    image: imageSchema.optional().meta(
      words({
        title: 'Beeld',
        hint: 'Optionele headerfoto van de praktijkfiche.',
        description: 'Beeld bovenaan de fiche: src (pad op deze site), alt (tekstalternatief), credit (maker).',
      }),
    ),
    /** Database categories. */
    categories: z
      .array(categorySchema)
      .min(1, 'Kies minstens één categorie')
      .meta(
        words({
          title: 'Categorieën',
          heading: 'Categorie',
          hint: 'Categorieën van de databank; kies er minstens één.',
          description: 'Categorieën van de praktijkdatabank.',
        }),
      ),
    /** Goals ("Doelen"), one per bullet. */
    goals: z
      .array(text('Een doel'))
      .min(1, 'Geef minstens één doel')
      .meta(
        words({
          title: 'Doelen',
          hint: 'Eén doel per item, zoals op de fiche. Minstens één.',
          description: 'Doelen, één per punt.',
          multiline: true,
          item: 'doel',
        }),
      ),
    /** Target groups ("Doelgroep"), one paragraph or bullet each. */
    targetGroups: z
      .array(text('Een doelgroep'))
      .min(1, 'Geef minstens één doelgroep')
      .meta(
        words({
          title: 'Doelgroepen',
          heading: 'Doelgroep',
          hint: 'Eén alinea of opsommingspunt per item. Minstens één.',
          description: 'Doelgroepen, één per alinea.',
          multiline: true,
          item: 'doelgroep',
        }),
      ),
    /** Intro sentence above the coordinator tasks. */
    coordinatorTasksIntro: z
      .string()
      .optional()
      .meta(
        words({
          title: 'Inleiding taken coördinator',
          hint: 'Zin boven de taken van de coördinator (optioneel).',
          description: 'Inleidende zin boven de taken van de coördinator.',
          multiline: true,
        }),
      ),
    /** What a coordinator usually does. */
    coordinatorTasks: listOf(text('Een taak'),
        words({
          title: 'Taken coördinator',
          heading: 'Taken van de coördinator',
          hint: 'Wat een coördinator meestal doet, één taak per item.',
          description: 'Wat een coördinator meestal doet.',
          multiline: true,
          item: 'taak',
        }),
      ),
    /** Context line above success factors and challenges, e.g. "Voor het buddyproject voor gezinsherenigers:". */
    lessonsContext: z
      .string()
      .optional()
      .meta(
        words({
          title: 'Context bij succesfactoren en uitdagingen',
          hint: 'Optioneel, bv. "Voor het buddyproject voor gezinsherenigers:".',
          description: 'Context boven succesfactoren en uitdagingen.',
        }),
      ),
    /** Success factors ("Succesfactoren") as on the card. */
    successFactors: listOf(text('Een succesfactor'),
        words({
          title: 'Succesfactoren',
          hint: 'Zoals op de fiche, één succesfactor per item.',
          description: 'Succesfactoren zoals op de fiche.',
          multiline: true,
          item: 'succesfactor',
        }),
      ),
    /** Challenges ("Uitdagingen") as on the card. */
    challenges: listOf(text('Een uitdaging'),
        words({
          title: 'Uitdagingen',
          hint: 'Zoals op de fiche, één uitdaging per item.',
          description: 'Uitdagingen zoals op de fiche.',
          multiline: true,
          item: 'uitdaging',
        }),
      ),
    /** Extra information and partners ("Extra info & partners"). */
    resources: listOf(resourceSchema(ref),
        words({
          title: 'Extra info en partners',
          hint: 'Bronnen, organisaties en documenten bij deze praktijk.',
          description: 'Extra info en partners: label, url, description, publisher, handbook (id van een draaiboek).',
          item: 'bron',
        }),
      ),
    /** Policy domains ("Beleidsdomeinen"). */
    policyDomains: z
      .array(policyDomainSchema)
      .min(1, 'Kies minstens één beleidsdomein')
      .meta(words({ title: 'Beleidsdomeinen', hint: 'Kies minstens één beleidsdomein.', description: 'Beleidsdomeinen.' })),
    /** Date of the last content update (YYYY-MM-DD). */
    updated: dateField().meta(
      words({
        title: 'Laatst bijgewerkt',
        hint: 'Datum van de laatste inhoudelijke wijziging.',
        description: 'Datum van de laatste inhoudelijke wijziging.',
      }),
    ),
  });
export type PracticeData = z.infer<ReturnType<typeof practiceSchema>>;
