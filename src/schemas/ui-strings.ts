/**
 * The words of the way in for newcomers (the page that explains a buddy programme, the programme finder
 * and its answers), in plain Dutch: short sentences, everyday words, "je". Dutch is the source; every
 * other language is a content file (content/translations/<tag>.yaml) validated by `translationSchema`:
 * each key required, so a missing translation fails the build and names the language and the key.
 * Each translated text keeps the Dutch text it was made from (`source`), so a changed Dutch text shows
 * up as a translation to redo (src/lib/i18n.ts).
 */
import { z } from 'astro/zod';
import { labelledEnum, words } from './meta';

/** Dutch source texts by key; `{name}` marks a value filled in when the text is used. */
export const DUTCH_STRINGS = {
  nav_pathIn: 'Buddy worden of een buddy zoeken',
  pathIn_title: 'Buddy worden of een buddy zoeken',
  pathIn_lead: 'Een buddy helpt je om je weg te vinden in je gemeente. Samen oefenen jullie Nederlands.',
  pathIn_what_title: 'Wat is een buddywerking?',
  pathIn_what_duo: 'Een buddy is een vrijwilliger. Een buddy en een nieuwkomer vormen samen een duo.',
  pathIn_what_meet: 'Het duo spreekt regelmatig af. Bijvoorbeeld 2 keer per maand.',
  pathIn_what_do: 'Jullie oefenen Nederlands. En jullie doen samen leuke dingen.',
  pathIn_what_choose: 'Jullie kiezen zelf wat jullie doen en wanneer jullie elkaar zien.',
  pathIn_what_time: 'Jullie spreken af voor een tijd. Bijvoorbeeld zes maanden. Dat verschilt per gemeente.',
  pathIn_what_coordinator: 'Een medewerker van de buddywerking zoekt een buddy die bij je past.',
  pathIn_roles_title: 'Wie kan meedoen?',
  pathIn_roles_newcomer: 'Ben je nieuw in België? Dan kan je een buddy zoeken.',
  pathIn_roles_buddy: 'Woon je hier al langer? Dan kan je buddy worden. Je bent dan vrijwilliger.',
  finder_title: 'Is er een buddywerking bij jou in de buurt?',
  finder_label: 'Je postcode of gemeente',
  finder_hint: 'Bijvoorbeeld 3800 of Sint-Truiden.',
  finder_button: 'Zoeken',
  finder_empty: 'Typ je postcode of de naam van je gemeente.',
  finder_unknown: 'We vinden geen postcode of gemeente "{query}". Typ de 4 cijfers van je postcode. Bijvoorbeeld 3800.',
  finder_resultTitle: 'Buddywerkingen voor {place}',
  finder_own: 'In {municipality} is er een buddywerking.',
  finder_ownNoDetails: '{municipality} heeft een buddywerking. We hebben nog geen details.',
  finder_signUp: 'Aanmelden bij {programme}',
  finder_moreInfo: 'Meer over {programme}',
  finder_nearbyTitle: 'Buddywerkingen in de buurt (tot {km} km)',
  finder_nearbyNote: 'Deze buddywerkingen zijn vaak alleen voor mensen die in die gemeente wonen.',
  finder_distance: '{municipality}, {km} km',
  finder_none: 'We kennen geen buddywerking in of vlak bij {place}.',
  finder_askMunicipality: 'Vraag het aan je gemeente of je OCMW. Of mail naar VVSG: {email}.',
  finder_again: 'Opnieuw zoeken',
  language_label: 'Taal',
  language_unchecked: 'Deze vertaling is nog niet nagekeken. Twijfel je? Lees dan de Nederlandse tekst.',
} as const;

export type UiKey = keyof typeof DUTCH_STRINGS;
export const UI_KEYS = Object.keys(DUTCH_STRINGS) as UiKey[];

/** One translated text and the Dutch text it translates. */
const translatedText = (key: UiKey) =>
  z
    .object({
      /** The text in this language. */
      text: z
        .string({ error: `${key}: de vertaling ontbreekt` })
        .trim()
        .min(1, `${key}: de vertaling is leeg`)
        .meta(words({ title: 'Vertaling', hint: `Nederlands: ${DUTCH_STRINGS[key]}`, multiline: true })),
      /** The Dutch text this translation was made from (a changed Dutch text asks for a new translation). */
      source: z
        .string({ error: `${key}: de Nederlandse brontekst ontbreekt` })
        .meta({ ...words({ title: 'Nederlandse brontekst', hint: 'De Nederlandse tekst die vertaald werd.' }), editor: 'hidden' }),
    }, { error: `${key}: de vertaling ontbreekt` })
    .meta(words({ title: key, hint: DUTCH_STRINGS[key] }));

/** A translation of the way in: one content file per language. */
export const translationSchema = z.object({
  /** Language tag (BCP 47), also the first part of the pages' addresses, e.g. "ar" for /ar/buddy/. */
  tag: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'Gebruik de taalcode in kleine letters, bv. ar of prs')
    .meta(words({ title: 'Taalcode', hint: 'BCP 47-code in kleine letters, bv. "ar" (Arabisch) of "prs" (Dari). Bepaalt het webadres.' })),
  /** The language's name in its own script, e.g. "العربية", for the language switcher. */
  name: z
    .string()
    .trim()
    .min(1, 'De naam van de taal mag niet leeg zijn')
    .meta(words({ title: 'Naam in de taal zelf', hint: 'Zoals sprekers ze schrijven, bv. "Français" of "العربية".' })),
  /** The language's name in Dutch, e.g. "Arabisch". */
  dutchName: z
    .string()
    .trim()
    .min(1, 'De Nederlandse naam mag niet leeg zijn')
    .meta(words({ title: 'Naam in het Nederlands', hint: 'Bv. "Arabisch".' })),
  /** Writing direction. */
  direction: labelledEnum({ ltr: 'Van links naar rechts', rtl: 'Van rechts naar links' }).meta(
    words({ title: 'Schrijfrichting', hint: 'Arabisch en Dari schrijven van rechts naar links.' }),
  ),
  /** Who checked this translation (a translator); empty while nobody has: the pages then say so and stay out of search engines. */
  checkedBy: z
    .string()
    .trim()
    .optional()
    .meta(words({ title: 'Nagekeken door', hint: 'Naam van de vertaler die de vertaling naleest. Leeg: de pagina’s zeggen dat ze nog niet nagekeken is.' })),
  /** Every text of the way in, by key. */
  strings: z
    .object(Object.fromEntries(UI_KEYS.map((key) => [key, translatedText(key)])) as Record<UiKey, ReturnType<typeof translatedText>>)
    .strict()
    .meta(words({ title: 'Teksten', hint: 'Elke tekst van de weg naar een buddywerking, met de Nederlandse tekst als hulp.' })),
});
export type TranslationData = z.infer<typeof translationSchema>;
