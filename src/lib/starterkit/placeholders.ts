/** Filling in a template's placeholders; which placeholders exist is part of the content model. */
import { PLACEHOLDERS, PLACEHOLDER_KEYS, type PlaceholderKey } from '../../schemas/placeholders';

export { PLACEHOLDERS, PLACEHOLDER_KEYS, type PlaceholderKey };
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

const PATTERN = /\{\{\s*([a-z]+)\s*\}\}/g;

/** The placeholder keys a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PATTERN)].map((m) => m[1]))];
}

/** Replaces every {{key}}: the given value (trimmed, on one line) or the bracketed default. */
export function fillPlaceholders(text: string, values: PlaceholderValues = {}): string {
  return text.replace(PATTERN, (whole, key: string) => {
    if (!(key in PLACEHOLDERS)) return whole;
    const value = values[key as PlaceholderKey]?.replace(/\s+/g, ' ').trim();
    return value || PLACEHOLDERS[key as PlaceholderKey].fallback;
  });
}

/** True when at least one value is filled in, i.e. the kit is personalised. */
export const isPersonalised = (values: PlaceholderValues) =>
  PLACEHOLDER_KEYS.some((key) => values[key]?.trim());
