/** The site's one door to the content collections: sorted lists, programmes, counts, integrity. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { findBrokenReferences, referencesOf, type EntryRefs } from './integrity';
import { DUTCH, fromTranslation, type LanguageStrings } from './i18n';
import { SIGNUP_ROLE_SLUGS } from './format';
import type { SignupRole } from '../schemas/signup';

export type Practice = CollectionEntry<'practices'>;
export type Municipality = CollectionEntry<'municipalities'>;
export type Handbook = CollectionEntry<'handbooks'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Programme = Municipality['data']['programmes'][number];

/** A programme with the municipality that runs it; `id` is "municipality/programme". */
export interface ProgrammeEntry {
  id: string;
  programme: Programme;
  municipality: Municipality;
  /** Name to show: the local name, or the practice's title when the source gives none. */
  label: string;
}

const byDutch = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

let loaded: Promise<{
  practices: Practice[];
  municipalities: Municipality[];
  handbooks: Handbook[];
  lessons: Lesson[];
}> | undefined;

/** Loads every collection once per build and refuses to go on with a broken reference. */
export function loadContent() {
  loaded ??= (async () => {
    const [practices, municipalities, handbooks, lessons] = await Promise.all([
      getCollection('practices'),
      getCollection('municipalities'),
      getCollection('handbooks'),
      getCollection('lessons'),
    ]);
    const all = { practices, municipalities, handbooks, lessons };
    const existing = Object.fromEntries(Object.entries(all).map(([name, list]) => [name, new Set(list.map((e) => e.id))]));
    const entries: EntryRefs[] = Object.entries(all).flatMap(([collection, list]) =>
      list.map((e) => ({
        collection,
        id: e.id,
        file: (e as { filePath?: string }).filePath ?? `${collection}/${e.id}`,
        references: referencesOf(collection, e.data as Record<string, unknown>),
      })),
    );
    const broken = findBrokenReferences(entries, existing);
    if (broken.length) throw new Error(`Kapotte verwijzingen in de inhoud:\n${broken.join('\n')}`);
    practices.sort((a, b) => byDutch.compare(a.data.title, b.data.title));
    municipalities.sort((a, b) => byDutch.compare(a.data.name, b.data.name));
    handbooks.sort((a, b) => byDutch.compare(a.data.title, b.data.title));
    lessons.sort((a, b) => byDutch.compare(a.data.statement, b.data.statement));
    return all;
  })();
  return loaded;
}

export async function getSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.json ontbreekt');
  return entry.data;
}

export function programmesOf(municipality: Municipality, practices: Practice[]): ProgrammeEntry[] {
  // Two unnamed programmes in one municipality (Lokeren) would both be called after their practice:
  // there, the target group the source gives tells them apart.
  const unnamed = municipality.data.programmes.filter((p) => !p.name).length;
  return municipality.data.programmes.map((programme) => {
    const practice = practices.find((p) => p.id === programme.practice.id);
    const title = practice?.data.title ?? 'Buddywerking';
    return {
      id: `${municipality.id}/${programme.slug}`,
      programme,
      municipality,
      label: programme.name ?? (unnamed > 1 && programme.targetGroup ? `${title} voor ${programme.targetGroup}` : title),
    };
  });
}

export async function allProgrammes(): Promise<ProgrammeEntry[]> {
  const { municipalities, practices } = await loadContent();
  return municipalities.flatMap((m) => programmesOf(m, practices));
}

/** A sign-up page: a programme that takes sign-ups, in a language, with a role for the form pages. */
export interface SignupPage {
  entry: ProgrammeEntry;
  current: LanguageStrings;
  languages: LanguageStrings[];
  role?: SignupRole;
}

/**
 * The paths and props of the sign-up pages: Dutch (`translated: false`) or every translation (with a
 * `lang` parameter), the choice page (`roles: false`) or the two form pages (with a `role` slug).
 */
export async function signupPages({ translated, roles }: { translated: boolean; roles: boolean }) {
  const programmes = (await allProgrammes()).filter((p) => p.programme.acceptsSignups);
  const languages = await loadLanguages();
  const currents = languages.filter((l) => (l.language.tag !== 'nl') === translated);
  const roleList: (SignupRole | undefined)[] = roles ? ['buddy', 'newcomer'] : [undefined];
  return currents.flatMap((current) =>
    programmes.flatMap((entry) =>
      roleList.map((role) => ({
        params: {
          ...(translated && { lang: current.language.tag }),
          municipality: entry.municipality.id,
          programme: entry.programme.slug,
          ...(role && { role: SIGNUP_ROLE_SLUGS[role] }),
        },
        props: { entry, current, languages, role } satisfies SignupPage,
      })),
    ),
  );
}

/** Counts shown on the site: always computed from the content, never typed in. */
export async function contentCounts() {
  const { practices, municipalities, handbooks, lessons } = await loadContent();
  const programmes = municipalities.reduce((sum, m) => sum + m.data.programmes.length, 0);
  return {
    practices: practices.length,
    municipalities: municipalities.length,
    programmes,
    handbooks: handbooks.length,
    lessons: lessons.length,
  };
}

export const compareDutch = byDutch.compare;

/** The way in's languages: Dutch first, then each translation in the content (by tag). */
export async function loadLanguages(): Promise<LanguageStrings[]> {
  const translations = await getCollection('translations');
  return [DUTCH, ...translations.map((t) => fromTranslation(t.id, t.data)).sort((a, b) => a.language.tag.localeCompare(b.language.tag))];
}
