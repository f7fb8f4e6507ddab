/**
 * The list of languages (src/schemas/person-vocabularies.ts) named in a page's language, each with
 * its own name in its own script: "Arabisch (العربية)" on a Dutch page, "Arabic (العربية)" on an
 * English one. Dutch names come from the list itself; other languages' names from the Unicode CLDR
 * data every browser and Node ship (Intl.DisplayNames), so no translator has to write 37 names.
 */
import { LANGUAGES } from '../schemas/person-vocabularies';

export interface NamedLanguage {
  value: string;
  label: string;
  /** Its own name, when it differs from the label. */
  own?: { text: string; lang: string };
}

const cache = new Map<string, NamedLanguage[]>();

export function languagesNamedIn(tag: string): NamedLanguage[] {
  const cached = cache.get(tag);
  if (cached) return cached;
  const names = tag === 'nl' ? undefined : new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
  const named = LANGUAGES.map((l) => {
    const name = names?.of(l.code) ?? l.dutch;
    const label = name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
    return { value: l.code, label, ...(label !== l.own && { own: { text: l.own, lang: l.code } }) };
  });
  cache.set(tag, named);
  return named;
}

/** A language's Dutch name ("Arabisch"), for the coordinator; the code itself when it is not in the list. */
export const dutchLanguageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.dutch ?? code;
