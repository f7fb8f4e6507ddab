/** A municipality submits a practice that is missing from the database ("Staat jouw praktijk nog niet in de databank?"). */
import { z } from 'astro/zod';
import { consentField, emailField, optionalText, phoneField, privacyVersionField, requiredText } from './form-fields';

export const PRACTICE_SUBMISSION_LABELS = {
  municipality: 'Gemeente of organisatie',
  title: 'Naam van de praktijk',
  description: 'Beschrijving',
  targetGroup: 'Doelgroep',
  partners: 'Partners',
  website: 'Website',
  contactName: 'Naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  consent: 'Toestemming',
  privacyVersion: 'Privacyverklaring',
} as const;

const L = PRACTICE_SUBMISSION_LABELS;

export const practiceSubmissionSchema = z.object({
  /** Municipality or organisation that runs the practice. */
  municipality: requiredText(L.municipality, { missing: 'vul de gemeente of organisatie in', max: 200 }),
  /** Local name of the practice, e.g. "Samen op pad". */
  title: requiredText(L.title, { missing: 'vul de naam van de praktijk in', max: 200 }),
  /** What the practice does: goals, approach, results. */
  description: requiredText(L.description, { missing: 'beschrijf de praktijk', max: 5000, multiline: true }),
  /** Who it is for. */
  targetGroup: optionalText(L.targetGroup, { max: 500, multiline: true }),
  /** Partner organisations. */
  partners: optionalText(L.partners, { max: 1000, multiline: true }),
  /** Web page about the practice. */
  website: z
    .string({ error: `${L.website}: geef een webadres of laat het veld leeg` })
    .trim()
    .max(500, `${L.website}: gebruik hoogstens 500 tekens`)
    .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), `${L.website}: geef een volledig webadres dat begint met https://`)
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** Person VVSG can contact about the submission. */
  contactName: requiredText(L.contactName, { missing: 'vul je naam in', max: 120 }),
  /** Their e-mail address. */
  email: emailField(L.email),
  /** Their phone number (optional). */
  phone: phoneField(L.phone),
  /** Consent to the privacy notice (must be true). */
  consent: consentField(L.consent),
  /** Version of the privacy notice agreed to. */
  privacyVersion: privacyVersionField(L.privacyVersion),
});
export type PracticeSubmission = z.infer<typeof practiceSubmissionSchema>;

export const practiceSubmissionRecordSchema = practiceSubmissionSchema.extend({
  /** Record id (hex). */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  /** Arrival time, ISO 8601. */
  createdAt: z.iso.datetime(),
});
export type PracticeSubmissionRecord = z.infer<typeof practiceSubmissionRecordSchema>;
