/**
 * The mid-term evaluation form for one member of a duo, at /evaluatie?token=… (the link a coordinator
 * made: single use, only its hash stored). Built from the starter kit's "tussentijdse evaluatie"
 * template (src/lib/evaluation-form.ts); the answers are stored with the duo. No sign-in: the token is
 * the key. A used or expired link says so plainly. Everything is in the link's language (the person's);
 * the answers are stored in Dutch, keyed by the Dutch questions, for the coordinator.
 */
import type { Config } from '@netlify/functions';
import { allQuestions, answersOf, type AnswerProblem, type Question, type Section } from '../src/lib/evaluation-form';
import { DUTCH, fill, preferredLanguage, type Language, type LanguageStrings, type Strings } from '../src/lib/i18n';
import { escapeHtml as e } from '../src/forms/render';
import { audit } from './_shared/audit';
import { config as settingsOf } from './_shared/config';
import { siteContent } from './_shared/content';
import { DatabaseUnavailable, transaction } from './_shared/db';
import { duoById } from './_shared/duos';
import { duoEvaluationSections } from './_shared/evaluation-sections';
import { answerEvaluation, evaluationLink, type EvaluationLink } from './_shared/evaluations';
import { html, isCrossOrigin, readBody } from './_shared/http';
import { sitePage } from './_shared/page';

const answer = (status: number, title: string, main: string, language: Language = DUTCH.language, headers: Record<string, string> = {}) =>
  html(status, sitePage({ title, main, lang: language.tag, dir: language.direction }), { 'x-robots-tag': 'noindex', ...headers });

/** The link's language as the site has it (a translation could have been removed since): else Dutch. */
const languageOf = (link: EvaluationLink | undefined): LanguageStrings => (link && siteContent().languages.get(link.language)) || DUTCH;

/** A page with a heading and one lead paragraph, in the link's language. */
const notice = (status: number, { language }: LanguageStrings, title: string, lead: string, headers: Record<string, string> = {}) =>
  answer(status, title, `<h1>${e(title)}</h1><p class="lead">${e(lead)}</p>`, language, headers);

/**
 * A used or expired link answers in its own language. An unknown one has none: it answers in the language
 * the browser asks for, if the site has it, else in Dutch.
 */
const closedLink = (link: EvaluationLink | undefined, req: Request) => {
  if (!link) {
    const tag = preferredLanguage(req.headers.get('accept-language'), siteContent().languages);
    const lang = (tag && siteContent().languages.get(tag)) || DUTCH;
    return notice(404, lang, lang.strings.evaluation_unknownTitle, lang.strings.evaluation_unknownText, { vary: 'Accept-Language' });
  }
  const lang = languageOf(link);
  const t = lang.strings;
  return link.usedAt ? notice(410, lang, t.evaluation_usedTitle, t.evaluation_usedText) : notice(410, lang, t.evaluation_expiredTitle, t.evaluation_expiredText);
};

/** `headingId`: the section's heading, which names a question without a label of its own. */
function questionHtml(q: Question, value: string, t: Strings, headingId: string, error?: string): string {
  const id = `evaluation-${q.name}`;
  const err = error ? `<p class="form-error" id="${id}-error"><span class="visually-hidden">${e(t.form_error)}: </span>${e(error)}</p>` : '';
  const invalid = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
  if (q.kind === 'choice') {
    const radios = q.options
      .map((option, i) => `<div class="form-checkbox"><input type="radio" id="${i ? `${id}-${i}` : id}" name="${q.name}" value="${e(option)}"${option === value ? ' checked' : ''}${i === 0 ? invalid : ''}><label for="${i ? `${id}-${i}` : id}">${e(q.optionLabels[i])}</label></div>`)
      .join('');
    return `<fieldset class="form-field"><legend class="form-label">${e(q.label)}</legend>${err}${radios}</fieldset>`;
  }
  const named = q.label ? invalid : ` aria-labelledby="${headingId}"${invalid}`;
  const control = q.kind === 'long' ? `<textarea id="${id}" name="${q.name}" rows="4"${named}>${e(value)}</textarea>` : `<input type="text" id="${id}" name="${q.name}" value="${e(value)}"${named}>`;
  return `<div class="form-field">${q.label ? `<label class="form-label" for="${id}">${e(q.label)}</label>` : ''}${err}${control}</div>`;
}

