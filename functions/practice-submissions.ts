/** POST /api/practice-submissions: a municipality submits a practice missing from the database. */
import type { Config } from '@netlify/functions';
import { practiceSubmissionForm } from '../src/forms/definitions';
import { practiceSubmissionRecordSchema, practiceSubmissionSchema, type PracticeSubmission } from '../src/schemas/practice-submission';
import { config as env } from './_shared/config';
import { fieldLines, privacyLine, signature } from './_shared/mail-text';
import { handleSubmission } from './_shared/submission';

export default handleSubmission<PracticeSubmission>({
  form: practiceSubmissionForm,
  store: 'practice-submissions',
  schema: practiceSubmissionSchema,
  recordSchema: practiceSubmissionRecordSchema,
  pagePath: () => '/praktijk-indienen/',
  thanksPath: '/aanmelden/bedankt/',
  key: (_data, id) => id,
  mails: (record, { settings }) => [
    {
      to: settings.contactEmail,
      replyTo: record.email,
      subject: `Nieuwe praktijk ingestuurd: ${record.title} (${record.municipality})`,
      text: `Dag,\n\nVia de website werd een praktijk ingestuurd.\n\n${fieldLines(practiceSubmissionForm, record)}\n\nOntvangen op: ${record.createdAt}\nNummer: ${record.id}${signature(settings.siteName)}`,
    },
    {
      to: record.email,
      replyTo: settings.contactEmail,
      subject: `Bedankt voor je praktijk ${record.title}`,
      text: `Dag ${record.contactName},\n\nBedankt om je praktijk in te sturen. We bekijken ze en nemen contact op als we vragen hebben.\n\nDit heb je ingevuld:\n\n${fieldLines(practiceSubmissionForm, record)}\n\n${privacyLine(settings.privacyEmail, env().retentionMonths)}${signature(settings.siteName)}`,
    },
  ],
});

export const config: Config = { path: '/api/practice-submissions', method: 'POST' };
