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

  // Sign-up: the choice between the two forms, then the form of each role.
  signup_title: 'Aanmelden bij {programme} in {municipality}',
  signup_lead: 'Wil je buddy worden? Of zoek je een buddy? Kies wat bij jou past.',
  signup_chooseBuddy: 'Ik wil buddy worden',
  signup_chooseNewcomer: 'Ik zoek een buddy',
  signup_buddyTitle: 'Buddy worden bij {programme} in {municipality}',
  signup_newcomerTitle: 'Een buddy zoeken bij {programme} in {municipality}',
  signup_formLead: 'Vul dit formulier in. Daarna neemt de buddywerking contact met je op. Jullie maken een afspraak om kennis te maken.',
  // Texts with a `_buddy` and a `_newcomer` variant: what the sign-up is for differs per role.
  signup_requiredNote_buddy: 'Velden met (verplicht) moet je invullen. We vragen alleen wat nodig is om een nieuwkomer te vinden die bij je past.',
  signup_requiredNote_newcomer: 'Velden met (verplicht) moet je invullen. We vragen alleen wat nodig is om een goede buddy te zoeken.',
  signup_otherRole: 'Toch iets anders? Terug naar de keuze.',
  signup_submit: 'Aanmelding versturen',

  // The parts of a form every language needs (summary, marks).
  form_required: 'verplicht',
  form_error: 'Fout',
  form_summaryOne: 'Er is 1 probleem met het formulier',
  form_summaryMany: 'Er zijn {count} problemen met het formulier',
  form_trap: 'Laat dit veld leeg',
  field_form: 'Formulier',
  form_unavailable: '{label}: je gegevens konden nu niet bewaard worden. Ze staan hieronder nog. Probeer het over enkele minuten opnieuw. Of mail ze naar {email}.',
  form_tooMany: '{label}: er kwamen van op jouw netwerk veel formulieren kort na elkaar. Je gegevens staan hieronder nog. Verstuur ze opnieuw over {minutes} min. Of mail ze naar {email}.',
  form_retry: '{label}: we konden je formulier niet verwerken. Kijk je gegevens hieronder na en klik opnieuw op de knop.',
  form_tooFast: '{label}: het formulier werd heel snel verstuurd. Kijk je gegevens hieronder na en klik opnieuw op de knop.',
  // Refusals before the form's values can be read: a page with only this message, under this title.
  form_refused: 'Je formulier kon niet verwerkt worden',
  form_badFormat: '{label}: dit formaat wordt niet aanvaard. Verstuur het formulier vanaf de pagina zelf.',
  form_otherSite: '{label}: dit formulier kan alleen vanaf deze website verstuurd worden. Ga naar {link} en verstuur het daar.',
  form_tooLarge: '{label}: je gegevens zijn te lang (meer dan {kb} kB). Ga terug met de knop Terug van je browser. Maak de langste teksten korter en verstuur opnieuw.',
  form_incomplete: '{label}: je gegevens kwamen niet volledig aan. Ga terug met de knop Terug van je browser en verstuur opnieuw.',

  // The sign-up's fields: label (also the start of every message about the field) and help.
  field_programme: 'Buddywerking',
  field_role: 'Rol',
  field_formLanguage: 'Taal van het formulier',
  field_name: 'Naam',
  field_email: 'E-mailadres',
  field_email_hint: 'Geef je e-mailadres of je telefoonnummer, of allebei. Met een e-mailadres krijg je een bevestiging.',
  field_phone: 'Telefoonnummer',
  field_phone_hint: 'Dan kunnen we je ook bellen.',
  field_postalCode: 'Postcode',
  field_postalCode_hint: 'Vier cijfers, bijvoorbeeld 3800.',
  field_languages: 'Talen',
  field_languages_hint: 'Welke talen spreek je? Kies er een of meer.',
  field_languages_search: 'Zoek een taal',
  field_languages_noMatch: 'Geen taal gevonden. Schrijf ze bij Andere talen.',
  field_otherLanguages: 'Andere talen',
  field_otherLanguages_hint: 'Staat je taal niet in de lijst? Schrijf ze hier.',
  field_availability: 'Vrije momenten',
  field_availability_hint: 'Wanneer heb je meestal tijd? Kies alle momenten die passen.',
  field_dutchLevel: 'Je Nederlands',
  field_dutchLevel_hint: 'Hoe goed spreek je Nederlands? Kies wat het best past.',
  field_interests: 'Interesses',
  field_interests_hint_buddy: 'Wat doe je graag? Sport, koken, wandelen … Zo vinden we een nieuwkomer die bij je past.',
  field_interests_hint_newcomer: 'Wat doe je graag? Sport, koken, wandelen … Zo vinden we een buddy die bij je past.',
  field_motivation: 'Motivatie',
  field_motivation_hint: 'Waarom wil je buddy worden?',
  field_consent: 'Privacy',
  field_consent_text_buddy: 'Ik ga akkoord. De buddywerking mag mijn gegevens gebruiken om een nieuwkomer voor mij te zoeken.',
  field_consent_text_newcomer: 'Ik ga akkoord. De buddywerking mag mijn gegevens gebruiken om een buddy te zoeken.',
  field_privacyVersion: 'Privacyverklaring',
  field_optional: 'Niet verplicht.',

  // The week grid and the Dutch levels.
  day_ma: 'maandag',
  day_di: 'dinsdag',
  day_wo: 'woensdag',
  day_do: 'donderdag',
  day_vr: 'vrijdag',
  day_za: 'zaterdag',
  day_zo: 'zondag',
  dayPart_vm: 'voormiddag',
  dayPart_nm: 'namiddag',
  dayPart_av: 'avond',
  dayPart_day: 'Dag',
  level_geen: 'Ik spreek nog geen Nederlands.',
  level_beetje: 'Ik ken een paar woorden Nederlands.',
  level_eenvoudig: 'Ik kan een eenvoudig gesprek voeren in het Nederlands.',
  level_goed: 'Ik spreek goed Nederlands.',

  // Privacy beside the consent box.
  privacy_title: 'Wat doen we met je gegevens?',
  privacy_summary_buddy: 'Alleen de mensen van de buddywerking en de beheerders van deze website zien je gegevens. We gebruiken ze alleen om een nieuwkomer voor je te zoeken. We bewaren ze niet langer dan nodig. Je mag ze altijd laten wissen.',
  privacy_summary_newcomer: 'Alleen de mensen van de buddywerking en de beheerders van deze website zien je gegevens. We gebruiken ze alleen om een buddy te zoeken. We bewaren ze niet langer dan nodig. Je mag ze altijd laten wissen.',
  privacy_link: 'Lees de hele privacyverklaring',
  privacy_dutchOnly: '(in het Nederlands)',

  // Messages per kind of problem; {label} is the field's label in the same language.
  error_missing: '{label}: vul dit in.',
  error_tooShort: '{label}: dit is te kort. Kijk het na.',
  error_tooLong: '{label}: gebruik hoogstens {max} tekens.',
  error_format: '{label}: dit klopt niet. Kijk het na.',
  error_atLeastOne: '{label}: kies er minstens één.',
  error_choice: '{label}: kies een van de mogelijkheden.',
  error_control: '{label}: gebruik geen onzichtbare tekens of regeleindes.',
  error_name_missing: '{label}: vul je naam in.',
  error_email_format: '{label}: schrijf een e-mailadres zoals {example}.',
  error_email_missing: '{label}: geef je e-mailadres of je telefoonnummer.',
  error_phone_format: '{label}: gebruik alleen cijfers, spaties en + / . of -.',
  error_phone_tooShort: '{label}: dit nummer is te kort. Geef je volledige nummer, met minstens {minDigits} cijfers. Bijvoorbeeld 0470 12 34 56.',
  error_phone_tooLong: '{label}: dit nummer is te lang. Een telefoonnummer heeft hoogstens {maxDigits} cijfers. Geef één nummer.',
  error_postalCode_format: '{label}: schrijf de 4 cijfers van je postcode. Bijvoorbeeld 3800.',
  error_languages_atLeastOne: '{label}: kies minstens één taal.',
  error_availability_atLeastOne: '{label}: kies minstens één moment.',
  error_dutchLevel_choice: '{label}: kies wat het best bij jou past.',
  error_consent_choice: '{label}: vink het vakje aan als je akkoord gaat.',
  error_privacyVersion_choice: '{label}: de privacyverklaring is veranderd. Laad de pagina opnieuw en lees ze.',
  error_programme_closed: '{label}: deze buddywerking neemt geen aanmeldingen via deze website.',

  // After sending: the confirmation page and the mail (mails only go to people who gave an address).
  confirm_title: 'Je aanmelding is goed aangekomen',
  confirm_sentBuddy: 'Je meldde je aan als buddy bij {programme} in {municipality}.',
  confirm_sentNewcomer: 'Je zoekt een buddy bij {programme} in {municipality}.',
  confirm_nextTitle: 'Wat gebeurt er nu?',
  confirm_nextCoordinator: 'De coördinator van {programme} neemt contact met je op. Jullie maken een afspraak om kennis te maken.',
  confirm_nextPublisher: '{publisher} geeft je aanmelding door aan de buddywerking. Daarna neemt iemand contact met je op.',
  confirm_mailSent: 'Je krijgt ook een e-mail. Zie je die niet? Kijk dan bij je ongewenste mail.',
  confirm_phoneOnly: 'Je gaf geen e-mailadres. Daarom krijg je geen e-mail. We bellen je op het telefoonnummer dat je gaf.',
  confirm_reference: 'Je referentie is {reference}. Schrijf ze op. Noem ze als je ons belt of mailt.',
  confirm_questions: 'Heb je een vraag? Mail naar {email}.',
  confirm_home: 'Terug naar de startpagina',
  mail_subject: 'Je aanmelding bij {programme}',
  mail_greeting: 'Dag,',
  mail_notYou: 'Heb je je niet zelf aangemeld? Dan mag je deze mail negeren. Of mail naar {email}. Dan wissen we de gegevens.',
  mail_privacy: 'We bewaren je gegevens hoogstens {months} maanden. Wil je ze zien, laten verbeteren of laten wissen? Mail naar {email}.',
  mail_regards: 'Met vriendelijke groeten,',

  // The mid-term evaluation a duo member fills in (the questions themselves come from the starter kit's
  // template and are translated under templateTexts), its answers and the mail with the link.
  evaluation_title: 'Tussentijdse evaluatie',
  evaluation_lead: 'Hoe loopt het met jullie duo? Vul in wat je wil; één antwoord is genoeg. Alleen je coördinator leest het.',
  evaluation_submit: 'Versturen',
  evaluation_empty: 'Beantwoord minstens één vraag.',
  evaluation_thanksTitle: 'Dank je wel!',
  evaluation_thanksText: 'Je antwoorden zijn bewaard. Je coördinator bekijkt ze en neemt contact op als er iets bij te sturen valt.',
  evaluation_usedTitle: 'Deze evaluatie is al ingevuld',
  evaluation_usedText: 'Een link werkt maar één keer, en deze werd al gebruikt. Dank je wel! Wil je nog iets kwijt? Neem dan contact op met je coördinator.',
  evaluation_expiredTitle: 'Deze link is verlopen',
  evaluation_expiredText: 'Vraag je coördinator om een nieuwe link.',
  evaluation_unknownTitle: 'Deze link werkt niet',
  evaluation_unknownText: 'Kijk of je de hele link overnam. Of vraag je coördinator om een nieuwe link.',
  evaluation_mailSubject: 'Hoe loopt het met je duo? Korte tussentijdse evaluatie',
  evaluation_mailGreeting: 'Dag {name},',
  evaluation_mailText: 'Jullie duo is halverwege. Wil je even laten weten hoe het loopt? Het formulier is kort en werkt één keer:',
  evaluation_mailValid: 'De link is {days} dagen geldig. Vragen? Antwoord je coördinator gewoon.',
  evaluation_printText: 'Open deze link op een telefoon of computer. De link werkt één keer en is {days} dagen geldig. Je kan het formulier ook samen met je coördinator invullen.',
  // What a duo agreed, in words the site makes (the form fills them into the template's placeholders).
  duo_frequency: '{count} keer per maand',
  duo_frequencyOpen: 'in onderling overleg',
  duo_duration: '{count} maanden',
  duo_durationOpen: 'geen vaste einddatum',
} as const;

/** Fills in `{name}` values. A value that is missing is an error, never an empty gap. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Tekst zonder waarde voor {${name}}: "${text}"`);
    return String(values[name]);
  });
}

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
  /**
   * The starter kit's texts a person reads in this language (the mid-term evaluation form): each with the
   * Dutch template text it translates, placeholders such as {{frequentie}} kept. The build fails when a
   * template text has none (src/lib/site-manifest-build.ts).
   */
  templateTexts: z
    .array(
      z.object({
        source: z
          .string()
          .trim()
          .min(1, 'De Nederlandse tekst van het sjabloon ontbreekt')
          .meta(words({ title: 'Nederlandse tekst', hint: 'Zoals in het sjabloon, met {{…}} erin.' })),
        text: z
          .string()
          .trim()
          .min(1, 'De vertaling is leeg')
          .meta(words({ title: 'Vertaling', hint: 'Laat {{…}} staan: daar komt bv. de naam van de buddywerking.', multiline: true })),
      }),
    )
    .meta(words({ title: 'Teksten van sjablonen', hint: 'De vragen van de tussentijdse evaluatie, met de Nederlandse tekst als hulp.' })),
});
export type TranslationData = z.infer<typeof translationSchema>;
