/**
 * POST /coordinator/duo/evaluatie: a single-use link to the mid-term evaluation for one member of a
 * duo. The page shows the link to print or pass on; it is also mailed, through the queue, when the
 * intake confirms the sign-up's e-mail address was checked with the person (never to an unchecked one).
 * The mail and the form are in Dutch: the evaluation has no translations yet.
 */
import type { Context } from '@netlify/functions';
import { readIntake } from '../../../src/lib/flow-path';
import { audit } from '../audit';
import { signature } from '../confirmation';
import { siteContent } from '../content';
import { transaction } from '../db';
import { duoFirstNames } from '../duos';
import { createEvaluationLink, EVALUATION_LINK_DAYS } from '../evaluations';
import { personById } from '../flow';
import { deliverAfterResponse, enqueue } from '../mail-queue';
import type { Person } from '../people';
import { BASE } from '../workspace-pages';
import { formBody, page, programmeLabels, RECORD_ID } from './respond';
import { e, flowHeader } from './flow-html';
import { duoFor } from './duo';

export const EVALUATION_PATH = '/evaluatie';

function evaluationMail(firstName: string, link: string, siteName: string) {
  return {
    subject: 'Hoe loopt het met je duo? Korte tussentijdse evaluatie',
    text:
      `Dag ${firstName},\n\nJullie duo is halverwege. Wil je even laten weten hoe het loopt? Het formulier is kort en werkt één keer:\n\n` +
      `${link}\n\nDe link is ${EVALUATION_LINK_DAYS} dagen geldig. Vragen? Antwoord je coördinator gewoon.${signature(siteName)}`,
  };
}

export async function createEvaluation(req: Request, person: Person, context?: Partial<Pick<Context, 'waitUntil'>>): Promise<Response> {
  const body = await formBody(req);
  const duo = await duoFor(body.get('id'), person);
  if (duo instanceof Response) return duo;
  const memberId = body.get('person') ?? '';
  if (!RECORD_ID.test(memberId) || (memberId !== duo.buddyId && memberId !== duo.newcomerId)) {
    return page(422, 'Fout: evaluatielink', `<h1>Deze persoon hoort niet bij dit duo</h1><p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`);
  }
  const member = await personById(memberId);
  if (!member) return page(404, 'Niet gevonden', `<h1>Deze persoon bestaat niet (meer)</h1><p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`);
  const email = typeof member.signup?.email === 'string' && member.signup.email ? member.signup.email : undefined;
  const checked = Boolean(email && readIntake(member.intake)?.emailChecked);
  const origin = new URL(req.url).origin;
  const { link, mailIds } = await transaction(async (tx) => {
    const token = await createEvaluationLink(tx, duo.id, member.id, 'nl');
    const url = `${origin}${EVALUATION_PATH}?token=${token}`;
    const ids = checked ? await enqueue(tx, [{ to: email!, ...evaluationMail(member.firstName, url, siteContent().settings.siteName) }], member.signup ? member.id : undefined) : [];
    await audit({ actorId: person.id, action: 'evaluation', programme: duo.programme, recordId: duo.id }, tx);
    return { link: url, mailIds: ids };
  });
  deliverAfterResponse(mailIds, context);
  const names = duoFirstNames(duo);
  const main =
    flowHeader(person, `Evaluatielink voor ${member.firstName}`, duo.programme, programmeLabels().get(duo.programme)) +
    `<div class="notice" role="status"><p>${
      checked
        ? `De link is gemaild naar het nagekeken e-mailadres van ${e(member.firstName)}.`
        : `De link is niet gemaild: ${email ? 'het e-mailadres werd bij de intake niet nagekeken' : 'er is geen e-mailadres'}. Druk deze pagina af of geef de link zelf door.`
    }</p></div>` +
    `<p class="lead">Tussentijdse evaluatie van het duo ${e(names.buddy)} en ${e(names.newcomer)}, voor ${e(member.firstName)}. De link werkt één keer en is ${EVALUATION_LINK_DAYS} dagen geldig.</p>` +
    `<p class="evaluation-link"><a href="${e(link)}" id="evaluation-link">${e(link)}</a></p>` +
    `<p>Zonder e-mail? Druk deze pagina af en geef ze mee: ${e(member.firstName)} tikt de link over op een telefoon of computer, of vult het formulier samen met jou in.</p>` +
    `<p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`;
  return page(200, `Evaluatielink voor ${member.firstName}`, main);
}
