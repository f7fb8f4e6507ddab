/**
 * The mid-term evaluation form, built from the starter kit's "tussentijdse evaluatie" template: every
 * section after the heading block becomes a group of questions. A line "Label: ____" is a short answer,
 * a lone "____" an answer to the section's heading itself (it has no label of its own, so the heading is
 * not said twice), and a table with columns to tick ("Goed", "Gaat wel", "Niet goed") one choice per row. The template's opening lines (names, date) are known to the
 * workspace and are not asked.
 *
 * The form is shown in the person's language: each template text is translated before its placeholders
 * are filled (the values stay as they are). Choice values and stored answers stay Dutch.
 */
import { parseTemplate, plainText } from './starterkit/markdown';
import { fillPlaceholders, type PlaceholderValues } from './starterkit/placeholders';

/** The starter kit template the form is built from. */
export const EVALUATION_TEMPLATE = 'tussentijdse-evaluatie';

export type Question =
  /** `label` is empty for an answer to the section's heading itself (a lone "____"). */
  | { kind: 'text' | 'long'; name: string; label: string }
  /** `options` are the Dutch values posted and stored; `optionLabels` what the person reads. */
  | { kind: 'choice'; name: string; label: string; options: string[]; optionLabels: string[] };

export interface Section {
  heading: string;
  /** Paragraphs the template says in the section (e.g. what was agreed). */
  intro: string[];
  questions: Question[];
}

/** A template text in the person's language (identity for Dutch). */
export type Translate = (dutch: string) => string;

/** The sections with the template's own texts, placeholders not yet filled. */
function templateSections(body: string): Section[] {
  const sections: Section[] = [];
  let count = 0;
  const next = () => `q${++count}`;
  for (const block of parseTemplate(body)) {
    if (block.type === 'heading') {
      sections.push({ heading: plainText(block.content), intro: [], questions: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    if (block.type === 'paragraph') section.intro.push(plainText(block.content));
    else if (block.type === 'field') {
      const label = plainText(block.label).replace(/:\s*$/, '').trim();
      // Several blank lines in a row are one answer.
      if (!label && section.questions.at(-1)?.kind === 'long' && !section.questions.at(-1)?.label) continue;
      section.questions.push({ kind: label ? 'text' : 'long', name: next(), label });
    } else if (block.type === 'table') {
      const options = block.header.slice(1).map(plainText);
      for (const row of block.rows) section.questions.push({ kind: 'choice', name: next(), label: plainText(row[0]), options, optionLabels: options });
    }
  }
  return sections.filter((s) => s.questions.length);
}

/** Every Dutch text of the form a translation must cover, as written in the template (with its placeholders). */
export function evaluationTexts(body: string): string[] {
  const texts = templateSections(body).flatMap((s) => [
    s.heading,
    ...s.intro,
    ...s.questions.flatMap((q) => (q.kind === 'choice' ? [q.label, ...q.options] : [q.label])),
  ]);
  return [...new Set(texts)].filter(Boolean);
}

export function evaluationSections(body: string, values: PlaceholderValues = {}, translate: Translate = (dutch) => dutch): Section[] {
  const say = (dutch: string) => fillPlaceholders(translate(dutch), values);
  return templateSections(body).map((s) => ({
    heading: say(s.heading),
    intro: s.intro.map(say),
    questions: s.questions.map((q): Question => {
      if (q.kind !== 'choice') return { ...q, label: q.label && say(q.label) };
      return { ...q, label: say(q.label), options: q.options.map((o) => fillPlaceholders(o, values)), optionLabels: q.options.map(say) };
    }),
  }));
}

export const allQuestions = (sections: Section[]) => sections.flatMap((s) => s.questions);

/** What is wrong with a post: a choice that is not one of the options, or no answer at all. */
export type AnswerProblem = { kind: 'choice'; name: string } | { kind: 'empty' };

/** The key an answer is stored under: the question's Dutch words, after its section's heading. */
const answerKey = (section: Section, q: Question) => (q.label ? `${section.heading} · ${q.label}` : section.heading);

/**
 * Stored answers (a jsonb object, whose key order is not kept) in the form's order; answers to questions
 * the template no longer has come after, as they were stored.
 */
export function answersInFormOrder(sections: Section[], answers: Record<string, string>): [string, string][] {
  const keys = sections.flatMap((s) => s.questions.map((q) => answerKey(s, q)));
  const position = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  return Object.entries(answers).sort(([a], [b]) => position(a) - position(b));
}

/**
 * The answers as stored, from the Dutch sections: by the question's words ("Hoe loopt het? · Ons
 * contact"), so a stored evaluation still reads right when the template changes and the coordinator
 * reads it in Dutch whatever the person's language. Unknown choices are refused.
 */
export function answersOf(sections: Section[], form: (name: string) => string | null): { answers: Record<string, string>; problem?: AnswerProblem } {
  const answers: Record<string, string> = {};
  for (const section of sections) {
    for (const q of section.questions) {
      const value = (form(q.name) ?? '').trim().slice(0, 2000);
      if (!value) continue;
      if (q.kind === 'choice' && !q.options.includes(value)) return { answers, problem: { kind: 'choice', name: q.name } };
      answers[answerKey(section, q)] = value;
    }
  }
  if (!Object.keys(answers).length) return { answers, problem: { kind: 'empty' } };
  return { answers };
}
