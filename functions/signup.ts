/**
 * POST /api/signup: a citizen signs up for a buddy programme (form post or JSON), as a future buddy or
 * as a newcomer who looks for one, in any language of the way in. Errors, the confirmation page and
 * the confirmation mail are in the language of the form; the coordinator's notification is Dutch and
 * carries no personal data. Someone who gives only a phone number gets no mail: the confirmation page
 * says all they need.
 */
import type { Config } from '@netlify/functions';
import { escapeHtml, type FormErrors } from '../src/forms/render';
import { signupErrors, signupForm } from '../src/forms/signup-form';
import { fieldMessage } from '../src/lib/form-messages';
import { signupFormUrl } from '../src/lib/format';
import { fill, isolate, localePath, type LanguageStrings } from '../src/lib/i18n';
import { signupSchema, type Signup, type SignupRole } from '../src/schemas/signup';
import { config as env } from './_shared/config';
import { confirmationHtml, signature } from './_shared/confirmation';
import type { SiteContent } from './_shared/content';
import type { Mail } from './_shared/mail';
import { notificationRecipients } from './_shared/people';
import { handleSubmission } from './_shared/submission';

const ROLE_NAMES = { buddy: 'buddy', newcomer: 'nieuwkomer' } as const;

const roleOf = (value: unknown): SignupRole => (value === 'newcomer' ? 'newcomer' : 'buddy');
/** The language a post was made in: one the site has, else Dutch. */
const languageOf = (tag: unknown, content: SiteContent): LanguageStrings =>
  (typeof tag === 'string' && content.languages.get(tag)) || content.languages.get('nl')!;

export default handleSubmission<Signup>({
  form: (given, content) => signupForm(roleOf(given('role')), languageOf(given('formLanguage'), content)),
  formId: 'signup',
  schema: signupSchema,
  pagePath: (values, content) =>
    typeof values.programme === 'string' && content.programmes.get(values.programme)?.acceptsSignups
      ? localePath(languageOf(values.formLanguage, content).language.tag, signupFormUrl(values.programme, roleOf(values.role)))
      : localePath(languageOf(values.formLanguage, content).language.tag, '/buddy/'),
  errors: (form, issues, payload, content) => signupErrors(form, languageOf(payload.formLanguage, content), issues, payload),
  requestMessages: (form, content) => {
    const { strings: t } = languageOf(form.lang, content);
    const label = t.field_form;
    return {
      refused: t.form_refused,
      badFormat: fill(t.form_badFormat, { label }),
      otherSite: (path) => fill(t.form_otherSite, { label, link: path }),
      tooLarge: (kb) => fill(t.form_tooLarge, { label, kb }),
      incomplete: fill(t.form_incomplete, { label }),
      unavailable: (email) => fill(t.form_unavailable, { label, email }),
      tooMany: (minutes, email) => fill(t.form_tooMany, { label, minutes, email }),
      retry: fill(t.form_retry, { label }),
      tooFast: fill(t.form_tooFast, { label }),
    };
  },
  check: (data, content): FormErrors | undefined => {
    const { strings } = languageOf(data.formLanguage, content);
    if (!content.programmes.get(data.programme)?.acceptsSignups) return { programme: fieldMessage(strings, 'programme', 'closed') };
    if (!content.languages.has(data.formLanguage)) return { formLanguage: fieldMessage(strings, 'formLanguage', 'choice') };
    return undefined;
  },
  index: (data) => ({ programme: data.programme, role: data.role }),
  outcome: async (record, content, tx, siteUrl) => {
    const { programmes, settings } = content;
    const programme = programmes.get(record.data.programme)!;
    const { language, strings: t } = languageOf(record.data.formLanguage, content);
    const role = ROLE_NAMES[record.data.role];
    const { coordinators, admins } = await notificationRecipients(programme.id, tx);
    const hasCoordinator = coordinators.length > 0;
    const notify = hasCoordinator ? coordinators : admins.length ? admins : [settings.contactEmail];
    const workspace = `${siteUrl}/coordinator/aanmeldingen?programme=${encodeURIComponent(programme.id)}`;
    const email = record.data.email;

    // The person's words: fixed texts with the programme's name, nothing they typed.
    const names = { programme: isolate(programme.label, language.direction), municipality: isolate(programme.municipality, language.direction) };
    const sentText = record.data.role === 'buddy' ? t.confirm_sentBuddy : t.confirm_sentNewcomer;
    const nextText = hasCoordinator ? fill(t.confirm_nextCoordinator, names) : fill(t.confirm_nextPublisher, { publisher: isolate(settings.publisher, language.direction) });
    const questions = fill(t.confirm_questions, { email: settings.contactEmail });

    const mails: Mail[] = notify.map((to) => ({
      // No personal data in the notification: the coordinator reads the sign-up in the workspace.
      to,
      subject: `Nieuwe aanmelding als ${role} voor ${programme.label} (${programme.municipality})`,
      text:
        `Dag,\n\nEr is een nieuwe aanmelding als ${role} voor ${programme.label} in ${programme.municipality} (referentie ${record.reference}).` +
        (hasCoordinator ? '' : `\n\nDeze buddywerking heeft nog geen coördinator op de website: geef de aanmelding door, of geef iemand toegang op ${siteUrl}/coordinator/beheer.`) +
        `\n\nBekijk ze na het inloggen op ${workspace}` +
        signature(settings.siteName),
    }));
    if (email) {
      mails.push({
        to: email,
        replyTo: settings.contactEmail,
        subject: fill(t.mail_subject, names),
        text:
          `${t.mail_greeting}\n\n${t.confirm_title}. ${fill(sentText, names)} ${fill(t.confirm_reference, { reference: record.reference })}\n\n` +
          `${nextText}\n\n${fill(t.mail_notYou, { email: settings.privacyEmail })}\n\n` +
          fill(t.mail_privacy, { months: env().retentionMonths, email: settings.privacyEmail }) +
          signature(settings.siteName, t.mail_regards),
      });
    }
    const html = confirmationHtml({
      title: t.confirm_title,
      sent: fill(escapeHtml(sentText), { programme: `<strong>${escapeHtml(names.programme)}</strong>`, municipality: escapeHtml(names.municipality) }),
      next: [escapeHtml(nextText), escapeHtml(email ? t.confirm_mailSent : t.confirm_phoneOnly), escapeHtml(questions)],
      reference: record.reference,
      words: { nextTitle: t.confirm_nextTitle, reference: t.confirm_reference, home: t.confirm_home, homePath: language.tag === 'nl' ? '/' : localePath(language.tag, '/buddy/') },
    });
    return { mails, confirmation: { title: t.confirm_title, html, lang: language.tag, dir: language.direction } };
  },
});

export const config: Config = { path: '/api/signup', method: 'POST' };
