/** Plain Dutch mail bodies for the site's own (verified) addresses, listing a record's fields with their labels. */
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
