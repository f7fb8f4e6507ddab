/**
 * The sign-up's two forms (a future buddy, a newcomer who looks for a buddy), in every language of
 * the way in: the fields and their checks come from the role's schema (src/schemas/signup.ts), the
 * words from the language's strings (Dutch in src/schemas/ui-strings.ts, the others in
 * content/translations/). The page, the function's "form again with errors" and the light script's
 * messages all come from here.
 */
import { defineForm, type FieldDef, type FieldUi, type FormDef, type Option } from './definitions';
import { escapeHtml } from './markup';
import { errorsFromIssues } from './payload';
import type { FormErrors } from './render';
import type { z } from 'astro/zod';
import { SIGNUP_SCHEMAS, type SignupRole } from '../schemas/signup';
import { DAYS, DAY_PARTS, DUTCH_LEVELS } from '../schemas/person-vocabularies';
import { DUTCH_STRINGS } from '../schemas/ui-strings';
import { PHONE_PATTERN } from '../schemas/phone-number';
import { fieldLabel, fieldMessage, issueKind, issueMaximum, type FieldShape, type IssueKind, type Words } from '../lib/form-messages';
import { languagesNamedIn } from '../lib/language-names';
import type { LanguageStrings } from '../lib/i18n';

const hidden = (name: string): FieldUi => ({ name, control: 'hidden' });
const FIRST: FieldUi[] = [
  hidden('programme'),
  hidden('role'),
  hidden('formLanguage'),
  { name: 'name', autocomplete: 'name' },
  { name: 'email', autocomplete: 'email', inputmode: 'email' },
  { name: 'phone', autocomplete: 'tel', inputmode: 'tel', width: 'short' },
  { name: 'postalCode', autocomplete: 'postal-code', inputmode: 'numeric', width: 'short' },
  { name: 'languages' },
  { name: 'otherLanguages' },
  { name: 'availability', control: 'week' },
];
const LAST: FieldUi[] = [{ name: 'interests' }, { name: 'consent' }];
const OWN: Record<SignupRole, FieldUi[]> = { buddy: [{ name: 'motivation' }], newcomer: [{ name: 'dutchLevel' }] };

/** The Dutch form of each role, as the schema defines it (labels, required, lengths). */
const DUTCH_FORMS: Record<SignupRole, FormDef> = {
  buddy: defineForm({ id: 'signup', action: '/api/signup', submitLabel: DUTCH_STRINGS.signup_submit, schema: SIGNUP_SCHEMAS.buddy, fields: [...FIRST, ...OWN.buddy, ...LAST] }),
  newcomer: defineForm({ id: 'signup', action: '/api/signup', submitLabel: DUTCH_STRINGS.signup_submit, schema: SIGNUP_SCHEMAS.newcomer, fields: [...FIRST, ...OWN.newcomer, ...LAST] }),
};

/**
 * What the browser checks before sending (the function checks it all again). Browsers compile a
 * pattern with the `v` flag, where `/ ( ) -` in a class must be escaped (else the pattern is ignored).
 * The phone pattern checks only the characters: the script counts the digits with the schema's own
 * check (src/schemas/phone-number.ts), so "too short" and "too long" get their own messages.
 */
const PATTERNS: Record<string, string> = { postalCode: '[1-9][0-9]{3}', phone: PHONE_PATTERN };

/** The kinds of problem a field can have, for the messages the page's script needs. */
function kindsOf(field: FieldDef): IssueKind[] {
  if (field.type === 'checkboxes' || field.type === 'week') return ['atLeastOne'];
  if (field.type === 'radio' || field.type === 'checkbox') return ['choice'];
  if (field.type === 'tel') return ['missing', 'tooShort', 'tooLong', 'format'];
  return ['missing', 'tooLong', 'format'];
}

const optionsOf = <K extends string>(keys: Record<K, unknown>, prefix: string, words: Words): Option[] =>
  Object.keys(keys).map((value) => ({ value, label: (words as Record<string, string>)[`${prefix}${value}`] }));

/** Texts that say what the sign-up is for: a buddy looks for a newcomer, a newcomer for a buddy. */
export type RoleTextKey = 'signup_requiredNote' | 'field_interests_hint' | 'field_consent_text' | 'privacy_summary';

