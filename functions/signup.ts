/** POST /api/signup: a citizen signs up for a buddy programme (form post or JSON). */
import type { Config } from '@netlify/functions';
import { labelOf, signupForm } from '../src/forms/definitions';
import { escapeHtml } from '../src/forms/render';
import { signupUrl } from '../src/lib/format';
import { signupSchema, type Signup } from '../src/schemas/signup';
import { config as env } from './_shared/config';
import { confirmationHtml, privacyLine, signature } from './_shared/confirmation';
import { notificationRecipients } from './_shared/people';
import { handleSubmission } from './_shared/submission';

const ROLE_NAMES = { buddy: 'buddy', newcomer: 'nieuwkomer' } as const;

export default handleSubmission<Signup>({
  form: signupForm,
  formId: 'signup',
  schema: signupSchema,
  pagePath: (values, content) =>
    values.programme && content.programmes.get(values.programme)?.acceptsSignups ? signupUrl(values.programme) : '/',
  check: (data, content) =>
    content.programmes.get(data.programme)?.acceptsSignups
      ? undefined
      : { programme: `${labelOf(signupForm, 'programme')}: deze buddywerking bestaat niet of aanvaardt geen aanmeldingen via deze website` },
  index: (data) => ({ programme: data.programme, role: data.role }),
  outcome: async (record, { programmes, settings }, tx, siteUrl) => {
    const programme = programmes.get(record.data.programme)!;
    const role = ROLE_NAMES[record.data.role];
    const { coordinators, admins } = await notificationRecipients(programme.id, tx);
    const hasCoordinator = coordinators.length > 0;
    const notify = hasCoordinator ? coordinators : admins.length ? admins : [settings.contactEmail];
    const answers = hasCoordinator ? `de coördinator van ${programme.label}` : settings.publisher;
    const workspace = `${siteUrl}/coordinator/aanmeldingen?programme=${encodeURIComponent(programme.id)}`;
    return {
      // No personal data in the notification: the coordinator reads the sign-up in the workspace.
      mails: [
        ...notify.map((to) => ({
          to,
          subject: `Nieuwe aanmelding als ${role} voor ${programme.label} (${programme.municipality})`,
          text:
            `Dag,\n\nEr is een nieuwe aanmelding als ${role} voor ${programme.label} in ${programme.municipality} (referentie ${record.reference}).` +
            (hasCoordinator ? '' : `\n\nDeze buddywerking heeft nog geen coördinator op de website: geef de aanmelding door, of geef iemand toegang op ${siteUrl}/coordinator/beheer.`) +
            `\n\nBekijk ze na het inloggen op ${workspace}` +
            signature(settings.siteName),
        })),
        // A fixed text with the programme's name: nothing the person typed goes to an unverified address.
        {
          to: record.data.email,
          replyTo: settings.contactEmail,
          subject: `Je aanmelding bij ${programme.label}`,
          text:
            `Dag,\n\nJe aanmelding als ${role} voor ${programme.label} in ${programme.municipality} is goed aangekomen (referentie ${record.reference}). ` +
            `${hasCoordinator ? 'De coördinator' : settings.publisher} neemt contact met je op voor een kennismaking.\n\n` +
            `Heb je je niet zelf aangemeld? Dan mag je deze mail negeren, of mail naar ${settings.privacyEmail} om de gegevens te laten wissen.\n\n` +
            privacyLine(settings.privacyEmail, env().retentionMonths) +
            signature(settings.siteName),
        },
      ],
      confirmation: {
        title: 'Je aanmelding is goed aangekomen',
        html: confirmationHtml({
          title: 'Je aanmelding is goed aangekomen',
          sent: `Je meldde je aan als ${role} voor <strong>${escapeHtml(programme.label)}</strong> in ${escapeHtml(programme.municipality)}.`,
          next: [
            hasCoordinator
              ? `De coördinator van ${escapeHtml(programme.label)} neemt contact met je op voor een kennismaking.`
              : `${escapeHtml(settings.publisher)} bezorgt je aanmelding aan de buddywerking en neemt contact met je op (${escapeHtml(settings.contactEmail)}).`,
            'Je krijgt een bevestiging per e-mail. Zie je ze niet, kijk dan ook bij je ongewenste mail.',
          ],
          reference: record.reference,
        }),
      },
    };
  },
});

export const config: Config = { path: '/api/signup', method: 'POST' };
