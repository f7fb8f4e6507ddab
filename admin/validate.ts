/**
 * What the CMS writes must be what the build accepts. Decap leaves "" behind when an editor empties an
 * optional field (and {} for an emptied optional object); the schemas read "absent" there. So before
 * every save the entry is pruned of empty values and checked against the same zod schema the build
 * uses: an error stops the save with the field's Dutch label, instead of failing the next build.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, schemaOf, type CollectionName } from '../src/schemas';
import { fieldAt, fieldsOf } from '../src/lib/fields';

// zod's fallback messages in Dutch, and a plain one for a missing value (the schemas' own messages
// cover the rest). Only the CMS bundle and its tests load this module; the build keeps zod's defaults.
z.config(z.locales.nl());
z.config({ customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'vul dit veld in' : undefined) });

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isEmpty = (value: unknown) =>
  value === '' ||
  value === null ||
  value === undefined ||
  (typeof value === 'number' && Number.isNaN(value)) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

/** Drops "", null and objects left empty, at any depth; empty lists stay (they mean "none"). */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(pruneEmpty).filter((item) => !isEmpty(item)) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, pruneEmpty(v)] as const)
      .filter(([, v]) => !isEmpty(v));
    return Object.fromEntries(entries) as T;
  }
  return typeof value === 'string' ? (value.trim() === '' ? ('' as T) : value) : value;
}

/** "programmes.0.contacts.1.email" → "Buddywerkingen 1 › Contacten 2 › E-mailadres". */
export function fieldLabel(collection: string, path: PropertyKey[]): string {
  const names: string[] = [];
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      parts[parts.length - 1] += ` ${key + 1}`;
      continue;
    }
    names.push(String(key));
    const fields = collection in COLLECTIONS ? fieldsOf(schemaOf(collection as CollectionName)) : [];
    parts.push(fieldAt(fields, names.join('.'))?.title ?? String(key));
  }
  return parts.join(' › ');
}

/** The schema's complaints about an entry, one readable line each; empty when the build accepts it. */
export function validateEntry(collection: string, data: Record<string, unknown>): string[] {
  if (!(collection in COLLECTIONS)) return [];
  const schema = schemaOf(collection as CollectionName);
  const { body: _body, ...fields } = data;
  const result = schema.safeParse(fields);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${fieldLabel(collection, issue.path)}: ${issue.message}`);
}

export type { Plain };
