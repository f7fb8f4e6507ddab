/**
 * The local details a template leaves open. The generic kit shows each default (a bracketed hint the
 * municipality fills in by hand); the personalised kit fills in what the coordinator typed in the form.
 */
export const PLACEHOLDER_KEYS = ['gemeente', 'programma', 'coordinator', 'contact', 'duur', 'frequentie'] as const;
export type PlaceholderKey = (typeof PLACEHOLDER_KEYS)[number];
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

export const PLACEHOLDERS: Record<PlaceholderKey, { label: string; hint: string; fallback: string }> = {
  gemeente: { label: 'Gemeente', hint: 'bv. Mechelen', fallback: '[naam gemeente]' },
  programma: { label: 'Naam van de buddywerking', hint: 'bv. Samen op pad', fallback: '[naam buddywerking]' },
  coordinator: { label: 'Naam coördinator', hint: '', fallback: '[naam coördinator]' },
  contact: { label: 'Contact coördinator (e-mail of telefoon)', hint: '', fallback: '[e-mail of telefoon coördinator]' },
  duur: { label: 'Duur van een traject', hint: 'bv. 6 maanden', fallback: '[duur, bv. 6 maanden]' },
  frequentie: { label: 'Hoe vaak spreekt een duo af?', hint: 'bv. 2 keer per maand', fallback: '[frequentie, bv. 2 keer per maand]' },
};

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
