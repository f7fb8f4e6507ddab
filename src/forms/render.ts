/**
 * Form markup as HTML strings, from the definitions in definitions.ts. Used by the Astro form
 * components (set:html), by the browser script (re-rendering a field with its error) and by the
 * functions (the form again with the error summary and the typed values, for posts without JS).
 */
import { CONTROL_FIELDS, type FieldDef, type FormDef, type Option } from './definitions';
import { PRIVACY_NOTICE_VERSION } from '../schemas/form-fields';

export type FormValues = Record<string, string>;
/** Field name → message; `_form` is a message about the whole form (no field to link to). */
export type FormErrors = Record<string, string>;

export interface RenderOptions {
  values?: FormValues;
  errors?: FormErrors;
  /** Options of select fields, by field name (e.g. the practice list). */
  options?: Record<string, Option[]>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export const fieldId = (form: FormDef, name: string) => `${form.id}-${name}`;

const attr = (name: string, value: string | number | boolean | undefined) =>
  value === undefined || value === false ? '' : value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;

/** One field with its label, hint, error and control; `data-field` lets the script replace it. */
export function renderField(form: FormDef, field: FieldDef, value = '', error?: string, options: Option[] = []): string {
  const id = fieldId(form, field.name);
  if (field.type === 'hidden') return `<input type="hidden" id="${id}" name="${field.name}"${attr('value', value)}>`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const required = field.required ? ' <span class="form-required">(verplicht)</span>' : '';
  const hint = field.hint ? `<p class="form-hint" id="${hintId}">${field.hint}</p>` : '';
  const errorText = error ? `<p class="form-error" id="${errorId}"><span class="visually-hidden">Fout: </span>${escapeHtml(error)}</p>` : '';
  const common = `${attr('aria-describedby', describedBy)}${attr('aria-invalid', error ? 'true' : undefined)}`;
  const wrapperClass = `form-field${field.width ? ` form-field--${field.width}` : ''}${error ? ' form-field--error' : ''}`;

  if (field.type === 'radio' || field.type === 'checkbox') {
    const choices =
      field.type === 'radio'
        ? (field.options ?? []).map(
            (o, i) =>
              `<div class="form-choice"><input type="radio" id="${i === 0 ? id : `${id}-${o.value}`}" name="${field.name}"${attr('value', o.value)}${attr('checked', value === o.value)}${common}><label for="${i === 0 ? id : `${id}-${o.value}`}">${escapeHtml(o.label)}</label></div>`,
          )
        : [
            `<div class="form-choice"><input type="checkbox" id="${id}" name="${field.name}" value="ja"${attr('checked', value === 'ja' || value === 'true')}${common}><label for="${id}">${escapeHtml(field.checkboxText ?? field.label)}</label></div>`,
          ];
    return `<div class="${wrapperClass}" data-field="${field.name}"><fieldset class="form-fieldset"${attr('aria-describedby', describedBy)}><legend class="form-label">${escapeHtml(field.label)}${required}</legend>${hint}${errorText}${choices.join('')}</fieldset></div>`;
  }

  const label = `<label class="form-label" for="${id}">${escapeHtml(field.label)}${required}</label>`;
  let control: string;
  if (field.type === 'textarea') {
    control = `<textarea id="${id}" name="${field.name}" rows="5"${attr('maxlength', field.maxlength)}${common}>${escapeHtml(value)}</textarea>`;
  } else if (field.type === 'select') {
    const list = [{ value: '', label: 'Kies …' }, ...options]
      .map((o) => `<option${attr('value', o.value)}${attr('selected', o.value === value)}>${escapeHtml(o.label)}</option>`)
      .join('');
    control = `<select id="${id}" name="${field.name}"${common}>${list}</select>`;
  } else {
    control = `<input type="${field.type}" id="${id}" name="${field.name}"${attr('value', value)}${attr('autocomplete', field.autocomplete)}${attr('inputmode', field.inputmode)}${attr('maxlength', field.maxlength)}${attr('spellcheck', field.type === 'email' ? 'false' : undefined)}${common}>`;
  }
  return `<div class="${wrapperClass}" data-field="${field.name}">${label}${hint}${errorText}${control}</div>`;
}

/** The summary at the top: every error, linked to its field. Empty (but present) without errors. */
export function renderErrorSummary(form: FormDef, errors: FormErrors = {}): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return `<div class="error-summary" id="${form.id}-errors" tabindex="-1" data-error-summary hidden></div>`;
  const items = entries.map(([name, message]) => {
    const target = form.fields.some((f) => f.name === name && f.type !== 'hidden') ? `#${fieldId(form, name)}` : undefined;
    return `<li>${target ? `<a href="${target}">${escapeHtml(message)}</a>` : escapeHtml(message)}</li>`;
  });
  const count = entries.length;
  const title = count === 1 ? 'Er is 1 probleem met het formulier' : `Er zijn ${count} problemen met het formulier`;
  return `<div class="error-summary" id="${form.id}-errors" tabindex="-1" data-error-summary autofocus aria-labelledby="${form.id}-errors-title"><h2 id="${form.id}-errors-title">${title}</h2><ul>${items.join('')}</ul></div>`;
}

/** The whole form: summary, fields, the hidden control fields and the submit button. */
export function renderForm(form: FormDef, { values = {}, errors = {}, options = {} }: RenderOptions = {}): string {
  const fields = form.fields.map((f) => renderField(form, f, values[f.name] ?? '', errors[f.name], options[f.name])).join('');
  const control = [
    `<input type="hidden" name="privacyVersion" value="${PRIVACY_NOTICE_VERSION}">`,
    `<input type="hidden" name="${CONTROL_FIELDS.idempotencyKey}"${attr('value', values[CONTROL_FIELDS.idempotencyKey])}>`,
    `<input type="hidden" name="${CONTROL_FIELDS.fillMs}">`,
    // Honeypot: hidden from people (and screen readers), filled in by naive bots.
    `<div class="form-trap" aria-hidden="true"><label for="${form.id}-${CONTROL_FIELDS.honeypot}">Laat dit veld leeg</label><input type="text" id="${form.id}-${CONTROL_FIELDS.honeypot}" name="${CONTROL_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>`,
  ].join('');
  return `<form id="${form.id}-form" class="form" action="${form.action}" method="post" novalidate data-form="${form.id}">${renderErrorSummary(form, errors)}${fields}${control}<button type="submit" class="button">${escapeHtml(form.submitLabel)}</button></form>`;
}
