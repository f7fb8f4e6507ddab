/**
 * POST /coordinator/duo/evaluatie: a single-use link to the mid-term evaluation for one member of a
 * duo. The page shows the link to print or pass on; it is also mailed, through the queue, when the
 * intake confirms the sign-up's e-mail address was checked with the person (never to an unchecked one).
 * The link carries the person's language (the sign-up's form language, or one the coordinator chose):
 * the form, the mail and the printed part of this page are in it; the coordinator's words stay Dutch.
 */
import type { Context } from '@netlify/functions';
import { readIntake } from '../../../src/lib/flow-path';
import { audit } from '../audit';
import { signature } from '../confirmation';
import { siteContent } from '../content';
import { transaction } from '../db';
import { duoFirstNames } from '../duos';
import { createEvaluationLink, EVALUATION_LINK_DAYS } from '../evaluations';
import { fill, type LanguageStrings } from '../../../src/lib/i18n';
import { personById, type FlowPerson } from '../flow';
import { deliverAfterResponse, enqueue } from '../mail-queue';
import type { Person } from '../people';
import { BASE } from '../workspace-pages';
import { formBody, page, programmeLabels, RECORD_ID } from './respond';
import { e, flowHeader, select } from './flow-html';
import { duoFor } from './duo';

export const EVALUATION_PATH = '/evaluatie';

function evaluationMail({ strings: t }: LanguageStrings, firstName: string, link: string, siteName: string) {
  return {
    subject: t.evaluation_mailSubject,
    text:
      `${fill(t.evaluation_mailGreeting, { name: firstName })}\n\n${t.evaluation_mailText}\n\n` +
      `${link}\n\n${fill(t.evaluation_mailValid, { days: EVALUATION_LINK_DAYS })}${signature(siteName, t.mail_regards)}`,
  };
}

/** The person's language: the sign-up's form language when the site has it, else Dutch (imported and older records). */
export function personLanguage(member: Pick<FlowPerson, 'signup'>): string {
  const tag = member.signup?.formLanguage;
  return typeof tag === 'string' && siteContent().languages.has(tag) ? tag : 'nl';
}

/** The site's languages, named in their own script (and in Dutch, for the coordinator). */
const languageOptions = (): [string, string][] =>
  [...siteContent().languages.values()].map(({ language: l }) => [l.tag, l.tag === 'nl' ? l.name : `${l.name} (${l.dutchName})`]);

/** The button that makes a link for one member of a duo, with the language it will be in (changeable). */
export function evaluationLinkForm(duoId: string, memberId: string, label: string, languageTag: string): string {
  return (
    `<form method="post" action="${BASE}/duo/evaluatie" class="inline-form"><input type="hidden" name="id" value="${e(duoId)}"><input type="hidden" name="person" value="${e(memberId)}">` +
    select({ id: `evaluation-language-${memberId}`, name: 'language', label: 'Taal van het formulier en de mail', value: languageTag, options: languageOptions() }) +
    `<button type="submit" class="button button--secondary">${e(label)}</button></form>`
  );
}

/** The part of the page for the person, in their language: what the printed page says to them. */
function handout({ language, strings: t }: LanguageStrings, firstName: string, link: string): string {
  return (
    `<section class="evaluation-handout" lang="${e(language.tag)}" dir="${language.direction}"><h2>${e(t.evaluation_title)}</h2>` +
    `<p>${e(fill(t.evaluation_mailGreeting, { name: firstName }))}</p><p>${e(fill(t.evaluation_printText, { days: EVALUATION_LINK_DAYS }))}</p>` +
    `<p class="evaluation-link" dir="ltr"><a href="${e(link)}" id="evaluation-link">${e(link)}</a></p></section>`
  );
}

/** A closed duo gets no new links (its open ones ended when it closed). */
const closedDuo = (duoId: string) =>
  page(409, 'Fout: evaluatielink', `<h1>Dit duo is afgesloten</h1><p class="lead">Een afgesloten duo krijgt geen nieuwe evaluatielinks.</p><p><a href="${BASE}/duo?id=${e(duoId)}">Terug naar het duo</a></p>`);

export async function createEvaluation(req: Request, person: Person, context?: Partial<Pick<Context, 'waitUntil'>>): Promise<Response> {
  const body = await formBody(req);
  const duo = await duoFor(body.get('id'), person);
  if (duo instanceof Response) return duo;
  if (duo.endedOn) return closedDuo(duo.id);
  const memberId = body.get('person') ?? '';
  if (!RECORD_ID.test(memberId) || (memberId !== duo.buddyId && memberId !== duo.newcomerId)) {
    return page(422, 'Fout: evaluatielink', `<h1>Deze persoon hoort niet bij dit duo</h1><p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`);
  }
  const member = await personById(memberId);
  if (!member) return page(404, 'Niet gevonden', `<h1>Deze persoon bestaat niet (meer)</h1><p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`);
  const chosen = body.get('language');
  const language = siteContent().languages.get(chosen ?? personLanguage(member));
  if (!language) {
    return page(422, 'Fout: evaluatielink', `<h1>Taal van het formulier: deze taal heeft de website niet</h1><p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`);
  }
  const email = typeof member.signup?.email === 'string' && member.signup.email ? member.signup.email : undefined;
  const checked = Boolean(email && readIntake(member.intake)?.emailChecked);
  const origin = new URL(req.url).origin;
  const made = await transaction(async (tx) => {
    const token = await createEvaluationLink(tx, duo.id, member.id, language.language.tag);
    if (!token) return undefined;
    const url = `${origin}${EVALUATION_PATH}?token=${token}`;
    // The mail says "reply to your coordinator": a reply goes to the coordinator who made the link.
    const mail = { to: email!, replyTo: person.email, ...evaluationMail(language, member.firstName, url, siteContent().settings.siteName) };
    const ids = checked ? await enqueue(tx, [mail], member.signup ? member.id : undefined) : [];
    await audit({ actorId: person.id, action: 'evaluation', programme: duo.programme, recordId: duo.id }, tx);
    return { link: url, mailIds: ids };
  });
  if (!made) return closedDuo(duo.id);
  const { link, mailIds } = made;
  deliverAfterResponse(mailIds, context);
  const names = duoFirstNames(duo);
  // Printed, the page keeps only the part for the person, in their language.
  const main =
    `<div class="no-print">` +
    flowHeader(person, `Evaluatielink voor ${member.firstName}`, duo.programme, programmeLabels().get(duo.programme)) +
    `<div class="notice" role="status"><p>${
      checked
        ? `De link is gemaild naar het nagekeken e-mailadres van ${e(member.firstName)}.`
        : `De link is niet gemaild: ${email ? 'het e-mailadres werd bij de intake niet nagekeken' : 'er is geen e-mailadres'}. Druk deze pagina af of geef de link zelf door.`
    }</p></div>` +
    `<p class="lead">Tussentijdse evaluatie van het duo ${e(names.buddy)} en ${e(names.newcomer)}, voor ${e(member.firstName)}. De link werkt één keer en is ${EVALUATION_LINK_DAYS} dagen geldig.</p>` +
    `<p>Formulier en mail in het ${e(language.language.dutchName)}. Zonder e-mail? Druk deze pagina af en geef ze mee (afgedrukt blijft alleen het deel hieronder): ${e(member.firstName)} tikt de link over op een telefoon of computer, of vult het formulier samen met jou in.</p></div>` +
    handout(language, member.firstName, link) +
    `<p class="no-print"><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`;
  return page(200, `Evaluatielink voor ${member.firstName}`, main);
}
