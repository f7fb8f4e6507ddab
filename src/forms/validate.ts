/**
 * The sign-up page's light script (no validation library in the browser): before sending, it checks
 * what the HTML says about each field (required, maxlength, pattern, type), a phone number's digits
 * (the schema's own check), "at least one box" and "an e-mail address or a phone number", and shows
 * the messages the build embedded in the form (data-messages, in the page's language, from the same
 * table the function uses). The function checks everything again. It also fills the idempotency key and the fill time, and filters the list of
 * languages as the person types. Without JavaScript the form posts as is.
 */
import { errorSummary, inlineError, type FormWords } from './markup';
import { phoneProblem } from '../schemas/phone-number';

type Messages = Record<string, Partial<Record<'missing' | 'tooShort' | 'tooLong' | 'format' | 'atLeastOne' | 'choice', string>>>;

/** The first problem with one field, or undefined. */
function problem(wrapper: HTMLElement, messages: Messages): string | undefined {
  const name = wrapper.dataset.field!;
  const said = messages[name] ?? {};
  const controls = [...wrapper.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')];
  const boxes = controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio'));
  if (boxes.length > 0) {
    const required = wrapper.querySelector('.form-required') !== null;
    return required && !boxes.some((b) => b.checked) ? (said.atLeastOne ?? said.choice) : undefined;
  }
  const control = controls[0];
  if (!control) return undefined;
  const value = control.value.trim();
  if (value === '') return wrapper.querySelector('.form-required') ? said.missing : undefined;
  if (control.maxLength > 0 && value.length > control.maxLength) return said.tooLong;
  if (control.validity.typeMismatch || control.validity.patternMismatch) return said.format;
  // A phone number: the schema's own check, so too few or too many digits get the function's message.
  if (control.type === 'tel') {
    const kind = phoneProblem(value);
    return kind && said[kind];
  }
  return undefined;
}

function showErrors(form: HTMLFormElement, errors: Record<string, string>, words: FormWords) {
  const targets: Record<string, string> = {};
  for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const name = wrapper.dataset.field!;
    const first = wrapper.querySelector<HTMLElement>('input[id], textarea[id], select[id]');
    if (first) targets[name] = first.id;
    const errorId = `${form.dataset.form}-${name}-error`;
    wrapper.querySelector(`#${errorId}`)?.remove();
    const message = errors[name];
    wrapper.classList.toggle('form-field--error', Boolean(message));
    if (message) wrapper.querySelector('[data-anchor]')?.insertAdjacentHTML('beforebegin', inlineError(errorId, message, words));
    for (const control of wrapper.querySelectorAll('input, textarea, select, fieldset')) {
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId);
      if (message) described.push(errorId);
      if (described.length) control.setAttribute('aria-describedby', described.join(' '));
      else control.removeAttribute('aria-describedby');
      if (control.tagName === 'FIELDSET') continue;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  form.querySelector('[data-error-summary]')!.outerHTML = errorSummary(form.dataset.form!, errors, targets, words);
}

/** Shows only the languages whose names contain what the person typed (accents and case ignored). */
function languageSearch(wrapper: HTMLElement) {
  const box = wrapper.querySelector<HTMLElement>('[data-choice-search]');
  const input = box?.querySelector('input');
  const list = wrapper.querySelector<HTMLElement>('.choice-list');
  if (!box || !input || !list) return;
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const status = box.querySelector<HTMLElement>('[data-no-match]')!;
  box.hidden = false;
  input.addEventListener('input', () => {
    const query = fold(input.value.trim());
    let matches = 0;
    for (const item of list.querySelectorAll<HTMLElement>('li')) {
      const match = !query || fold(item.textContent ?? '').includes(query) || fold(item.querySelector('input')!.value) === query;
      // A ticked language stays visible, so nobody loses sight of a choice.
      item.hidden = !match && !item.querySelector('input')!.checked;
      if (match) matches++;
    }
    status.textContent = matches === 0 ? (list.dataset.noMatchText ?? '') : '';
  });
  // Enter in the search box filters; it must not send the form.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
}

function enhance(form: HTMLFormElement) {
  const loadedAt = performance.now();
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const words = JSON.parse(form.dataset.words ?? '{}') as FormWords;
  const key = form.elements.namedItem('idempotencyKey');
  if (key instanceof HTMLInputElement && !key.value) key.value = crypto.randomUUID();
  for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) languageSearch(wrapper);

  const baseTitle = document.title.replace(new RegExp(`^${words.error}: `), '');
  form.addEventListener('submit', (event) => {
    (form.elements.namedItem('fillMs') as HTMLInputElement).value = String(Math.round(performance.now() - loadedAt));
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    // An e-mail address or a phone number: the message sits on the e-mail field and names both.
    const unreachable = Boolean(messages.email && messages.phone) && !value('email') && !value('phone');
    const errors: Record<string, string> = {};
    for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) {
      const name = wrapper.dataset.field!;
      const message = problem(wrapper, messages) ?? (name === 'email' && unreachable ? messages.email.missing : undefined);
      if (message) errors[name] = message;
    }
    showErrors(form, errors, words);
    if (Object.keys(errors).length === 0) {
      document.title = baseTitle;
      return;
    }
    event.preventDefault();
    document.title = `${words.error}: ${baseTitle}`;
    form.querySelector<HTMLElement>('[data-error-summary]')?.focus();
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-messages]')) enhance(form);
