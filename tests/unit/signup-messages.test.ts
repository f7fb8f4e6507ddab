/**
 * The sign-up's data shape (two roles on one base) and its messages: made per language from the kind
 * of problem and the field, never from a Dutch message; the form of each role in each language.
 */
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files';
import { fieldsOf } from '../../src/lib/fields';
import { fieldMessage, ISSUE_KINDS } from '../../src/lib/form-messages';
import { DUTCH, fromTranslation, type LanguageStrings } from '../../src/lib/i18n';
import { languagesNamedIn } from '../../src/lib/language-names';
import { roleText, signupErrors, signupForm } from '../../src/forms/signup-form';
import { escapeHtml } from '../../src/forms/markup';
import { buddySignupSchema, newcomerSignupSchema, signupSchema } from '../../src/schemas/signup';
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { PHONE_DIGITS, phoneProblem } from '../../src/schemas/phone-number';
import { translationSchema } from '../../src/schemas/ui-strings';

const languages: LanguageStrings[] = [DUTCH, ...readAllContent().translations.map((f) => fromTranslation(f.id, translationSchema.parse(f.data)))];
const language = (tag: string) => languages.find((l) => l.language.tag === tag)!;

const buddy = {
  programme: 'sint-truiden/samen-op-pad',
  role: 'buddy',
  name: 'Sara Peeters',
  email: 'sara@example.org',
  postalCode: '3800',
  languages: ['nl', 'fr', 'nl'],
  availability: ['wo-nm'],
  formLanguage: 'nl',
  consent: true,
  privacyVersion: PRIVACY_NOTICE_VERSION,
};
const newcomer = { ...buddy, role: 'newcomer', dutchLevel: 'beetje', email: undefined, phone: '0470 12 34 56', formLanguage: 'ar' };

/** The messages a payload gets on the newcomer form in a language. */
const errorsIn = (tag: string, payload: Record<string, unknown>) => {
  const result = signupSchema.safeParse(payload);
  expect(result.success).toBe(false);
  return signupErrors(signupForm('newcomer', language(tag)), language(tag), result.error!.issues, payload);
};

describe('the sign-up data shape', () => {
  it('accepts a buddy and a newcomer, each with their own questions; languages are codes, each once', () => {
    expect(signupSchema.parse(buddy)).toMatchObject({ role: 'buddy', languages: ['nl', 'fr'], availability: ['wo-nm'] });
    expect(signupSchema.parse(newcomer)).toMatchObject({ role: 'newcomer', dutchLevel: 'beetje', phone: '0470 12 34 56' });
    expect(newcomerSignupSchema.safeParse({ ...newcomer, dutchLevel: undefined }).success).toBe(false);
    // A buddy is not asked for a Dutch level, a newcomer not for a motivation: neither is stored.
    expect(buddySignupSchema.parse({ ...buddy, dutchLevel: 'geen' })).not.toHaveProperty('dutchLevel');
    expect(newcomerSignupSchema.parse({ ...newcomer, motivation: 'x' })).not.toHaveProperty('motivation');
  });

  it('needs an e-mail address or a phone number: one is enough', () => {
    expect(signupSchema.safeParse({ ...buddy, email: '', phone: '0470 12 34 56' }).success).toBe(true);
    expect(signupSchema.safeParse({ ...buddy, email: '', phone: '' }).success).toBe(false);
  });

  it('is read by the field walker as one list: both roles\' fields, the role-only ones not required', () => {
    const fields = fieldsOf(signupSchema);
    expect(fields.map((f) => f.name)).toEqual([
      'role', 'programme', 'name', 'email', 'phone', 'postalCode', 'languages', 'otherLanguages', 'availability',
      'dutchLevel', 'motivation', 'interests', 'formLanguage', 'consent', 'privacyVersion',
    ]);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.name.required).toBe(true);
    expect(byName.dutchLevel.required).toBe(false);
    expect(byName.motivation.required).toBe(false);
    expect(byName.email.required).toBe(false);
    expect(byName.languages.element?.options).toHaveLength(37);
    expect(byName.availability.element?.options).toHaveLength(21);
  });
});

