/** A municipality submits a practice that is missing from the database ("Staat jouw praktijk nog niet in de databank?"). */
import { z } from 'astro/zod';
import { consentFields, emailField, optionalText, phoneField, requiredText, websiteField } from './form-fields';

export const practiceSubmissionSchema = z.object({
  /** Municipality or organisation that runs the practice. */
  municipality: requiredText('Gemeente of organisatie', { missing: 'vul de gemeente of organisatie in', max: 200 }),
  /** Local name of the practice, e.g. "Samen op pad". */
  title: requiredText('Naam van de praktijk', { missing: 'vul de naam van de praktijk in', max: 200 }),
  /** What the practice does: goals, approach, results. */
  description: requiredText('Beschrijving', { missing: 'beschrijf de praktijk', max: 5000, multiline: true }),
  /** Who it is for. */
  targetGroup: optionalText('Doelgroep', { max: 500, multiline: true }),
  /** Partner organisations. */
  partners: optionalText('Partners', { max: 1000, multiline: true }),
  /** Web page about the practice. */
  website: websiteField('Website'),
  /** Person VVSG can contact about the submission. */
  contactName: requiredText('Naam', { missing: 'vul je naam in', max: 120 }),
  /** Their e-mail address. */
  email: emailField('E-mailadres'),
  /** Their phone number (optional). */
  phone: phoneField('Telefoonnummer'),
  ...consentFields(),
});
export type PracticeSubmission = z.infer<typeof practiceSubmissionSchema>;

