/** A practice card (praktijkkaart) of the VVSG database; its Markdown body is the description. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { categorySchema, policyDomainSchema } from './vocabularies';
import { imageSchema, text } from './common';

export const resourceSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Title or short description of the resource as the card names it. */
    label: text('Het label'),
    /** Address of the resource; only where the source gives one. */
    url: z.url({ protocol: /^https?$/, message: 'Geef een volledig webadres (https://…)' }).optional(),
    /** The card's sentence about it. */
    description: z.string().optional(),
    /** Who made it, e.g. "Agentschap Integratie en Inburgering". */
    publisher: z.string().optional(),
    /** The handbook page on this site that covers it, if any. */
    handbook: ref('handbooks').optional(),
  });

export const practiceSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z.object({
    /** Name of the practice, e.g. "Buddywerking". */
    title: text('De titel'),
    /** One or two sentences shown in lists and search results. */
    summary: text('De samenvatting'),
    /** Header image of the card. */
    image: imageSchema.optional(),
    /** Database categories. */
    categories: z.array(categorySchema).min(1, 'Kies minstens één categorie'),
    /** Goals ("Doelen"), one per bullet. */
    goals: z.array(text('Een doel')).min(1, 'Geef minstens één doel'),
    /** Target groups ("Doelgroep"), one paragraph or bullet each. */
    targetGroups: z.array(text('Een doelgroep')).min(1, 'Geef minstens één doelgroep'),
    /** Intro sentence above the coordinator tasks. */
    coordinatorTasksIntro: z.string().optional(),
    /** What a coordinator usually does. */
    coordinatorTasks: z.array(text('Een taak')).default([]),
    /** Context line above success factors and challenges, e.g. "Voor het buddyproject voor gezinsherenigers:". */
    lessonsContext: z.string().optional(),
    /** Success factors ("Succesfactoren") as on the card. */
    successFactors: z.array(text('Een succesfactor')).default([]),
    /** Challenges ("Uitdagingen") as on the card. */
    challenges: z.array(text('Een uitdaging')).default([]),
    /** Extra information and partners ("Extra info & partners"). */
    resources: z.array(resourceSchema(ref)).default([]),
    /** Policy domains ("Beleidsdomeinen"). */
    policyDomains: z.array(policyDomainSchema).min(1, 'Kies minstens één beleidsdomein'),
    /** Date of the last content update (YYYY-MM-DD). */
    updated: z.coerce.date({ message: 'Geef een datum als JJJJ-MM-DD' }),
  });
export type PracticeData = z.infer<ReturnType<typeof practiceSchema>>;