describe('messages per language, from the kind of problem and the field', () => {
  it('every language has a message for every kind, naming the field by its label in that language', () => {
    for (const { language: l, strings } of languages) {
      for (const kind of ISSUE_KINDS) {
        const text = fieldMessage(strings, 'name', kind, 120);
        expect(text, `${l.tag} ${kind}`).toContain(strings.field_name);
        expect(text, `${l.tag} ${kind}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('tells each problem apart: missing, too long, bad format, at least one, not a choice, e-mail or phone', () => {
    const t = DUTCH.strings;
    const errors = errorsIn('nl', { ...newcomer, formLanguage: 'nl', name: 'x'.repeat(121), phone: '', postalCode: '12', languages: [], availability: ['zz-vm'], dutchLevel: 'vloeiend', consent: undefined });
    expect(errors).toEqual({
      name: 'Naam: gebruik hoogstens 120 tekens.',
      email: t.error_email_missing.replace('{label}', 'E-mailadres'),
      postalCode: 'Postcode: schrijf de 4 cijfers van je postcode. Bijvoorbeeld 3800.',
      languages: 'Talen: kies minstens één taal.',
      availability: 'Vrije momenten: kies een van de mogelijkheden.',
      dutchLevel: 'Je Nederlands: kies wat het best bij jou past.',
      consent: 'Privacy: vink het vakje aan als je akkoord gaat.',
    });
    expect(errors.email).toContain('telefoonnummer');
    expect(errorsIn('nl', { ...newcomer, name: '' }).name).toBe('Naam: vul je naam in.');
  });

  it('tells a phone number\'s problems apart in every language: other characters, too few digits, too many', () => {
    const given = { format: 'bel me', tooShort: '123', tooLong: '1'.repeat(40) } as const;
    for (const current of languages) {
      const { language: l, strings } = current;
      const said = Object.fromEntries(Object.entries(given).map(([kind, phone]) => [kind, errorsIn(l.tag, { ...newcomer, formLanguage: l.tag, phone }).phone]));
      expect(said, l.tag).toEqual({
        format: fieldMessage(strings, 'phone', 'format'),
        tooShort: fieldMessage(strings, 'phone', 'tooShort'),
        tooLong: fieldMessage(strings, 'phone', 'tooLong'),
      });
      expect(new Set(Object.values(said)).size, l.tag).toBe(3);
      expect(said.tooShort, l.tag).toContain(String(PHONE_DIGITS.min));
      expect(said.tooLong, l.tag).toContain(String(PHONE_DIGITS.max));
      // The form's light script shows the same texts.
      expect(signupForm('newcomer', current).messages?.phone, l.tag).toMatchObject(said);
    }
    expect(errorsIn('nl', { ...newcomer, phone: '123' }).phone).toBe('Telefoonnummer: dit nummer is te kort. Geef je volledige nummer, met minstens 7 cijfers. Bijvoorbeeld 0470 12 34 56.');
    expect(errorsIn('nl', { ...newcomer, phone: '1'.repeat(40) }).phone).toBe('Telefoonnummer: dit nummer is te lang. Een telefoonnummer heeft hoogstens 17 cijfers. Geef één nummer.');
    // The schema's own (Dutch) messages, as the practice submission shows them, say the same.
    expect(signupSchema.safeParse({ ...newcomer, phone: '123' }).error?.issues[0].message).toMatch(/^Telefoonnummer: dit nummer heeft te weinig cijfers/);
    expect(signupSchema.safeParse({ ...newcomer, phone: '1'.repeat(40) }).error?.issues[0].message).toMatch(/^Telefoonnummer: dit nummer heeft te veel cijfers/);
  });

  it('counts a phone number\'s digits, not its separators, and accepts the ways people write one', () => {
    for (const phone of ['0470 12 34 56', '+32 (0)11 22.33.44', '011/22-33-44', '0032 470 12 34 56', '1234567']) {
      expect(phoneProblem(phone), phone).toBeUndefined();
      expect(signupSchema.safeParse({ ...newcomer, phone }).success, phone).toBe(true);
    }
    expect(phoneProblem('1------')).toBe('tooShort');
    expect(phoneProblem('04 70 12')).toBe('tooShort');
    expect(phoneProblem('0470 12 34 56 / 011 22 33 44')).toBe('tooLong');
    expect(phoneProblem('0470 12 34 56 (na 18 uur)')).toBe('format');
    expect(phoneProblem('12+34567')).toBe('format');
  });

  it.each(['ar', 'uk', 'prs', 'tr'])('answers in %s with that language\'s words, never with the Dutch ones', (tag) => {
    const { strings } = language(tag);
    const errors = errorsIn(tag, { ...newcomer, postalCode: '12', languages: [] });
    expect(errors.postalCode).toBe(fieldMessage(strings, 'postalCode', 'format'));
    expect(errors.postalCode.startsWith(strings.field_postalCode)).toBe(true);
    expect(errors.languages).toBe(fieldMessage(strings, 'languages', 'atLeastOne'));
    expect(Object.values(errors).join(' ')).not.toMatch(/Postcode|kies|vul/);
  });
});

describe('the forms of each role in each language', () => {
  it('ask different questions per role, with no role question; labels, hints and options in the language', () => {
    for (const l of languages) {
      const forBuddy = signupForm('buddy', l);
      const forNewcomer = signupForm('newcomer', l);
      expect(forBuddy.fields.find((f) => f.name === 'role')?.type).toBe('hidden');
      expect(forBuddy.fields.some((f) => f.name === 'dutchLevel')).toBe(false);
      expect(forNewcomer.fields.some((f) => f.name === 'motivation')).toBe(false);
      const level = forNewcomer.fields.find((f) => f.name === 'dutchLevel')!;
      expect(level.label).toBe(l.strings.field_dutchLevel);
      expect(level.options?.map((o) => o.label)).toEqual([l.strings.level_geen, l.strings.level_beetje, l.strings.level_eenvoudig, l.strings.level_goed]);
      expect(forNewcomer.submitLabel).toBe(l.strings.signup_submit);
      // The light script's messages are the same table's.
      expect(forNewcomer.messages?.postalCode.format).toBe(fieldMessage(l.strings, 'postalCode', 'format'));
    }
  });

  it('speaks to a buddy as someone who is matched with a newcomer, in every language; to a newcomer as someone who looks for a buddy', () => {
    /** Everything a form says around its fields: hints and the consent box's text. */
    const textsOf = (form: ReturnType<typeof signupForm>) => form.fields.flatMap((f) => [f.hint ?? '', f.checkboxText ?? '']).join(' ');
    for (const current of languages) {
      const { language: l, strings } = current;
      const forBuddy = signupForm('buddy', current);
      const forNewcomer = signupForm('newcomer', current);
      const field = (form: typeof forBuddy, name: string) => form.fields.find((f) => f.name === name)!;
      expect(field(forBuddy, 'interests').hint, l.tag).toContain(strings.field_interests_hint_buddy);
      expect(field(forBuddy, 'consent').checkboxText, l.tag).toBe(strings.field_consent_text_buddy);
      expect(field(forBuddy, 'consent').hint, l.tag).toContain(escapeHtml(strings.privacy_summary_buddy));
      expect(field(forNewcomer, 'interests').hint, l.tag).toContain(strings.field_interests_hint_newcomer);
      expect(field(forNewcomer, 'consent').checkboxText, l.tag).toBe(strings.field_consent_text_newcomer);
      expect(field(forNewcomer, 'consent').hint, l.tag).toContain(escapeHtml(strings.privacy_summary_newcomer));
      // The newcomer's words appear nowhere on the buddy's form, nor the buddy's on the newcomer's.
      for (const key of ['field_interests_hint', 'field_consent_text', 'privacy_summary'] as const) {
        expect(strings[`${key}_buddy`], `${l.tag} ${key}`).not.toBe(strings[`${key}_newcomer`]);
        expect(textsOf(forBuddy), `${l.tag} ${key}`).not.toContain(escapeHtml(strings[`${key}_newcomer`]));
        expect(textsOf(forNewcomer), `${l.tag} ${key}`).not.toContain(escapeHtml(strings[`${key}_buddy`]));
      }
      expect(roleText(strings, 'signup_requiredNote', 'buddy'), l.tag).not.toBe(roleText(strings, 'signup_requiredNote', 'newcomer'));
    }
    const dutchBuddy = textsOf(signupForm('buddy', DUTCH)) + roleText(DUTCH.strings, 'signup_requiredNote', 'buddy');
    expect(dutchBuddy).toContain('Zo vinden we een nieuwkomer die bij je past.');
    expect(dutchBuddy).toContain('om een nieuwkomer voor mij te zoeken');
    expect(dutchBuddy).not.toMatch(/een (goede )?buddy (die bij je past|te zoeken)/);
  });

  it('gives the browser patterns it can compile (the v flag) and that agree with the schema', () => {
    const fields = signupForm('buddy', DUTCH).fields.filter((f) => f.pattern);
    expect(fields.map((f) => f.name).sort()).toEqual(['phone', 'postalCode']);
    const matches = (name: string, value: string) => new RegExp(`^(?:${fields.find((f) => f.name === name)!.pattern})$`, 'v').test(value);
    for (const phone of ['0470 12 34 56', '+32 (0)11 22.33.44', '011/22-33-44']) {
      expect(matches('phone', phone), phone).toBe(signupSchema.safeParse({ ...buddy, phone }).success);
    }
    expect(matches('phone', 'bel me')).toBe(false);
    // The pattern checks the characters; the digits are counted by the schema's check, which the script calls.
    for (const phone of ['123', '1'.repeat(40)]) {
      expect(matches('phone', phone) && phoneProblem(phone) === undefined, phone).toBe(signupSchema.safeParse({ ...buddy, phone }).success);
    }
    expect(matches('postalCode', '3800')).toBe(true);
    expect(matches('postalCode', '0800')).toBe(false);
  });

  it('names each language in the page\'s language and in its own, marked with its code', () => {
    expect(languagesNamedIn('nl').find((o) => o.value === 'ar')).toEqual({ value: 'ar', label: 'Arabisch', own: { text: 'العربية', lang: 'ar' } });
    expect(languagesNamedIn('en').find((o) => o.value === 'uk')).toEqual({ value: 'uk', label: 'Ukrainian', own: { text: 'Українська', lang: 'uk' } });
    // Named in its own language already: no second name.
    expect(languagesNamedIn('ar').find((o) => o.value === 'ar')).toEqual({ value: 'ar', label: 'العربية' });
    for (const l of languages) expect(languagesNamedIn(l.language.tag).every((o) => o.label && o.label !== o.value), l.language.tag).toBe(true);
  });
});
