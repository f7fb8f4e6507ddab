/**
 * The words every field carries, and the other metadata the schemas attach with zod's `.meta()`.
 *
 * Each field's Dutch words live beside its definition (`.meta(words(…))`): the CMS, the forms, the
 * open-data documentation and the pages read them back through `z.toJSONSchema` (src/lib/fields.ts),
 * never from a list kept elsewhere. This module creates no schema when it loads (the form schemas are
 * built in the browser only after zod is switched to jitless mode, see form-fields.ts).
 */
import { z } from 'astro/zod';

/**
 * What a field says to people. Keys are JSON Schema's own (`title`, `description`) where it has one,
 * so they survive `z.toJSONSchema` unchanged.
 */
export type FieldWords = {
  /** Short label: the CMS field, the form label, the start of every error message. */
  title: string;
  /** Heading on the site's pages where it differs from the label ("Doelgroep" for the list of target groups). */
  heading?: string;
  /** Help for editors in the CMS, under the field. */
  hint?: string;
  /** What the field holds, for the open-data documentation (public). */
  description?: string;
  /** For lists: what one item is called ("Voeg succesfactor toe"). */
  item?: string;
  /** Paragraphs rather than one line (a text box in the CMS and the forms). */
  multiline?: true;
};

/** The metadata object for a field's words (kept as a function so every call site reads the same). */
export const words = (w: FieldWords): FieldWords => w;

/**
 * Metadata keys the schemas use besides the words, read back by src/lib/fields.ts:
 * - `format`: 'date' (a date the CMS picks), 'email', 'url', 'phone', 'media-image', 'media-file';
 * - `patternMessage`: the message a pattern's check gives, for editors who break it in the CMS;
 * - `labels`: an enum's value → label;
 * - `reference`: the collection an id points to (src/schemas/reference.ts);
 * - `unpublished`: why a field stays out of the open data;
 * - `editor`: 'hidden' for a value the CMS keeps but editors do not type (a translation's Dutch source).
 */
export type TechnicalMeta = {
  format?: 'date' | 'email' | 'url' | 'phone' | 'media-image' | 'media-file';
  patternMessage?: string;
  labels?: Record<string, string>;
  reference?: string;
  unpublished?: string;
  editor?: 'hidden';
};

/** An enum whose values carry the labels readers see (value → label). */
export function labelledEnum<const L extends Record<string, string>>(labels: L, error?: string) {
  const values = Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]];
  return z.enum(values, error ? { error } : undefined).meta({ labels } satisfies TechnicalMeta);
}

