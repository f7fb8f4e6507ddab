/**
 * Progressive enhancement of the practice and correction forms (the sign-up has its own light script,
 * validate.ts, without zod): checks with the same zod schema as the function before
 * sending, shows the same error summary and inline errors (rendered by render.ts) and moves focus to
 * the summary. Also fills the idempotency key, the fill time and a practice chosen via ?praktijk=.
 * Without JavaScript the form posts as is and the function answers with the same markup.
 */
import { CONTROL_FIELDS, FORMS, type FormDef, type Option } from './definitions';
import { errorsFromIssues, payloadFromValues, valuesFromForm } from './payload';
import { renderErrorSummary, renderField } from './render';

function setHidden(form: HTMLFormElement, name: string, value: string) {
  const input = form.elements.namedItem(name);
  if (input instanceof HTMLInputElement) input.value = value;
}

function enhance(form: HTMLFormElement, def: FormDef) {
  const loadedAt = performance.now();
  const key = form.elements.namedItem(CONTROL_FIELDS.idempotencyKey);
  if (key instanceof HTMLInputElement && !key.value) key.value = crypto.randomUUID();

  const preselect = new URLSearchParams(location.search).get('praktijk');
  const select = form.querySelector<HTMLSelectElement>('select[name="practice"]');
  if (preselect && select && !select.value && [...select.options].some((o) => o.value === preselect)) select.value = preselect;

  const baseTitle = document.title.replace(/^Fout: /, '');
  form.addEventListener('submit', (event) => {
    setHidden(form, CONTROL_FIELDS.fillMs, String(Math.round(performance.now() - loadedAt)));
    const values = valuesFromForm(def, new FormData(form));
    const result = def.schema.safeParse(payloadFromValues(def, values));
    const errors = result.success ? {} : errorsFromIssues(def, result.error.issues);
    for (const field of def.fields) {
      if (field.type === 'hidden') continue;
      const wrapper = form.querySelector(`[data-field="${field.name}"]`);
      if (!wrapper) continue;
      const options: Option[] = [...wrapper.querySelectorAll('option')].filter((o) => o.value).map((o) => ({ value: o.value, label: o.text }));
      wrapper.outerHTML = renderField(def, field, values[field.name] ?? '', errors[field.name], options);
    }
    const summary = form.querySelector('[data-error-summary]');
    if (summary) summary.outerHTML = renderErrorSummary(def, errors);
    if (result.success) {
      document.title = baseTitle;
      return;
    }
    event.preventDefault();
    document.title = `Fout: ${baseTitle}`;
    form.querySelector<HTMLElement>('[data-error-summary]')?.focus();
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-form]')) {
  const def = FORMS[form.dataset.form as keyof typeof FORMS];
  if (def) enhance(form, def);
}
