/** A success factor or pitfall (les), drawn from one or more sources and linked back to them. */
import { z } from 'astro/zod';
import { idReference, type IdReference, type ReferenceFactory } from './reference';
import { lessonKindSchema, themeSchema } from './vocabularies';
import { listOf, text } from './common';
import { words } from './meta';

export const lessonSchema = <R extends z.ZodType = IdReference>(
  ref: ReferenceFactory<R> = idReference as unknown as ReferenceFactory<R>,
) =>
  z
    .object({
      /** The lesson in one sentence, e.g. "Zorg na de werving snel voor een startmoment". */
      statement: text('De stelling').meta(
        words({
          title: 'Stelling',
          hint: 'De les in één zin, bv. "Zorg na de werving snel voor een startmoment". Bepaalt ook het webadres.',
          description: 'De les in één zin.',
          multiline: true,
        }),
      ),
      /** The source's own words and context. */
      explanation: z
        .string()
        .optional()
        .meta(
          words({
            title: 'Toelichting',
            hint: 'De woorden en context van de bron (optioneel).',
            description: 'De woorden en context van de bron.',
            multiline: true,
          }),
        ),
      /** Success factor or pitfall/challenge. */
      kind: lessonKindSchema.meta(
        words({ title: 'Soort', hint: 'Succesfactor, of valkuil/uitdaging.', description: 'Succesfactor of valkuil.' }),
      ),
      /** Phase or concern it belongs to. */
      theme: themeSchema.meta(
        words({
          title: 'Thema',
          hint: 'De fase of het aandachtspunt van een buddywerking.',
          description: 'Fase of aandachtspunt (sleutel), bv. "werving" of "matching".',
        }),
      ),
      /** Practice cards it comes from. */
      practices: listOf(ref('practices'),
          words({
            title: 'Praktijken',
            hint: 'Praktijkfiches waar de les uit komt. Geef minstens één bron (praktijk, draaiboek of gemeente).',
            description: 'Praktijken waaruit de les komt.',
          }),
        ),
      /** Handbooks or reports it comes from. */
      handbooks: listOf(ref('handbooks'),
          words({
            title: 'Draaiboeken',
            hint: 'Draaiboeken of verslagen waar de les uit komt.',
            description: 'Draaiboeken of verslagen waaruit de les komt.',
          }),
        ),
      /** Municipalities whose experience it reflects. */
      municipalities: listOf(ref('municipalities'),
          words({
            title: 'Gemeenten',
            hint: 'Gemeenten wier ervaring de les weergeeft.',
            description: 'Gemeenten wier ervaring ze weergeeft.',
          }),
        ),
    })
    .refine((l) => l.practices.length + l.handbooks.length + l.municipalities.length > 0, {
      message: 'Een les heeft minstens één bron (praktijk, draaiboek of gemeente)',
      path: ['practices'],
    });
export type LessonData = z.infer<ReturnType<typeof lessonSchema>>;
