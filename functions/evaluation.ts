/**
 * The mid-term evaluation form for one member of a duo, at /evaluatie?token=… (the link a coordinator
 * made: single use, only its hash stored). Built from the starter kit's "tussentijdse evaluatie"
 * template (src/lib/evaluation-form.ts); the answers are stored with the duo. No sign-in: the token is
 * the key. A used or expired link says so plainly. Dutch only for now.
 */
import type { Config } from '@netlify/functions';
import { allQuestions, answersOf, evaluationSections, type Question, type Section } from '../src/lib/evaluation-form';
import { escapeHtml as e } from '../src/forms/render';
import { audit } from './_shared/audit';
import { config as settingsOf } from './_shared/config';
import { siteContent } from './_shared/content';
import { DatabaseUnavailable, transaction } from './_shared/db';
import { duoById } from './_shared/duos';
import { answerEvaluation, evaluationLink, type EvaluationLink } from './_shared/evaluations';
import { html, isCrossOrigin, readBody } from './_shared/http';
import { sitePage } from './_shared/page';
import { durationText, frequencyText } from './_shared/workspace/duo';

const answer = (status: number, title: string, main: string) => html(status, sitePage({ title, main }), { 'x-robots-tag': 'noindex' });

const closedLink = (link: EvaluationLink | undefined) =>
  !link
    ? answer(404, 'Deze link werkt niet', '<h1>Deze link werkt niet</h1><p class="lead">Kijk of je de hele link overnam, of vraag je coördinator om een nieuwe.</p>')
    : link.usedAt
      ? answer(410, 'Al ingevuld', '<h1>Deze evaluatie is al ingevuld</h1><p class="lead">Een link werkt maar één keer, en deze werd al gebruikt. Dank je wel! Wil je nog iets kwijt? Neem dan contact op met je coördinator.</p>')
      : answer(410, 'Link verlopen', '<h1>Deze link is verlopen</h1><p class="lead">Vraag je coördinator om een nieuwe link.</p>');

function questionHtml(q: Question, value: string, error?: string): string {
  const id = `evaluation-${q.name}`;
  const err = error ? `<p class="form-error" id="${id}-error"><span class="visually-hidden">Fout: </span>${e(error)}</p>` : '';
  const invalid = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
  if (q.kind === 'choice') {
    const radios = q.options
      .map((option, i) => `<div class="form-checkbox"><input type="radio" id="${i ? `${id}-${i}` : id}" name="${q.name}" value="${e(option)}"${option === value ? ' checked' : ''}${i === 0 ? invalid : ''}><label for="${i ? `${id}-${i}` : id}">${e(option)}</label></div>`)
      .join('');
    return `<fieldset class="form-field"><legend class="form-label">${e(q.label)}</legend>${err}${radios}</fieldset>`;
  }
  const control = q.kind === 'long' ? `<textarea id="${id}" name="${q.name}" rows="4"${invalid}>${e(value)}</textarea>` : `<input type="text" id="${id}" name="${q.name}" value="${e(value)}"${invalid}>`;
  return `<div class="form-field"><label class="form-label" for="${id}">${e(q.label)}</label>${err}${control}</div>`;
}

function formPage(token: string, sections: Section[], values: URLSearchParams, error?: { name?: string; message: string }, status = 200) {
  const body = sections
    .map(
      (s) =>
        `<h2>${e(s.heading)}</h2>${s.intro.map((p) => `<p>${e(p)}</p>`).join('')}` +
        s.questions.map((q) => questionHtml(q, values.get(q.name) ?? '', error?.name === q.name ? error.message : undefined)).join(''),
    )
    .join('');
  const summary = error
    ? `<div class="error-summary" role="alert" tabindex="-1"><h2>Controleer het formulier</h2><ul><li>${error.name ? `<a href="#evaluation-${error.name}">${e(error.message)}</a>` : e(error.message)}</li></ul></div>`
    : '';
  const main =
    `<h1>Tussentijdse evaluatie</h1><p class="lead">Hoe loopt het met jullie duo? Vul in wat je wil; één antwoord is genoeg. Alleen je coördinator leest het.</p>` +
    `<form method="post" action="/evaluatie" class="form" novalidate>${summary}<input type="hidden" name="token" value="${e(token)}">${body}` +
    `<button type="submit" class="button">Versturen</button></form>`;
  return answer(status, `${error ? 'Fout: ' : ''}Tussentijdse evaluatie`, main);
}

async function sectionsFor(link: EvaluationLink): Promise<Section[]> {
  const template = siteContent().templates.get('tussentijdse-evaluatie');
  if (!template) throw new Error('Het sjabloon tussentijdse-evaluatie ontbreekt in het manifest van de bouw');
  const duo = await duoById(link.duoId);
  const programme = duo ? siteContent().programmes.get(duo.programme) : undefined;
  return evaluationSections(template.body, {
    programma: programme?.label,
    duur: duo ? durationText(duo.durationMonths) : undefined,
    frequentie: duo ? frequencyText(duo.meetingsPerMonth) : undefined,
  });
}

async function route(req: Request): Promise<Response> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const token = new URL(req.url).searchParams.get('token') ?? '';
    const link = await evaluationLink(token);
    if (!link || link.usedAt || link.expired) return closedLink(link);
    return formPage(token, await sectionsFor(link), new URLSearchParams());
  }
  if (req.method !== 'POST') return answer(405, 'Niet toegestaan', '<h1>Niet toegestaan</h1>');
  if (isCrossOrigin(req, settingsOf().allowedOrigins)) return answer(403, 'Niet toegestaan', '<h1>Niet toegestaan</h1><p class="lead">Dit formulier kan alleen vanaf deze website.</p>');
  const body = new URLSearchParams(await readBody(req, 64 * 1024));
  const token = body.get('token') ?? '';
  const link = await evaluationLink(token);
  if (!link || link.usedAt || link.expired) return closedLink(link);
  const sections = await sectionsFor(link);
  const { answers, error } = answersOf(sections, (name) => body.get(name));
  if (error) {
    const question = allQuestions(sections).find((q) => error.startsWith(`${q.label}:`));
    return formPage(token, sections, body, { name: question?.name ?? allQuestions(sections)[0]?.name, message: error }, 422);
  }
  const stored = await transaction(async (tx) => {
    const done = await answerEvaluation(tx, token, answers);
    if (done) await audit({ actorId: null, action: 'evaluation', recordId: link.duoId }, tx);
    return done;
  });
  if (!stored) return closedLink(await evaluationLink(token));
  return answer(200, 'Dank je wel', '<h1>Dank je wel!</h1><p class="lead">Je antwoorden zijn bewaard. Je coördinator bekijkt ze en neemt contact op als er iets bij te sturen valt.</p>');
}

export default async (req: Request): Promise<Response> => {
  try {
    return await route(req);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailable)) throw error;
    console.error('[evaluatie] database onbereikbaar');
    return answer(503, 'Even niet beschikbaar', '<h1>Het formulier is even niet beschikbaar</h1><p class="lead">Probeer het over enkele minuten opnieuw.</p>');
  }
};

export const config: Config = { path: '/evaluatie' };
