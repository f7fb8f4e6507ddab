/**
 * The smallest pieces of form markup, with no imports: the error summary and a field's inline error.
 * Shared by the server-side renderer (render.ts) and the sign-up page's light script (validate.ts),
 * so an error looks the same whether the browser or the function found it.
 */

/** The words a form needs around its fields, in the form's language (Dutch unless said otherwise). */
export interface FormWords {
  /** "(verplicht)" without the brackets. */
  required: string;
  /** "Fout", before an error for screen readers and in the page title. */
  error: string;
  summaryOne: string;
  /** With "{count}". */
  summaryMany: string;
  /** The honeypot's label. */
  trap: string;
}

export const DUTCH_FORM_WORDS: FormWords = {
  required: 'verplicht',
  error: 'Fout',
  summaryOne: 'Er is 1 probleem met het formulier',
  summaryMany: 'Er zijn {count} problemen met het formulier',
  trap: 'Laat dit veld leeg',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A field's inline error: the id its control's aria-describedby points to. */
export const inlineError = (id: string, message: string, words: FormWords) =>
  `<p class="form-error" id="${id}"><span class="visually-hidden">${escapeHtml(words.error)}: </span>${escapeHtml(message)}</p>`;

/**
 * The summary at the top: every error, linked to its field (`targets`: field name → control id, for
 * the fields a person can reach). Empty (but present) without errors.
 */
export function errorSummary(formId: string, errors: Record<string, string>, targets: Record<string, string>, words: FormWords): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return `<div class="error-summary" id="${formId}-errors" tabindex="-1" data-error-summary hidden></div>`;
  const items = entries.map(([name, message]) => {
    const target = targets[name];
    return `<li>${target ? `<a href="#${target}">${escapeHtml(message)}</a>` : escapeHtml(message)}</li>`;
  });
  const title = entries.length === 1 ? words.summaryOne : words.summaryMany.replace('{count}', String(entries.length));
  return `<div class="error-summary" id="${formId}-errors" tabindex="-1" data-error-summary autofocus aria-labelledby="${formId}-errors-title"><h2 id="${formId}-errors-title">${escapeHtml(title)}</h2><ul>${items.join('')}</ul></div>`;
}
