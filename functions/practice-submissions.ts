/** POST /api/practice-submissions: a municipality submits a practice missing from the database. */
import type { Config } from '@netlify/functions';
import { practiceSubmissionForm } from '../src/forms/definitions';
import { escapeHtml } from '../src/forms/render';
import { practiceSubmissionSchema, type PracticeSubmission } from '../src/schemas/practice-submission';
import { config as env } from './_shared/config';
import { confirmationHtml, privacyLine, signature } from './_shared/confirmation';
import { fieldLines } from './_shared/mail-text';
import { handleSubmission } from './_shared/submission';

export default handleSubmission<PracticeSubmission>({
  form: practiceSubmissionForm,
  formId: 'practice-submission',
  schema: practiceSubmissionSchema,
  pagePath: () => '/praktijk-indienen/',
  outcome: async (record, { settings }) => ({
    mails: [
      // To the site's own address: the full submission.
      {
        to: settings.contactEmail,
        replyTo: record.data.email,
        subject: `Nieuwe praktijk ingestuurd (referentie ${record.reference})`,
        text: `Dag,\n\nVia de website werd een praktijk ingestuurd.\n\n${fieldLines(practiceSubmissionForm, record.data)}\n\nOntvangen op: ${record.createdAt.toISOString()}\nReferentie: ${record.reference}${signature(settings.siteName)}`,
      },
      // To the person: a fixed text.
      {
        to: record.data.email,
        replyTo: settings.contactEmail,
        subject: 'Je praktijk is goed aangekomen',
        text: `Dag,\n\nBedankt om een praktijk in te sturen (referentie ${record.reference}). ${settings.publisher} bekijkt ze en neemt contact op als er vragen zijn.\n\nHeb je dit niet zelf ingestuurd? Dan mag je deze mail negeren.\n\n${privacyLine(settings.privacyEmail, env().retentionMonths)}${signature(settings.siteName)}`,
      },
    ],
    confirmation: {
      title: 'Je praktijk is goed aangekomen',
      html: confirmationHtml({
        title: 'Je praktijk is goed aangekomen',
        sent: `Je stuurde de praktijk <strong>${escapeHtml(record.data.title)}</strong> (${escapeHtml(record.data.municipality)}) in.`,
        next: [
          `${escapeHtml(settings.publisher)} bekijkt je praktijk en neemt contact met je op als er vragen zijn.`,
          'Daarna verschijnt ze als praktijkfiche in de databank.',
          'Je krijgt een bevestiging per e-mail.',
        ],
        reference: record.reference,
      }),
    },
  }),
});

export const config: Config = { path: '/api/practice-submissions', method: 'POST' };
