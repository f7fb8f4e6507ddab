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
}

export const DUTCH: LanguageStrings = {
  language: { tag: 'nl', name: 'Nederlands', dutchName: 'Nederlands', direction: 'ltr', checked: true },
  strings: { ...DUTCH_STRINGS },
};

/** A translation file as the site uses it; its file name must be its tag (the tag is in its addresses). */
export function fromTranslation(id: string, data: TranslationData): LanguageStrings {
  if (id !== data.tag) throw new Error(`content/translations/${id}.yaml: de taalcode is "${data.tag}", de bestandsnaam moet ${data.tag}.yaml zijn`);
  return {
    language: { tag: data.tag, name: data.name, dutchName: data.dutchName, direction: data.direction, checked: Boolean(data.checkedBy) },
    strings: Object.fromEntries(UI_KEYS.map((key) => [key, data.strings[key].text])) as Strings,
  };
}

/** Keys whose Dutch text changed after they were translated: they need a new translation. */
export const outdatedKeys = (data: TranslationData): UiKey[] => UI_KEYS.filter((key) => data.strings[key].source !== DUTCH_STRINGS[key]);

/**
 * A name in another script (a programme, a municipality) inside a right-to-left sentence: wrapped in
 * Unicode's first-strong isolate so "Samen op pad" keeps its own order and does not pull the words around it.
 */
export const isolate = (text: string, direction: 'ltr' | 'rtl') => (direction === 'rtl' ? `\u2068${text}\u2069` : text);

/** The address of a page in a language: Dutch at the path itself, other languages under /<tag>/. */
export const localePath = (tag: string, path: string) => (tag === 'nl' ? path : `/${tag}${path}`);
