/** A citizen's sign-up for a municipality's buddy programme, as buddy or as newcomer. */
import { z } from 'astro/zod';
import {
  SLUG,
  choiceField,
  consentFields,
  emailField,
  idField,
  optionalText,
  phoneField,
  requiredText,
} from './form-fields';

export const SIGNUP_ROLES = {
  buddy: 'Buddy (vrijwilliger)',
  newcomer: 'Nieuwkomer die een buddy zoekt',
} as const;
export type SignupRole = keyof typeof SIGNUP_ROLES;

export const signupSchema = z.object({
  /** Programme id "<municipality>/<programme-slug>", e.g. "sint-truiden/samen-op-pad". */
  programme: idField('Buddywerking', new RegExp(`^${SLUG}/${SLUG}$`), 'kies een buddywerking', 'kies een bestaande buddywerking'),
  /** Buddy (volunteer) or newcomer who wants a buddy. */
  role: choiceField('Rol', SIGNUP_ROLES, 'kies of je je aanmeldt als buddy of als nieuwkomer'),
  /** First name and surname, as the person writes it. */
  name: requiredText('Naam', { missing: 'vul je naam in', max: 120 }),
  /** Where the coordinator and the confirmation reach the person. */
  email: emailField('E-mailadres'),
  /** Optional phone number. */
  phone: phoneField('Telefoonnummer'),
  /** Belgian postal code of the place where the person lives. */
  postalCode: z
    .string({ error: 'Postcode: vul je postcode in' })
    .trim()
    .max(4, 'Postcode: geef een Belgische postcode van vier cijfers')
    .regex(/^[1-9][0-9]{3}$/, 'Postcode: geef een Belgische postcode van vier cijfers')
    .meta({ title: 'Postcode' }),
  /** Languages the person speaks, e.g. "Nederlands, Arabisch". */
  languages: requiredText('Talen', { missing: 'vul in welke talen je spreekt', max: 300 }),
  /** Hobbies and interests that help matching. */
  interests: optionalText('Interesses', { max: 1000, multiline: true }),
  /** When the person is free, e.g. "woensdagnamiddag en in het weekend". */
  availability: requiredText('Beschikbaarheid', { missing: 'vul in wanneer je meestal tijd hebt', max: 500, multiline: true }),
  /** Why the person signs up, in their own words. */
  motivation: optionalText('Motivatie', { max: 2000, multiline: true }),
  ...consentFields(),
});
export type SignupInput = z.input<typeof signupSchema>;
export type Signup = z.infer<typeof signupSchema>;

