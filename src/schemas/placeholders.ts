/**
 * The local details a starter-kit template leaves open ({{gemeente}}, …). The generic kit shows each
 * fallback (a bracketed hint the municipality fills in by hand); the personalised kit fills in what the
 * coordinator typed in the form (src/lib/starterkit/placeholders.ts).
 */
import { labelledEnum } from './meta';

export const PLACEHOLDERS = {
  gemeente: { label: 'Gemeente', hint: 'bv. Mechelen', fallback: '[naam gemeente]' },
  programma: { label: 'Naam van de buddywerking', hint: 'bv. Samen op pad', fallback: '[naam buddywerking]' },
  coordinator: { label: 'Naam coördinator', hint: '', fallback: '[naam coördinator]' },
  contact: { label: 'Contact coördinator (e-mail of telefoon)', hint: '', fallback: '[e-mail of telefoon coördinator]' },
  duur: { label: 'Duur van een traject', hint: 'bv. 6 maanden', fallback: '[duur, bv. 6 maanden]' },
  frequentie: { label: 'Hoe vaak spreekt een duo af?', hint: 'bv. 2 keer per maand', fallback: '[frequentie, bv. 2 keer per maand]' },
} as const satisfies Record<string, { label: string; hint: string; fallback: string }>;
export type PlaceholderKey = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_KEYS = Object.keys(PLACEHOLDERS) as PlaceholderKey[];

/** One placeholder, labelled the way editors see it in the CMS: "{{gemeente}}: Gemeente". */
export const placeholderSchema = labelledEnum(
  Object.fromEntries(Object.entries(PLACEHOLDERS).map(([key, p]) => [key, `{{${key}}}: ${p.label}`])) as Record<PlaceholderKey, string>,
);
