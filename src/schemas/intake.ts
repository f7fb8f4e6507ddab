/**
 * The intake: what a coordinator writes down in the first conversation with a buddy or a newcomer,
 * following the starter kit's intake templates (content/templates/intake-*.md). Stored as JSON in
 * flow_people.intake and read by the match suggestions (src/lib/match-criteria.ts). Preferences come
 * from a fixed list: never religion, health or origin.
 */
import { z } from 'astro/zod';
import { optionalText } from './form-fields';
import { labelledEnum, words } from './meta';
import { availabilitySchema, dutchLevelSchema, languageCodeSchema } from './person-vocabularies';

/** The shared list of interests (the intake template's "Wat wil je samen doen?" and common hobbies). */
export const INTERESTS = {
  'nederlands-oefenen': 'Nederlands oefenen',
  'gemeente-leren-kennen': 'De gemeente en de buurt leren kennen',
  sport: 'Sport',
  wandelen: 'Wandelen',
  fietsen: 'Fietsen',
  cultuur: 'Cultuur (museum, film, muziek)',
  koken: 'Koken',
  verenigingen: 'Verenigingen',
  'nieuwe-mensen': 'Nieuwe mensen leren kennen',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  tuinieren: 'Tuinieren',
  spelletjes: 'Spelletjes',
  kinderen: 'Activiteiten met kinderen',
} as const;

export const HOUSEHOLDS = { alleen: 'alleenstaand', koppel: 'met een partner', gezin: 'gezin met kinderen' } as const;
export const GENDERS = { v: 'vrouw', m: 'man', x: 'anders of zegt het liever niet' } as const;
/** The preferences a newcomer may state (fixed list); the matching treats them as hard conditions. */
export const BUDDY_GENDER_PREFERENCES = { v: 'een vrouwelijke buddy', m: 'een mannelijke buddy' } as const;

const POSTCODE_MESSAGE = 'Postcode: geef een Belgische postcode van vier cijfers';

export const intakeSchema = z.object({
  /** Interests from the shared list. */
  interests: z.array(labelledEnum(INTERESTS, 'Interesses: kies uit de lijst')).default([]).meta(words({ title: 'Interesses' })),
  /** Other interests in the person's words, separated by commas. */
  otherInterests: optionalText('Andere interesses', { max: 500 }),
  /** ISO 639 codes. */
  languages: z
    .array(languageCodeSchema.meta({ title: 'Talen' }), { error: 'Talen: kies minstens één taal' })
    .min(1, 'Talen: kies minstens één taal')
    .meta(words({ title: 'Talen' })),
  /** Day-parts of the week ("wo-nm"). */
  availability: z.array(availabilitySchema).default([]).meta(words({ title: 'Beschikbaarheid' })),
  postalCode: z
    .string({ error: POSTCODE_MESSAGE })
    .trim()
    .regex(/^[1-9][0-9]{3}$/, POSTCODE_MESSAGE)
    .meta(words({ title: 'Postcode' })),
  household: labelledEnum(HOUSEHOLDS, 'Gezinssituatie: kies uit de lijst').optional().meta(words({ title: 'Gezinssituatie' })),
  /** Newcomers only. */
  dutchLevel: dutchLevelSchema.optional().meta(words({ title: 'Nederlands' })),
  /** Only asked so that a newcomer's preference for a buddy's gender can be met. */
  gender: labelledEnum(GENDERS, 'Gender: kies uit de lijst').optional().meta(words({ title: 'Gender' })),
  /** Newcomers only: a stated preference from the fixed list. */
  prefersBuddyGender: labelledEnum(BUDDY_GENDER_PREFERENCES, 'Voorkeur: kies uit de lijst').optional().meta(words({ title: 'Voorkeur voor de buddy' })),
  expectations: optionalText('Verwachtingen', { max: 2000, multiline: true }),
  notes: optionalText('Opmerkingen', { max: 2000, multiline: true }),
  /** The coordinator checked the e-mail address with the person: only then does the workspace mail them. */
  emailChecked: z.boolean().default(false).meta(words({ title: 'E-mailadres nagekeken' })),
});
export type Intake = z.infer<typeof intakeSchema>;
