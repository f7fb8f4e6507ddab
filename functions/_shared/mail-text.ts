/** Plain Dutch mail bodies, listing a record's fields with the labels of its form. */
import type { FormDef } from '../../src/forms/definitions';

/** "Naam: Sara" lines for every filled-in field; choices show their label, a ticked box "ja". */
export function fieldLines(form: FormDef, record: Record<string, unknown>): string {
  return form.fields
    .filter((f) => f.type !== 'hidden' && record[f.name] !== undefined)
    .map((f) => {
      const value = record[f.name];
      const shown =
        value === true ? 'ja' : (f.options?.find((o) => o.value === value)?.label ?? String(value));
      return `${f.label}: ${shown.includes('\n') ? `\n  ${shown.replace(/\n/g, '\n  ')}` : shown}`;
    })
    .join('\n');
}

export const signature = (siteName: string) => `\n\nMet vriendelijke groeten,\n${siteName}`;

/** What the confirmation says about privacy, in every mail to a person. */
export const privacyLine = (privacyEmail: string, months: number) =>
  `We bewaren je gegevens hoogstens ${months} maanden. Wil je ze inkijken, laten verbeteren of laten wissen? Mail naar ${privacyEmail}. Meer uitleg: de pagina Privacy op onze website.`;