/** A text in the words of the person's role (`<key>_buddy` or `<key>_newcomer`). */
export const roleText = (strings: Words, key: RoleTextKey, role: SignupRole): string => strings[`${key}_${role}`];

function hintOf(name: string, required: boolean, role: SignupRole, { language, strings }: LanguageStrings): string | undefined {
  const table = strings as Record<string, string>;
  if (name === 'consent') {
    const dutchOnly = language.tag === 'nl' ? '' : ` ${escapeHtml(strings.privacy_dutchOnly)}`;
    return `<strong>${escapeHtml(strings.privacy_title)}</strong> ${escapeHtml(roleText(strings, 'privacy_summary', role))} <a href="/privacy/" hreflang="nl">${escapeHtml(strings.privacy_link)}</a>${dutchOnly}`;
  }
  const hint = name === 'interests' ? roleText(strings, 'field_interests_hint', role) : table[`field_${name}_hint`];
  const optional = !required && name !== 'email' && name !== 'phone' ? strings.field_optional : '';
  const text = [hint, optional].filter(Boolean).join(' ');
  return text ? escapeHtml(text) : undefined;
}

const cache = new Map<string, FormDef>();

/** The form of a role in a language: same fields and checks, that language's words. */
export function signupForm(role: SignupRole, language: LanguageStrings): FormDef {
  const key = `${role}:${language.language.tag}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { strings } = language;
  const dutch = DUTCH_FORMS[role];
  const fields = dutch.fields.map((field): FieldDef => {
    if (field.type === 'hidden') return field;
    const localized: FieldDef = { ...field, label: fieldLabel(strings, field.name), hint: hintOf(field.name, Boolean(field.required), role, language) };
    if (PATTERNS[field.name]) localized.pattern = PATTERNS[field.name];
    if (field.name === 'consent') localized.checkboxText = roleText(strings, 'field_consent_text', role);
    if (field.name === 'languages') {
      localized.options = languagesNamedIn(language.language.tag);
      localized.search = { label: strings.field_languages_search, noMatch: strings.field_languages_noMatch };
    }
    if (field.name === 'availability') {
      localized.grid = { days: optionsOf(DAYS, 'day_', strings), parts: optionsOf(DAY_PARTS, 'dayPart_', strings), corner: strings.dayPart_day };
    }
    if (field.name === 'dutchLevel') localized.options = optionsOf(DUTCH_LEVELS, 'level_', strings);
    return localized;
  });
  const messages = Object.fromEntries(
    fields
      .filter((f) => f.type !== 'hidden')
      .map((f) => [f.name, Object.fromEntries(kindsOf(f).map((kind) => [kind, fieldMessage(strings, f.name, kind, f.maxlength)]))]),
  );
  const form: FormDef = {
    ...dutch,
    fields,
    // The language and role in the address too: a refusal made before the post is read (too large, from
    // another website) can then still answer in the person's language.
    action: `${dutch.action}?${new URLSearchParams({ formLanguage: language.language.tag, role })}`,
    submitLabel: strings.signup_submit,
    lang: language.language.tag,
    dir: language.language.direction,
    words: { required: strings.form_required, error: strings.form_error, summaryOne: strings.form_summaryOne, summaryMany: strings.form_summaryMany, trap: strings.form_trap },
    messages,
  };
  cache.set(key, form);
  return form;
}

/** How a field reads for messages: a list to tick, one choice, or text. */
const shapeOf = (field: FieldDef | undefined): FieldShape =>
  !field ? 'text' : field.type === 'checkboxes' || field.type === 'week' ? 'list' : field.type === 'radio' || field.type === 'checkbox' || field.name === 'role' ? 'choice' : 'text';

/** The schema's problems as messages in the form's language, first per field, in the form's order. */
export function signupErrors(form: FormDef, { strings }: LanguageStrings, issues: z.core.$ZodIssue[], payload: Record<string, unknown>): FormErrors {
  return errorsFromIssues(form, issues, (issue) => {
    const name = String(issue.path[0] ?? '');
    if (!name) return issue.message;
    const field = form.fields.find((f) => f.name === name);
    return fieldMessage(strings, name, issueKind(issue, name === 'privacyVersion' ? 'choice' : shapeOf(field), payload[name]), issueMaximum(issue));
  });
}
