/** A correction, photo, update or remark about one practice card ("Wil je een wijziging doorgeven?"). */
import { z } from 'astro/zod';
import { SLUG, consentField, emailField, idField, privacyVersionField, requiredText } from './form-fields';

export const feedbackSchema = z.object({
  /** Id of the practice card the correction is about. */
  practice: idField('Praktijk', new RegExp(`^${SLUG}$`), 'kies de praktijk waarover het gaat', 'kies een praktijk uit de lijst'),
  /** What should change, in the submitter's words. */
  message: requiredText('Wijziging of opmerking', { missing: 'beschrijf wat er moet veranderen', max: 5000, multiline: true }),
  /** Submitter's name. */
  name: requiredText('Naam', { missing: 'vul je naam in', max: 120 }),
  /** Submitter's e-mail address, for questions about the correction. */
  email: emailField('E-mailadres'),
  /** Consent to the privacy notice (must be true). */
  consent: consentField('Toestemming'),
  /** Version of the privacy notice agreed to. */
  privacyVersion: privacyVersionField('Privacyverklaring'),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackRecordSchema = feedbackSchema.extend({
  /** Record id (hex). */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  /** Arrival time, ISO 8601. */
  createdAt: z.iso.datetime(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;