/** The message for what is wrong with a post, in the person's language, and the question it belongs to. */
function problemMessage(problem: AnswerProblem, sections: Section[], t: Strings): { name?: string; message: string } {
  if (problem.kind === 'empty') return { name: allQuestions(sections)[0]?.name, message: t.evaluation_empty };
  const question = allQuestions(sections).find((q) => q.name === problem.name);
  return { name: problem.name, message: fill(t.error_choice, { label: question?.label ?? '' }) };
}

function formPage(token: string, lang: LanguageStrings, sections: Section[], values: URLSearchParams, error?: { name?: string; message: string }, status = 200) {
  const t = lang.strings;
  const body = sections
    .map(
      (s, i) =>
        `<h2 id="evaluation-section-${i + 1}">${e(s.heading)}</h2>${s.intro.map((p) => `<p>${e(p)}</p>`).join('')}` +
        s.questions.map((q) => questionHtml(q, values.get(q.name) ?? '', t, `evaluation-section-${i + 1}`, error?.name === q.name ? error.message : undefined)).join(''),
    )
    .join('');
  const summary = error
    ? `<div class="error-summary" role="alert" tabindex="-1"><h2>${e(t.form_summaryOne)}</h2><ul><li>${error.name ? `<a href="#evaluation-${error.name}">${e(error.message)}</a>` : e(error.message)}</li></ul></div>`
    : '';
  const main =
    `<h1>${e(t.evaluation_title)}</h1><p class="lead">${e(t.evaluation_lead)}</p>` +
    `<form method="post" action="/evaluatie" class="form" novalidate>${summary}<input type="hidden" name="token" value="${e(token)}">${body}` +
    `<button type="submit" class="button">${e(t.evaluation_submit)}</button></form>`;
  return answer(status, `${error ? `${t.form_error}: ` : ''}${t.evaluation_title}`, main, lang.language);
}

/** The form twice: in Dutch (what is posted and stored) and as the person reads it. */
async function sectionsFor(link: EvaluationLink, lang: LanguageStrings): Promise<{ dutch: Section[]; shown: Section[] }> {
  const duo = await duoById(link.duoId);
  return { dutch: duoEvaluationSections(duo), shown: duoEvaluationSections(duo, lang) };
}

async function route(req: Request): Promise<Response> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const token = new URL(req.url).searchParams.get('token') ?? '';
    const link = await evaluationLink(token);
    if (!link || link.usedAt || link.expired) return closedLink(link, req);
    const lang = languageOf(link);
    return formPage(token, lang, (await sectionsFor(link, lang)).shown, new URLSearchParams());
  }
  if (req.method !== 'POST') return answer(405, 'Niet toegestaan', '<h1>Niet toegestaan</h1>');
  if (isCrossOrigin(req, settingsOf().allowedOrigins)) return answer(403, 'Niet toegestaan', '<h1>Niet toegestaan</h1><p class="lead">Dit formulier kan alleen vanaf deze website.</p>');
  const body = new URLSearchParams(await readBody(req, 64 * 1024));
  const token = body.get('token') ?? '';
  const link = await evaluationLink(token);
  if (!link || link.usedAt || link.expired) return closedLink(link, req);
  const lang = languageOf(link);
  const { dutch, shown } = await sectionsFor(link, lang);
  const { answers, problem } = answersOf(dutch, (name) => body.get(name));
  if (problem) return formPage(token, lang, shown, body, problemMessage(problem, shown, lang.strings), 422);
  const stored = await transaction(async (tx) => {
    const done = await answerEvaluation(tx, token, answers);
    if (done) await audit({ actorId: null, action: 'evaluation', recordId: link.duoId }, tx);
    return done;
  });
  if (!stored) return closedLink(await evaluationLink(token), req);
  return notice(200, lang, lang.strings.evaluation_thanksTitle, lang.strings.evaluation_thanksText);
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
