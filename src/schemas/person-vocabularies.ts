/**
 * The fixed lists a sign-up, an intake and the matching share (defined once): the languages people
 * speak (ISO 639 codes, named in Dutch and in the language itself), the parts of the week they are
 * free, and a newcomer's Dutch in everyday words.
 */
import { labelledEnum } from './meta';

/** A language: its ISO 639 code (639-1 where there is one, else 639-3), its Dutch name and its own. */
export interface LanguageOption {
  code: string;
  dutch: string;
  own: string;
}

/**
 * Languages newcomers and buddies in Flanders often speak (the largest groups of Flemish integration
 * courses, the languages of the way in, Belgium's own). Not a closed list in life: a person can add
 * another language in words.
 */
export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'nl', dutch: 'Nederlands', own: 'Nederlands' },
  { code: 'fr', dutch: 'Frans', own: 'Français' },
  { code: 'en', dutch: 'Engels', own: 'English' },
  { code: 'de', dutch: 'Duits', own: 'Deutsch' },
  { code: 'ar', dutch: 'Arabisch', own: 'العربية' },
  { code: 'prs', dutch: 'Dari', own: 'دری' },
  { code: 'fa', dutch: 'Perzisch (Farsi)', own: 'فارسی' },
  { code: 'ps', dutch: 'Pasjtoe', own: 'پښتو' },
  { code: 'ku', dutch: 'Koerdisch', own: 'Kurdî' },
  { code: 'tr', dutch: 'Turks', own: 'Türkçe' },
  { code: 'uk', dutch: 'Oekraïens', own: 'Українська' },
  { code: 'ru', dutch: 'Russisch', own: 'Русский' },
  { code: 'pl', dutch: 'Pools', own: 'Polski' },
  { code: 'ro', dutch: 'Roemeens', own: 'Română' },
  { code: 'bg', dutch: 'Bulgaars', own: 'Български' },
  { code: 'sq', dutch: 'Albanees', own: 'Shqip' },
  { code: 'es', dutch: 'Spaans', own: 'Español' },
  { code: 'pt', dutch: 'Portugees', own: 'Português' },
  { code: 'it', dutch: 'Italiaans', own: 'Italiano' },
  { code: 'ti', dutch: 'Tigrinya', own: 'ትግርኛ' },
  { code: 'am', dutch: 'Amhaars', own: 'አማርኛ' },
  { code: 'so', dutch: 'Somalisch', own: 'Soomaali' },
  { code: 'om', dutch: 'Oromo', own: 'Afaan Oromoo' },
  { code: 'sw', dutch: 'Swahili', own: 'Kiswahili' },
  { code: 'ln', dutch: 'Lingala', own: 'Lingála' },
  { code: 'rw', dutch: 'Kinyarwanda', own: 'Ikinyarwanda' },
  { code: 'ur', dutch: 'Urdu', own: 'اردو' },
  { code: 'hi', dutch: 'Hindi', own: 'हिन्दी' },
  { code: 'bn', dutch: 'Bengaals', own: 'বাংলা' },
  { code: 'ne', dutch: 'Nepalees', own: 'नेपाली' },
  { code: 'ta', dutch: 'Tamil', own: 'தமிழ்' },
  { code: 'zh', dutch: 'Chinees', own: '中文' },
  { code: 'vi', dutch: 'Vietnamees', own: 'Tiếng Việt' },
  { code: 'hy', dutch: 'Armeens', own: 'Հայերեն' },
  { code: 'ka', dutch: 'Georgisch', own: 'ქართული' },
  { code: 'sr', dutch: 'Servisch', own: 'Српски' },
  { code: 'bs', dutch: 'Bosnisch', own: 'Bosanski' },
] as const;

/** A language code as a choice whose label is "Dutch name (own name)". */
export const languageCodeSchema = labelledEnum(
  Object.fromEntries(LANGUAGES.map((l) => [l.code, l.dutch === l.own ? l.dutch : `${l.dutch} (${l.own})`])) as Record<string, string>,
);

/** The days of the week and the parts of a day people say they are free. */
export const DAYS = { ma: 'maandag', di: 'dinsdag', wo: 'woensdag', do: 'donderdag', vr: 'vrijdag', za: 'zaterdag', zo: 'zondag' } as const;
export const DAY_PARTS = { vm: 'voormiddag', nm: 'namiddag', av: 'avond' } as const;
/** "wo-nm" is Wednesday afternoon: 21 choices, as a week grid. */
export const AVAILABILITY = Object.fromEntries(
  Object.entries(DAYS).flatMap(([day, dayName]) => Object.entries(DAY_PARTS).map(([part, partName]) => [`${day}-${part}`, `${dayName}${partName}`])),
) as Record<`${keyof typeof DAYS}-${keyof typeof DAY_PARTS}`, string>;
export const availabilitySchema = labelledEnum(AVAILABILITY);

/** A newcomer's Dutch, as they would say it themselves. */
export const DUTCH_LEVELS = {
  geen: 'Ik spreek nog geen Nederlands.',
  beetje: 'Ik ken een paar woorden Nederlands.',
  eenvoudig: 'Ik kan een eenvoudig gesprek voeren in het Nederlands.',
  goed: 'Ik spreek goed Nederlands.',
} as const;
export type DutchLevel = keyof typeof DUTCH_LEVELS;
export const dutchLevelSchema = labelledEnum(DUTCH_LEVELS);
/** Levels at which a buddy and newcomer need another language in common (a hard condition when matching). */
export const BASIC_DUTCH: readonly DutchLevel[] = ['geen', 'beetje'];
