/**
 * Form markup as HTML strings, from the definitions in definitions.ts. Used by the Astro form
 * components (set:html), by the browser script of the practice and correction forms (re-rendering a
 * field with its error) and by the functions (the form again with the error summary and the typed
 * values, for posts without JS).
 */
import { CONTROL_FIELDS, type FieldDef, type FormDef, type Option } from './definitions';
import { DUTCH_FORM_WORDS, errorSummary, escapeHtml, inlineError } from './markup';
import { PRIVACY_NOTICE_VERSION } from '../schemas/form-fields';

export { escapeHtml } from './markup';

/** What a form post carries: one string per field, a list for the fields that repeat (ticked boxes). */
export type FormValues = Record<string, string | string[]>;
/** Field name → message; `_form` is a message about the whole form (no field to link to). */
export type FormErrors = Record<string, string>;

export interface RenderOptions {
  values?: FormValues;
  errors?: FormErrors;
  /** Options of select fields, by field name (e.g. the practice list). */
  options?: Record<string, Option[]>;
}

export const fieldId = (form: FormDef, name: string) => `${form.id}-${name}`;

const attr = (name: string, value: string | number | boolean | undefined) =>
  value === undefined || value === false ? '' : value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;

const listOf = (value: string | string[]) => (Array.isArray(value) ? value : value === '' ? [] : [value]);
const textOf = (value: string | string[]) => (Array.isArray(value) ? (value[0] ?? '') : value);

/** An option's label, with its name in its own language and script where it has one. */
const optionLabel = (o: Option) =>
  escapeHtml(o.label) + (o.own ? ` <span lang="${escapeHtml(o.own.lang)}" dir="auto">${escapeHtml(o.own.text)}</span>` : '');

/** One field with its label, hint, error and control; `data-field` lets a script find it. */
export function renderField(form: FormDef, field: FieldDef, value: string | string[] = '', error?: string, options: Option[] = []): string {
  const words = form.words ?? DUTCH_FORM_WORDS;
  const id = fieldId(form, field.name);
  if (field.type === 'hidden') return `<input type="hidden" id="${id}" name="${field.name}"${attr('value', textOf(value))}>`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const required = field.required ? ` <span class="form-required">(${escapeHtml(words.required)})</span>` : '';
  const hint = field.hint ? `<p class="form-hint" id="${hintId}">${field.hint}</p>` : '';
  const errorText = error ? inlineError(errorId!, error, words) : '';
  const common = `${attr('aria-describedby', describedBy)}${attr('aria-invalid', error ? 'true' : undefined)}`;
  const wrapperClass = `form-field${field.width ? ` form-field--${field.width}` : ''}${error ? ' form-field--error' : ''}`;
  const group = (body: string) =>
    `<div class="${wrapperClass}" data-field="${field.name}"><fieldset class="form-fieldset"${attr('aria-describedby', describedBy)}><legend class="form-label">${escapeHtml(field.label)}${required}</legend>${hint}${errorText}${body}</fieldset></div>`;
  const optionId = (o: Option, i: number) => (i === 0 ? id : `${id}-${o.value}`);
  const ticked = listOf(value);

  if (field.type === 'radio' || field.type === 'checkbox') {
    const choices =
      field.type === 'radio'
        ? (field.options ?? []).map(
            (o, i) =>
              `<div class="form-choice"${attr('data-anchor', i === 0)}><input type="radio" id="${optionId(o, i)}" name="${field.name}"${attr('value', o.value)}${attr('checked', textOf(value) === o.value)}${common}><label for="${optionId(o, i)}">${optionLabel(o)}</label></div>`,
          )
        : [
            `<div class="form-choice" data-anchor><input type="checkbox" id="${id}" name="${field.name}" value="ja"${attr('checked', textOf(value) === 'ja' || textOf(value) === 'true')}${common}><label for="${id}">${escapeHtml(field.checkboxText ?? field.label)}</label></div>`,
          ];
    return group(choices.join(''));
  }
  if (field.type === 'checkboxes') {
    const search = field.search
      ? `<div class="choice-search" data-choice-search hidden><label class="form-label" for="${id}-search">${escapeHtml(field.search.label)}</label><input type="search" id="${id}-search" autocomplete="off"><p class="form-hint" data-no-match role="status"></p></div>`
      : '';
    const items = (field.options ?? []).map(
      (o, i) =>
        `<li class="form-choice"><input type="checkbox" id="${optionId(o, i)}" name="${field.name}"${attr('value', o.value)}${attr('checked', ticked.includes(o.value))}${common}><label for="${optionId(o, i)}">${optionLabel(o)}</label></li>`,
    );
    return group(`${search}<ul class="choice-list" data-anchor${field.search ? ` data-no-match-text="${escapeHtml(field.search.noMatch)}"` : ''}>${items.join('')}</ul>`);
  }
  if (field.type === 'week') {
    const { days, parts, corner } = field.grid!;
    const head = `<tr><th scope="col">${escapeHtml(corner)}</th>${parts.map((p) => `<th scope="col">${escapeHtml(p.label)}</th>`).join('')}</tr>`;
    let first = true;
    const rows = days.map((d) => {
      const cells = parts.map((p) => {
        const key = `${d.value}-${p.value}`;
        const cellId = first ? id : `${id}-${key}`;
        first = false;
        return `<td><input type="checkbox" id="${cellId}" name="${field.name}" value="${key}"${attr('checked', ticked.includes(key))}${common}><label class="visually-hidden" for="${cellId}">${escapeHtml(`${d.label} ${p.label}`)}</label></td>`;
      });
      return `<tr><th scope="row">${escapeHtml(d.label)}</th>${cells.join('')}</tr>`;
    });
    return group(`<div class="table-scroll" data-anchor><table class="week-grid"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`);
  }

  const label = `<label class="form-label" for="${id}">${escapeHtml(field.label)}${required}</label>`;
  const text = textOf(value);
  let control: string;
  if (field.type === 'textarea') {
    control = `<textarea id="${id}" name="${field.name}" rows="5"${attr('maxlength', field.maxlength)}${common} data-anchor>${escapeHtml(text)}</textarea>`;
  } else if (field.type === 'select') {
    const list = [{ value: '', label: 'Kies …' }, ...options]
      .map((o) => `<option${attr('value', o.value)}${attr('selected', o.value === text)}>${escapeHtml(o.label)}</option>`)
      .join('');
    control = `<select id="${id}" name="${field.name}"${common} data-anchor>${list}</select>`;
  } else {
    // E-mail addresses and phone numbers read left to right, also on a right-to-left page.
    const ltr = field.type === 'email' || field.type === 'tel' ? 'ltr' : undefined;
    control = `<input type="${field.type}" id="${id}" name="${field.name}"${attr('value', text)}${attr('autocomplete', field.autocomplete)}${attr('inputmode', field.inputmode)}${attr('maxlength', field.maxlength)}${attr('pattern', field.pattern)}${attr('dir', ltr)}${attr('spellcheck', field.type === 'email' ? 'false' : undefined)}${common} data-anchor>`;
  }
  return `<div class="${wrapperClass}" data-field="${field.name}">${label}${hint}${errorText}${control}</div>`;
}

