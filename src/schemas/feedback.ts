/** A correction, photo, update or remark about one practice card ("Wil je een wijziging doorgeven?"). */
import { z } from 'astro/zod';
import { SLUG, consentFields, emailField, idField, requiredText } from './form-fields';

export const feedbackSchema = z.object({
  /** Id of the practice card the correction is about. */
  practice: idField('Praktijk', new RegExp(`^${SLUG}$`), 'kies de praktijk waarover het gaat', 'kies een praktijk uit de lijst'),
  /** What should change, in the submitter's words. */
  message: requiredText('Wijziging of opmerking', { missing: 'beschrijf wat er moet veranderen', max: 5000, multiline: true }),
  /** Submitter's name. */
  name: requiredText('Naam', { missing: 'vul je naam in', max: 120 }),
  /** Submitter's e-mail address, for questions about the correction. */
  email: emailField('E-mailadres'),
  ...consentFields(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

