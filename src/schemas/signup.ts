/** A citizen's sign-up for a municipality's buddy programme, as buddy or as newcomer. */
import { z } from 'astro/zod';
import { SLUG, consentField, emailField, optionalText, phoneField, privacyVersionField, requiredText } from './form-fields';

export const SIGNUP_ROLES = {
  buddy: 'Buddy (vrijwilliger)',
  newcomer: 'Nieuwkomer die een buddy zoekt',
} as const;
export type SignupRole = keyof typeof SIGNUP_ROLES;

/** Dutch field labels: in the form and at the start of every error message. */
export const SIGNUP_LABELS = {
  programme: 'Buddywerking',
  role: 'Rol',
  name: 'Naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  postalCode: 'Postcode',
  languages: 'Talen',
  interests: 'Interesses',
  availability: 'Beschikbaarheid',
  motivation: 'Motivatie',
  consent: 'Toestemming',
  privacyVersion: 'Privacyverklaring',
} as const;

const L = SIGNUP_LABELS;

export const signupSchema = z.object({
  /** Programme id "<municipality>/<programme-slug>", e.g. "sint-truiden/samen-op-pad". */
  programme: z
    .string({ error: `${L.programme}: kies een buddywerking` })
    .regex(new RegExp(`^${SLUG}/${SLUG}$`), `${L.programme}: kies een bestaande buddywerking`),
  /** Buddy (volunteer) or newcomer who wants a buddy. */
  role: z.enum(Object.keys(SIGNUP_ROLES) as [SignupRole, ...SignupRole[]], {
    error: `${L.role}: kies of je je aanmeldt als buddy of als nieuwkomer`,
  }),
  /** First name and surname, as the person writes it. */
  name: requiredText(L.name, { missing: 'vul je naam in', max: 120 }),
  /** Where the coordinator and the confirmation reach the person. */
  email: emailField(L.email),
  /** Optional phone number. */
  phone: phoneField(L.phone),
  /** Belgian postal code of the place where the person lives. */
  postalCode: z
    .string({ error: `${L.postalCode}: vul je postcode in` })
    .trim()
    .regex(/^[1-9][0-9]{3}$/, `${L.postalCode}: geef een Belgische postcode van vier cijfers`),
  /** Languages the person speaks, e.g. "Nederlands, Arabisch". */
  languages: requiredText(L.languages, { missing: 'vul in welke talen je spreekt', max: 300 }),
  /** Hobbies and interests that help matching. */
  interests: optionalText(L.interests, { max: 1000, multiline: true }),
  /** When the person is free, e.g. "woensdagnamiddag en in het weekend". */
  availability: requiredText(L.availability, { missing: 'vul in wanneer je meestal tijd hebt', max: 500, multiline: true }),
  /** Why the person signs up, in their own words. */
  motivation: optionalText(L.motivation, { max: 2000, multiline: true }),
  /** Explicit consent to the privacy notice (must be true). */
  consent: consentField(L.consent),
  /** Version of the privacy notice the person agreed to. */
  privacyVersion: privacyVersionField(L.privacyVersion),
});
export type SignupInput = z.input<typeof signupSchema>;
export type Signup = z.infer<typeof signupSchema>;

/** What is stored: the validated sign-up plus an id and the moment it arrived. Nothing else. */
export const signupRecordSchema = signupSchema.extend({
  /** Record id (hex), derived from the idempotency key. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  /** Arrival time, ISO 8601; the retention period counts from here. */
  createdAt: z.iso.datetime(),
});
export type SignupRecord = z.infer<typeof signupRecordSchema>;
