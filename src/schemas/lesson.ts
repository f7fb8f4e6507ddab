/** A success factor or pitfall (les), drawn from one or more sources and linked back to them. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { lessonKindSchema, themeSchema } from './vocabularies';
import { text } from './common';

export const lessonSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z
    .object({
      /** The lesson in one sentence, e.g. "Zorg na de werving snel voor een startmoment". */
      statement: text('De stelling'),
      /** The source's own words and context. */
      explanation: z.string().optional(),
      /** Success factor or pitfall/challenge. */
      kind: lessonKindSchema,
      /** Phase or concern it belongs to. */
      theme: themeSchema,
      /** Practice cards it comes from. */
      practices: z.array(ref('practices')).default([]),
      /** Handbooks or reports it comes from. */
      handbooks: z.array(ref('handbooks')).default([]),
      /** Municipalities whose experience it reflects. */
      municipalities: z.array(ref('municipalities')).default([]),
    })
    .refine((l) => l.practices.length + l.handbooks.length + l.municipalities.length > 0, {
      message: 'Een les heeft minstens één bron (praktijk, draaiboek of gemeente)',
      path: ['practices'],
    });
export type LessonData = z.infer<ReturnType<typeof lessonSchema>>;
