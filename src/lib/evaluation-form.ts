/**
 * The mid-term evaluation form, built from the starter kit's "tussentijdse evaluatie" template: every
 * section after the heading block becomes a group of questions. A line "Label: ____" is a short answer,
 * a lone "____" an answer in the section's own words, and a table with columns to tick ("Goed", "Gaat
 * wel", "Niet goed") one choice per row. The template's opening lines (names, date) are known to the
 * workspace and are not asked.
 */
import { fillBlocks, parseTemplate, plainText } from './starterkit/markdown';
import type { PlaceholderValues } from './starterkit/placeholders';

export type Question =
  | { kind: 'text' | 'long'; name: string; label: string }
  | { kind: 'choice'; name: string; label: string; options: string[] };

export interface Section {
  heading: string;
  /** Paragraphs the template says in the section (e.g. what was agreed). */
  intro: string[];
  questions: Question[];
}

export function evaluationSections(body: string, values: PlaceholderValues = {}): Section[] {
  const sections: Section[] = [];
  let count = 0;
  const next = () => `q${++count}`;
  for (const block of fillBlocks(parseTemplate(body), values)) {
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
      if (!label && section.questions.at(-1)?.kind === 'long' && section.questions.at(-1)?.label === section.heading) continue;
      section.questions.push(label ? { kind: 'text', name: next(), label } : { kind: 'long', name: next(), label: section.heading });
    } else if (block.type === 'table') {
      const options = block.header.slice(1).map(plainText);
      for (const row of block.rows) section.questions.push({ kind: 'choice', name: next(), label: plainText(row[0]), options });
    }
  }
  return sections.filter((s) => s.questions.length);
}

export const allQuestions = (sections: Section[]) => sections.flatMap((s) => s.questions);

/**
 * The answers as stored: by the question's words ("Hoe loopt het? · Ons contact"), so a stored
 * evaluation still reads right when the template changes. Unknown choices are refused by the caller.
 */
export function answersOf(sections: Section[], form: (name: string) => string | null): { answers: Record<string, string>; error?: string } {
  const answers: Record<string, string> = {};
  for (const section of sections) {
    for (const q of section.questions) {
      const value = (form(q.name) ?? '').trim().slice(0, 2000);
      if (!value) continue;
      if (q.kind === 'choice' && !q.options.includes(value)) return { answers, error: `${q.label}: kies een van de mogelijkheden` };
      answers[q.label === section.heading ? section.heading : `${section.heading} · ${q.label}`] = value;
    }
  }
  if (!Object.keys(answers).length) return { answers, error: 'Formulier: beantwoord minstens één vraag' };
  return { answers };
}
