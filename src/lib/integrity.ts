/**
 * Referential integrity of the content: Astro only logs a broken reference(), so the build and the
 * tests call this and fail with the file and field of every reference that does not resolve. Which
 * fields are references is read from the schemas' own tags (src/lib/fields.ts), not listed here.
 */
import { COLLECTIONS, schemaOf, type CollectionName } from '../schemas/collections';
import { fieldsOf, referencesIn } from './fields';

export interface EntryRefs {
  /** Collection of the entry that refers. */
  collection: string;
  id: string;
  /** Where it lives, for the message. */
  file: string;
  /** Field path → referenced collection and id. */
  references: { field: string; collection: string; id: string }[];
}

export function findBrokenReferences(entries: EntryRefs[], existing: Record<string, Set<string>>): string[] {
  const errors: string[] = [];
  for (const entry of entries) {
    for (const ref of entry.references) {
      if (!existing[ref.collection]?.has(ref.id)) {
        errors.push(`${entry.file}: veld "${ref.field}" verwijst naar "${ref.id}" maar ${ref.collection}/${ref.id} bestaat niet`);
      }
    }
  }
  return errors;
}

/** The references of an entry (plain ids or Astro's {collection,id}), found along its collection's schema. */
export function referencesOf(collection: string, data: Record<string, unknown>): EntryRefs['references'] {
  const spec = COLLECTIONS[collection as CollectionName];
  return spec ? referencesIn(fieldsOf(schemaOf(collection as CollectionName)), data) : [];
}
