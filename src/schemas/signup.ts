/**
 * A citizen's sign-up for a municipality's buddy programme: one schema per role (a buddy, a newcomer
 * who looks for a buddy) on one shared base, joined as a discriminated union on `role`. The intake
 * and the matching (issue 13) read these fields: languages as ISO codes, the free day-parts of the
 * week, the newcomer's Dutch level, and the language the person used on the form.
 *
 * The labels are the Dutch texts of src/schemas/ui-strings.ts, so the Dutch form, the coordinator's
 * workspace and every message name a field the same way; other languages take theirs from the
 * translation files (src/lib/form-messages.ts).
 */
import { z } from 'astro/zod';
import {
  SLUG,
  consentField,
  idField,
  optionalEmailField,
  optionalText,
  phoneField,
  privacyVersionField,
  requiredText,
} from './form-fields';
import { availabilitySchema, DUTCH_LEVELS, languageCodeSchema, LANGUAGES } from './person-vocabularies';
import { labelledEnum } from './meta';
import { DUTCH_STRINGS as T } from './ui-strings';

export const SIGNUP_ROLES = {
  buddy: 'Buddy (vrijwilliger)',
  newcomer: 'Nieuwkomer die een buddy zoekt',
} as const;
export type SignupRole = keyof typeof SIGNUP_ROLES;

/** Languages and day-parts come as repeated form fields; each value once, in the order ticked. */
const choices = <S extends z.ZodType<string>>(label: string, item: S, max: number) =>
  z
    .array(item, { error: `${label}: kies er minstens één` })
    .min(1, `${label}: kies er minstens één`)
    .max(max, `${label}: kies hoogstens ${max}`)
    .transform((list) => [...new Set(list)])
    .meta({ title: label });

const role = <R extends SignupRole>(value: R) =>
  z.literal(value, { error: `${T.field_role}: kies of je buddy wilt worden of een buddy zoekt` }).meta({ title: T.field_role, labels: { [value]: SIGNUP_ROLES[value] } });

/** What both roles are asked first. */
const base = {
  /** Programme id "<municipality>/<programme-slug>", e.g. "sint-truiden/samen-op-pad". */
  programme: idField(T.field_programme, new RegExp(`^${SLUG}/${SLUG}$`), 'kies een buddywerking', 'kies een bestaande buddywerking'),
  /** First name and surname, as the person writes it. */
  name: requiredText(T.field_name, { missing: 'vul je naam in', max: 120 }),
  /** Where the confirmation goes; optional when there is a phone number (at least one of the two). */
  email: optionalEmailField(T.field_email),
  /** Where the coordinator can call; optional when there is an e-mail address. */
  phone: phoneField(T.field_phone),
  /** Belgian postal code of the place where the person lives. */
  postalCode: z
    .string({ error: `${T.field_postalCode}: vul je postcode in` })
    .trim()
    .max(4, `${T.field_postalCode}: geef een Belgische postcode van vier cijfers`)
    .regex(/^[1-9][0-9]{3}$/, `${T.field_postalCode}: geef een Belgische postcode van vier cijfers`)
    .meta({ title: T.field_postalCode }),
  /** Languages the person speaks: ISO 639 codes from LANGUAGES, at least one. */
  languages: choices(T.field_languages, languageCodeSchema, LANGUAGES.length),
  /** A language that is not in the list, in the person's own words. */
  otherLanguages: optionalText(T.field_otherLanguages, { max: 200 }),
  /** Free day-parts of the week ("wo-nm": Wednesday afternoon), at least one. */
  availability: choices(T.field_availability, availabilitySchema, 21),
};

/** Asked of both roles after their own questions. */
const closing = {
  /** Hobbies and interests that help matching. */
  interests: optionalText(T.field_interests, { max: 1000, multiline: true }),
  /** The language of the form the person filled in (the page's tag: nl, en, fr, ar, uk, ru, tr, prs). */
  formLanguage: z
    .string({ error: `${T.field_formLanguage}: laad het formulier opnieuw` })
    .regex(/^[a-z]{2,3}$/, `${T.field_formLanguage}: laad het formulier opnieuw`)
    .meta({ title: T.field_formLanguage }),
  /** Explicit consent to the privacy notice (must be true). */
  consent: consentField(T.field_consent),
  /** Version of the privacy notice the person agreed to. */
  privacyVersion: privacyVersionField(T.field_privacyVersion),
};

/**
 * At least one way to reach the person. Checked even when other fields are wrong (`when`), so the
 * person sees every problem at once; the message is on the e-mail field and names both fields.
 */
const reachable = {
  check: (value: unknown) => {
    const v = (value ?? {}) as { email?: unknown; phone?: unknown };
    const filled = (x: unknown) => typeof x === 'string' && x.trim() !== '';
    return filled(v.email) || filled(v.phone);
  },
  options: {
    path: ['email'],
    message: `${T.field_email}: geef je e-mailadres of je telefoonnummer`,
    params: { kind: 'missing' },
    when: () => true,
  },
};

export const buddySignupSchema = z
  .object({
    role: role('buddy'),
    ...base,
    /** Why the person wants to be a buddy, in their own words (buddies only). */
    motivation: optionalText(T.field_motivation, { max: 2000, multiline: true }),
    ...closing,
  })
  .refine(reachable.check, reachable.options);

export const newcomerSignupSchema = z
  .object({
    role: role('newcomer'),
    ...base,
    /** The newcomer's Dutch, in everyday words (newcomers only). */
    dutchLevel: labelledEnum(DUTCH_LEVELS, `${T.field_dutchLevel}: kies wat het best bij je past`).meta({ title: T.field_dutchLevel }),
    ...closing,
  })
  .refine(reachable.check, reachable.options);

export const signupSchema = z.discriminatedUnion('role', [buddySignupSchema, newcomerSignupSchema]);
export const SIGNUP_SCHEMAS = { buddy: buddySignupSchema, newcomer: newcomerSignupSchema } as const;

export type SignupInput = z.input<typeof signupSchema>;
export type Signup = z.infer<typeof signupSchema>;
export type BuddySignup = z.infer<typeof buddySignupSchema>;
export type NewcomerSignup = z.infer<typeof newcomerSignupSchema>;
