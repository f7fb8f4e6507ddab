/** POST /api/feedback: a correction, update or remark about one practice card. */
import type { Config } from '@netlify/functions';
import { feedbackForm, labelOf } from '../src/forms/definitions';
import { feedbackRecordSchema, feedbackSchema, type Feedback } from '../src/schemas/feedback';
import { config as env } from './_shared/config';
import { fieldLines, privacyLine, signature } from './_shared/mail-text';
import { handleSubmission } from './_shared/submission';
import type { SiteContent } from './_shared/content';

const practiceOptions = ({ practices }: SiteContent) =>
  [...practices].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));

export default handleSubmission<Feedback>({
  form: feedbackForm,
  store: 'feedback',
  schema: feedbackSchema,
  recordSchema: feedbackRecordSchema,
  pagePath: () => '/wijziging-doorgeven/',
  thanksPath: '/aanmelden/bedankt/',
  selectOptions: (content) => ({ practice: practiceOptions(content) }),
  check: (data, { practices }) =>
    practices.has(data.practice) ? undefined : { practice: `${labelOf(feedbackForm, 'practice')}: kies een praktijk uit de lijst` },
  key: (data, id) => `${data.practice}/${id}`,
  mails: (record, { settings, practices }) => {
    const title = practices.get(record.practice) ?? record.practice;
    const lines = fieldLines(feedbackForm, { ...record, practice: title });
    return [
      {
        to: settings.contactEmail,
        replyTo: record.email,
        subject: `Wijziging doorgegeven voor ${title}`,
        text: `Dag,\n\nVia de website werd een wijziging doorgegeven.\n\n${lines}\n\nOntvangen op: ${record.createdAt}\nNummer: ${record.id}${signature(settings.siteName)}`,
      },
      {
        to: record.email,
        replyTo: settings.contactEmail,
        subject: `Bedankt voor je wijziging aan ${title}`,
        text: `Dag ${record.name},\n\nBedankt! We bekijken je wijziging en passen de praktijkfiche aan waar nodig.\n\nDit heb je ingevuld:\n\n${lines}\n\n${privacyLine(settings.privacyEmail, env().retentionMonths)}${signature(settings.siteName)}`,
      },
    ];
  },
});

export const config: Config = { path: '/api/feedback', method: 'POST' };
