/**
 * The languages of the way in: Dutch (the source, src/schemas/ui-strings.ts) and each translation in
 * content/translations/. Pages, the finder's function and the tests all take their words from here.
 */
import { DUTCH_STRINGS, UI_KEYS, type TranslationData, type UiKey } from '../schemas/ui-strings';

export { fill } from '../schemas/ui-strings';

export interface Language {
  /** BCP 47 tag, e.g. "ar"; Dutch is "nl". */
  tag: string;
  /** Its name in its own script, for the language switcher. */
  name: string;
  dutchName: string;
  direction: 'ltr' | 'rtl';
  /** A translator checked it (Dutch always counts as checked). */
  checked: boolean;
}

export type Strings = Record<UiKey, string>;

export interface LanguageStrings {
  language: Language;
  strings: Strings;
  /** The starter kit's texts by their Dutch text (empty for Dutch itself). */
  templateTexts: Record<string, string>;
}

export const DUTCH: LanguageStrings = {
  language: { tag: 'nl', name: 'Nederlands', dutchName: 'Nederlands', direction: 'ltr', checked: true },
  strings: { ...DUTCH_STRINGS },
  templateTexts: {},
};

/** A translation file as the site uses it; its file name must be its tag (the tag is in its addresses). */
export function fromTranslation(id: string, data: TranslationData): LanguageStrings {
  if (id !== data.tag) throw new Error(`content/translations/${id}.yaml: de taalcode is "${data.tag}", de bestandsnaam moet ${data.tag}.yaml zijn`);
  return {
    language: { tag: data.tag, name: data.name, dutchName: data.dutchName, direction: data.direction, checked: Boolean(data.checkedBy) },
    strings: Object.fromEntries(UI_KEYS.map((key) => [key, data.strings[key].text])) as Strings,
    templateTexts: Object.fromEntries(data.templateTexts.map((t) => [t.source, t.text])),
  };
}

/**
 * A template text in a language; a text without a translation is an error naming both (the build checks
 * every one with `untranslatedTemplateTexts`, so a function never meets one).
 */
export function templateText({ language, templateTexts }: LanguageStrings, dutch: string): string {
  if (language.tag === 'nl') return dutch;
  const text = templateTexts[dutch];
  if (text === undefined) throw new Error(`content/translations/${language.tag}.yaml: de sjabloontekst "${dutch}" is niet vertaald`);
  return text;
}

/** The Dutch template texts a translation lacks, as errors naming the language and the text. */
export const untranslatedTemplateTexts = (tag: string, data: TranslationData, dutchTexts: string[]): string[] => {
  const translated = new Set(data.templateTexts.map((t) => t.source));
  return dutchTexts.filter((dutch) => !translated.has(dutch)).map((dutch) => `content/translations/${tag}.yaml: de sjabloontekst "${dutch}" is niet vertaald`);
};

/**
 * Template translations made from a Dutch text the templates no longer have: the Dutch changed, so the
 * translation needs redoing (the new Dutch text is then also missing, which fails the build).
 */
export const outdatedTemplateTexts = (data: TranslationData, dutchTexts: string[]): string[] => {
  const current = new Set(dutchTexts);
  return data.templateTexts.map((t) => t.source).filter((source) => !current.has(source));
};

/** Keys whose Dutch text changed after they were translated: they need a new translation. */
export const outdatedKeys = (data: TranslationData): UiKey[] => UI_KEYS.filter((key) => data.strings[key].source !== DUTCH_STRINGS[key]);

/**
 * A name in another script (a programme, a municipality) inside a right-to-left sentence: wrapped in
 * Unicode's first-strong isolate so "Samen op pad" keeps its own order and does not pull the words around it.
 */
export const isolate = (text: string, direction: 'ltr' | 'rtl') => (direction === 'rtl' ? `\u2068${text}\u2069` : text);

/** The address of a page in a language: Dutch at the path itself, other languages under /<tag>/. */
export const localePath = (tag: string, path: string) => (tag === 'nl' ? path : `/${tag}${path}`);

/**
 * The site language a browser asks for first (Accept-Language, by weight), for a page that has no language
 * of its own; undefined when it asks for none the site has. A tag matches on its first subtag ("ar-MA": ar);
 * Persian ("fa", and "fa-AF" as Afghan phones send it) is read as Dari, the site's language in that script.
 */
export function preferredLanguage(header: string | null | undefined, available: { has(tag: string): boolean }): string | undefined {
  const asked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [range, ...params] = part.trim().toLowerCase().split(';');
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: range.trim(), q: weight ? Number(weight.slice(2)) : 1, index };
    })
    .filter((a) => a.tag && a.tag !== '*' && a.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of asked) {
    const primary = tag.split('-')[0];
    const match = [tag, primary === 'fa' ? 'prs' : primary].find((t) => available.has(t));
    if (match) return match;
  }
  return undefined;
}
