/**
 * Content schemas take a reference factory instead of importing `reference` from `astro:content`,
 * so the same schema runs in Astro (real references), in Node (functions, tests, CMS config: plain ids).
 */
import { z } from 'astro/zod';

/**
 * Makes the schema of a reference to a collection of the registry (src/schemas/collections.ts; a name
 * that is not there fails the integrity check); generic so that pages see Astro's `{ collection, id }`
 * and Node sees a string.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: string) => R;
export type IdReference = z.ZodString;

/** Outside Astro a reference is the entry id (its file name without extension), tagged with its collection. */
export const idReference: ReferenceFactory<IdReference> = (collection) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Verwijs naar een bestaand item')
    .meta({ reference: collection });

/** The collection an id-reference points to, read back from its metadata (for CMS relation widgets). */
export function referencedCollection(schema: z.ZodType): string | undefined {
  return (schema.meta() as { reference?: string } | undefined)?.reference;
}
