/**
 * HTML pieces the flow's workspace pages share: the programme's navigation, status and date words,
 * and form controls that carry their label, hint and error (linked from an error summary), so every
 * form works without JavaScript and a screen reader hears which field is wrong.
 */
import { escapeHtml as e } from '../../../src/forms/render';
import { STATUSES, type Status } from '../../../src/schemas/flow';
import { BASE, header, programmeName, type ProgrammeLabel } from '../workspace-pages';
import type { Person } from '../people';

export { e };

const dayFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });
/** "1 december 2026" from a Date or a "YYYY-MM-DD" string. */
export const day = (date: Date | string) => dayFormat.format(typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date);
/** Today in Brussels as "YYYY-MM-DD". */
export const today = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);

export const statusName = (status: string) => (status in STATUSES ? STATUSES[status as Status] : status);

export const q = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&amp;');

/** The page's heading, who is signed in, and the programme's own pages. */
export function flowHeader(person: Person, title: string, programme: string, label: ProgrammeLabel | undefined): string {
  const p = encodeURIComponent(programme);
  return (
    `<h1>${e(title)}</h1>${header(person)}` +
    `<nav aria-label="Buddywerking"><p><strong>${e(programmeName(label, programme))}</strong>: ` +
    `<a href="${BASE}/mensen?programme=${p}">Mensen</a> · <a href="${BASE}/koppelen?programme=${p}">Koppelen</a> · ` +
    `<a href="${BASE}/aanmeldingen?programme=${p}">Aanmeldingen</a> · <a href="${BASE}/instellingen?programme=${p}">Instellingen</a></p></nav>`
  );
}

export type Errors = Map<string, string>;

/** The list of errors at the top of a refused form, each linking to its field. */
export const errorSummary = (errors: Errors) =>
  errors.size
    ? `<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Controleer het formulier</h2><ul>${[...errors]
        .map(([id, message]) => `<li><a href="#${e(id)}">${e(message)}</a></li>`)
        .join('')}</ul></div>`
    : '';

interface Control {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

function described(c: Control) {
  const ids = [c.hint ? `${c.id}-hint` : '', c.error ? `${c.id}-error` : ''].filter(Boolean).join(' ');
  return {
    attrs: `${ids ? ` aria-describedby="${ids}"` : ''}${c.error ? ' aria-invalid="true"' : ''}${c.required ? ' required' : ''}`,
    hint: c.hint ? `<p class="form-hint" id="${c.id}-hint">${e(c.hint)}</p>` : '',
    error: c.error ? `<p class="form-error" id="${c.id}-error"><span class="visually-hidden">Fout: </span>${e(c.error)}</p>` : '',
    wrapper: `form-field${c.error ? ' form-field--error' : ''}`,
  };
}

export function input(c: Control & { value?: string; type?: string; extra?: string }): string {
  const d = described(c);
  return `<div class="${d.wrapper}"><label class="form-label" for="${c.id}">${e(c.label)}</label>${d.hint}${d.error}<input type="${c.type ?? 'text'}" id="${c.id}" name="${c.name}" value="${e(c.value ?? '')}"${d.attrs}${c.extra ?? ''}></div>`;
}

export function textarea(c: Control & { value?: string }): string {
  const d = described(c);
  return `<div class="${d.wrapper}"><label class="form-label" for="${c.id}">${e(c.label)}</label>${d.hint}${d.error}<textarea id="${c.id}" name="${c.name}" rows="4"${d.attrs}>${e(c.value ?? '')}</textarea></div>`;
}

export function select(c: Control & { value?: string; options: [string, string][] }): string {
  const d = described(c);
  const options = c.options.map(([value, label]) => `<option value="${e(value)}"${value === (c.value ?? '') ? ' selected' : ''}>${e(label)}</option>`).join('');
  return `<div class="${d.wrapper}"><label class="form-label" for="${c.id}">${e(c.label)}</label>${d.hint}${d.error}<select id="${c.id}" name="${c.name}"${d.attrs}>${options}</select></div>`;
}

/** A group of checkboxes (or radio buttons) in a fieldset; the first box carries the group's id. */
export function choices(c: Control & { values: string[]; options: [string, string][]; radio?: boolean; columns?: boolean }): string {
  const d = described(c);
  const boxes = c.options
    .map(([value, label], i) => {
      const id = i === 0 ? c.id : `${c.id}-${i}`;
      return `<div class="form-checkbox"><input type="${c.radio ? 'radio' : 'checkbox'}" id="${id}" name="${c.name}" value="${e(value)}"${c.values.includes(value) ? ' checked' : ''}${i === 0 ? d.attrs.replace(' required', '') : ''}><label for="${id}">${e(label)}</label></div>`;
    })
    .join('');
  return `<fieldset class="${d.wrapper}${c.columns ? ' form-columns' : ''}"><legend class="form-label">${e(c.label)}</legend>${d.hint}${d.error}${boxes}</fieldset>`;
}
