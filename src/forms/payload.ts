/** Between what a form sends (strings) and what the schemas check, in the browser and in the functions. */
import type { z } from 'astro/zod';
import { CONTROL_FIELDS, type FieldDef, type FormDef } from './definitions';
import type { FormErrors, FormValues } from './render';

/** Fields whose boxes repeat the name: every ticked value, as a list. */
const repeats = (field: FieldDef) => field.type === 'checkboxes' || field.type === 'week';

/** The strings a form post carries, for the form's own fields and control fields; repeated names keep the first, but for lists of boxes. */
export function valuesFromForm(form: FormDef, data: URLSearchParams | FormData): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    if (repeats(field)) values[field.name] = data.getAll(field.name).filter((v): v is string => typeof v === 'string');
  }
  for (const name of [...form.fields.filter((f) => !repeats(f)).map((f) => f.name), 'privacyVersion', ...Object.values(CONTROL_FIELDS)]) {
    const value = data.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** The object the schema checks: a ticked checkbox ("ja") becomes true, an unticked one is absent. */
export function payloadFromValues(form: FormDef, values: FormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of form.fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    payload[field.name] = field.type === 'checkbox' ? value === 'ja' || value === 'true' || undefined : value;
  }
  if (values.privacyVersion !== undefined) payload.privacyVersion = values.privacyVersion;
  return payload;
}

/** The other way, to show a JSON payload in the form again. */
export function valuesFromPayload(form: FormDef, payload: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    const value = payload[field.name];
    if (typeof value === 'string') values[field.name] = value;
    else if (Array.isArray(value) && repeats(field)) values[field.name] = value.filter((v): v is string => typeof v === 'string');
    else if (value === true && field.type === 'checkbox') values[field.name] = 'ja';
  }
  return values;
}

/**
 * First message per field, in the order of the form. By default the schema's own (Dutch) message,
 * which starts with the field's label; `messageOf` gives another language's.
 */
export function errorsFromIssues(form: FormDef, issues: z.core.$ZodIssue[], messageOf: (issue: z.core.$ZodIssue) => string = (i) => i.message): FormErrors {
  const byField: FormErrors = {};
  for (const issue of issues) {
    const name = typeof issue.path[0] === 'string' ? issue.path[0] : '_form';
    byField[name] ??= messageOf(issue);
  }
  const ordered: FormErrors = {};
  for (const field of [...form.fields.map((f) => f.name), 'privacyVersion', '_form']) {
    if (byField[field]) ordered[field] = byField[field];
  }
  for (const [name, message] of Object.entries(byField)) ordered[name] ??= message;
  return ordered;
}
