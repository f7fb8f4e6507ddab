/**
 * Validates content files against the content model outside Astro and reports every problem as
 * "file: field: message", the same wording editors see when the build fails.
 */
import type { z } from 'astro/zod';
import { schemaOf, type CollectionName } from '../schemas/collections';
import { findBrokenReferences, referencesOf } from './integrity';
import type { ContentFile } from './content-files';

export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function validateFile(file: ContentFile, schema: z.ZodType = schemaOf(file.collection as CollectionName)): string[] {
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file.file}: ${fieldPath(issue.path) || '(bestand)'}: ${issue.message}`);
}

/** Schema errors of every file plus every reference that does not resolve. */
export function validateContent(content: Record<string, ContentFile[]>): string[] {
  const errors = Object.values(content).flatMap((files) => files.flatMap((file) => validateFile(file)));
  const existing = Object.fromEntries(Object.entries(content).map(([c, files]) => [c, new Set(files.map((f) => f.id))]));
  const entries = Object.entries(content).flatMap(([collection, files]) =>
    files.map((f) => ({ collection, id: f.id, file: f.file, references: referencesOf(collection, f.data) })),
  );
  return [...errors, ...findBrokenReferences(entries, existing)];
}
