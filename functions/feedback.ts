/** POST /api/feedback: a correction, update or remark about one practice card. */
import type { Config } from '@netlify/functions';
import { feedbackForm, labelOf } from '../src/forms/definitions';
import { escapeHtml } from '../src/forms/render';
import { practiceUrl } from '../src/lib/format';
import { feedbackSchema, type Feedback } from '../src/schemas/feedback';
import { config as env } from './_shared/config';
import { confirmationHtml, privacyLine, signature } from './_shared/confirmation';
import { fieldLines } from './_shared/mail-text';
import { handleSubmission } from './_shared/submission';
import type { SiteContent } from './_shared/content';

const practiceOptions = ({ practices }: SiteContent) =>
  [...practices].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));

export default handleSubmission<Feedback>({
  form: feedbackForm,
  formId: 'feedback',
  schema: feedbackSchema,
  pagePath: () => '/wijziging-doorgeven/',
  selectOptions: (content) => ({ practice: practiceOptions(content) }),
  check: (data, { practices }) =>
    practices.has(data.practice) ? undefined : { practice: `${labelOf(feedbackForm, 'practice')}: kies een praktijk uit de lijst` },
  index: (data) => ({ programme: data.practice }),
  outcome: async (record, { settings, practices }) => {
    const title = practices.get(record.data.practice) ?? record.data.practice;
    return {
      mails: [
        {
          to: settings.contactEmail,
          replyTo: record.data.email,
          subject: `Wijziging doorgegeven voor ${title} (referentie ${record.reference})`,
          text: `Dag,\n\nVia de website werd een wijziging doorgegeven.\n\n${fieldLines(feedbackForm, { ...record.data, practice: title })}\n\nOntvangen op: ${record.createdAt.toISOString()}\nReferentie: ${record.reference}${signature(settings.siteName)}`,
        },
        {
          to: record.data.email,
          replyTo: settings.contactEmail,
          subject: `Je wijziging aan ${title} is goed aangekomen`,
          text: `Dag,\n\nBedankt! We bekijken je wijziging aan de praktijkfiche ${title} (referentie ${record.reference}) en passen de fiche aan waar nodig.\n\nHeb je dit niet zelf ingestuurd? Dan mag je deze mail negeren.\n\n${privacyLine(settings.privacyEmail, env().retentionMonths)}${signature(settings.siteName)}`,
        },
      ],
      confirmation: {
        title: 'Je wijziging is goed aangekomen',
        html: confirmationHtml({
          title: 'Je wijziging is goed aangekomen',
          sent: `Je gaf een wijziging door voor de praktijkfiche <a href="${practiceUrl(record.data.practice)}">${escapeHtml(title)}</a>.`,
          next: [
            `${escapeHtml(settings.publisher)} bekijkt je wijziging en past de fiche aan waar nodig.`,
            'Heeft de redactie vragen, dan mailt ze je.',
            'Je krijgt een bevestiging per e-mail.',
          ],
          reference: record.reference,
        }),
      },
    };
  },
});

export const config: Config = { path: '/api/feedback', method: 'POST' };
