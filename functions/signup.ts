/** POST /api/signup: a citizen signs up for a buddy programme (form post or JSON). */
import type { Config } from '@netlify/functions';
import { labelOf, signupForm } from '../src/forms/definitions';
import { signupUrl } from '../src/lib/format';
import { signupRecordSchema, signupSchema, type Signup } from '../src/schemas/signup';
import { config as env } from './_shared/config';
import { fieldLines, privacyLine, signature } from './_shared/mail-text';
import { handleSubmission } from './_shared/submission';

export default handleSubmission<Signup>({
  form: signupForm,
  store: 'signups',
  schema: signupSchema,
  recordSchema: signupRecordSchema,
  pagePath: (values, content) =>
    values.programme && content.programmes.get(values.programme)?.acceptsSignups ? signupUrl(values.programme) : '/',
  thanksPath: '/aanmelden/bedankt/',
  check: (data, content) =>
    content.programmes.get(data.programme)?.acceptsSignups
      ? undefined
      : { programme: `${labelOf(signupForm, 'programme')}: deze buddywerking bestaat niet of aanvaardt geen aanmeldingen via deze website` },
  key: (data, id) => `${data.programme}/${id}`,
  mails: (record, { programmes, settings }) => {
    const programme = programmes.get(record.programme)!;
    const role = record.role === 'buddy' ? 'buddy' : 'nieuwkomer';
    return [
      {
        to: programme.notifyEmail,
        replyTo: record.email,
        subject: `Nieuwe aanmelding als ${role} voor ${programme.label} (${programme.municipality})`,
        text:
          `Dag coördinator,\n\nEr is een nieuwe aanmelding voor ${programme.label} in ${programme.municipality}.\n\n` +
          `${fieldLines(signupForm, record)}\n\nOntvangen op: ${record.createdAt}\nNummer: ${record.id}\n\n` +
          `Je kan alle aanmeldingen bekijken en downloaden op de coördinatorpagina van de website. ` +
          `Antwoord je op deze mail, dan gaat je antwoord naar de persoon zelf.` +
          signature(settings.siteName),
      },
      {
        to: record.email,
        replyTo: programme.notifyEmail,
        subject: `Bedankt voor je aanmelding bij ${programme.label}`,
        text:
          `Dag ${record.name},\n\nBedankt! Je aanmelding als ${role} voor ${programme.label} in ${programme.municipality} is goed aangekomen. ` +
          `De coördinator neemt contact met je op voor een kennismaking.\n\nDit heb je ingevuld:\n\n${fieldLines(signupForm, record)}\n\n` +
          `${privacyLine(settings.privacyEmail, env().retentionMonths)}` +
          signature(settings.siteName),
      },
    ];
  },
});

export const config: Config = { path: '/api/signup', method: 'POST' };
