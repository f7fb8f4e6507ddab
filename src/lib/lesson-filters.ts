/**
 * The lesson library's two filters, kind and theme, as plain addresses so they work without
 * JavaScript: /lessen/, /lessen/<thema>/, /lessen/soort/<soort>/ and /lessen/<thema>/<soort>/.
 */
import { LESSON_KINDS, THEMES, type LessonKind, type Theme } from '../schemas';

export const KIND_SLUGS: Record<LessonKind, string> = { succesfactor: 'succesfactoren', valkuil: 'valkuilen' };
export const KIND_PLURALS: Record<LessonKind, string> = { succesfactor: 'Succesfactoren', valkuil: 'Valkuilen en uitdagingen' };
export const KINDS = Object.keys(LESSON_KINDS) as LessonKind[];
export const ALL_THEMES = Object.keys(THEMES) as Theme[];

export interface LessonFilter {
  theme?: Theme;
  kind?: LessonKind;
}

interface LessonLike {
  data: { theme: Theme; kind: LessonKind };
}

export function lessonFilterUrl({ theme, kind }: LessonFilter): string {
  if (theme && kind) return `/lessen/${theme}/${KIND_SLUGS[kind]}/`;
  if (theme) return `/lessen/${theme}/`;
  if (kind) return `/lessen/soort/${KIND_SLUGS[kind]}/`;
  return '/lessen/';
}

export const matches = (lesson: LessonLike, { theme, kind }: LessonFilter) =>
  (!theme || lesson.data.theme === theme) && (!kind || lesson.data.kind === kind);

/** Every filter combination that has at least one lesson: the pages the build makes. */
export function filterCombinations(lessons: LessonLike[]): LessonFilter[] {
  const combos: LessonFilter[] = [{}];
  for (const theme of ALL_THEMES) if (lessons.some((l) => matches(l, { theme }))) combos.push({ theme });
  for (const kind of KINDS) if (lessons.some((l) => matches(l, { kind }))) combos.push({ kind });
  for (const theme of ALL_THEMES)
    for (const kind of KINDS) if (lessons.some((l) => matches(l, { theme, kind }))) combos.push({ theme, kind });
  return combos;
}