/** The summary at the top: every error, linked to its field. Empty (but present) without errors. */
export function renderErrorSummary(form: FormDef, errors: FormErrors = {}): string {
  const targets = Object.fromEntries(form.fields.filter((f) => f.type !== 'hidden').map((f) => [f.name, fieldId(form, f.name)]));
  return errorSummary(form.id, errors, targets, form.words ?? DUTCH_FORM_WORDS);
}

/** The whole form: summary, fields, the hidden control fields and the submit button. */
export function renderForm(form: FormDef, { values = {}, errors = {}, options = {} }: RenderOptions = {}): string {
  const words = form.words ?? DUTCH_FORM_WORDS;
  const fields = form.fields.map((f) => renderField(form, f, values[f.name] ?? '', errors[f.name], options[f.name])).join('');
  const control = [
    `<input type="hidden" name="privacyVersion" value="${PRIVACY_NOTICE_VERSION}">`,
    `<input type="hidden" name="${CONTROL_FIELDS.idempotencyKey}"${attr('value', textOf(values[CONTROL_FIELDS.idempotencyKey] ?? ''))}>`,
    `<input type="hidden" name="${CONTROL_FIELDS.fillMs}">`,
    // Honeypot: hidden from people (and screen readers), filled in by naive bots.
    `<div class="form-trap" aria-hidden="true"><label for="${form.id}-${CONTROL_FIELDS.honeypot}">${escapeHtml(words.trap)}</label><input type="text" id="${form.id}-${CONTROL_FIELDS.honeypot}" name="${CONTROL_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>`,
  ].join('');
  const messages = form.messages ? attr('data-messages', JSON.stringify(form.messages)) + attr('data-words', JSON.stringify(words)) : '';
  return `<form id="${form.id}-form" class="form" action="${escapeHtml(form.action)}" method="post" novalidate data-form="${form.id}"${messages}>${renderErrorSummary(form, errors)}${fields}${control}<button type="submit" class="button">${escapeHtml(form.submitLabel)}</button></form>`;
}
