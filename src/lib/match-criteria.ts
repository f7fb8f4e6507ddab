/**
 * Why a buddy and a participant would make a good duo, in terms a coordinator can check: hard
 * conditions (a shared contact language when the participant's Dutch is basic; a preference the
 * participant stated from a fixed list) and weighted criteria (shared interests, overlapping
 * day-parts, distance between their postcodes, similar household), each with its own score and one
 * Dutch sentence. Never religion, health or origin: the profile has no field for them.
 * The assignment over a whole group is src/lib/matching.ts.
 */
import { AVAILABILITY, BASIC_DUTCH, LANGUAGES, type DutchLevel } from '../schemas/person-vocabularies';
import { distanceKm } from './postal';
import type { PairScore, Waiting } from './matching';

export interface Profile extends Waiting {
  firstName: string;
  /** ISO 639 codes. */
  languages: string[];
  /** Participants only. */
  dutchLevel?: DutchLevel;
  /** Day-part keys such as "wo-nm". */
  availability: string[];
  /** Interests as words (a shared list plus the person's own). */
  interests: string[];
  /** Centre of the person's postcode. */
  position?: { lat: number; lon: number };
  household?: 'alleen' | 'koppel' | 'gezin';
  /** Only used when the other person states a preference. */
  gender?: 'v' | 'm' | 'x';
  /** A participant's stated preference, from a fixed list. */
  prefersBuddyGender?: 'v' | 'm';
}

export const CRITERIA = {
  interests: 'Gedeelde interesses',
  availability: 'Gemeenschappelijke momenten',
  distance: 'Afstand',
  household: 'Gezinssituatie',
} as const;
export type Criterion = keyof typeof CRITERIA;
export type Weights = Record<Criterion, number>;

/** The programme's starting weights; a coordinator can change them per programme. */
export const DEFAULT_WEIGHTS: Weights = { interests: 3, availability: 3, distance: 2, household: 1 };

/** Beyond this distance the distance criterion gives nothing. */
export const FAR_KM = 20;

export interface Judgement extends PairScore {
  parts: { criterion: Criterion; label: string; value: number; weight: number }[];
  /** The hard conditions that failed, in Dutch; empty when acceptable. */
  refusals: string[];
  /** One Dutch sentence saying why (or why not). */
  sentence: string;
}

const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.dutch ?? code;
const listNl = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);
const norm = (word: string) => word.trim().toLowerCase();

/** What both the quick score and the explanation are computed from, once per pair. */
function measure(buddy: Profile, participant: Profile) {
  const shared = buddy.languages.filter((l) => participant.languages.includes(l));
  const basicDutch = participant.dutchLevel !== undefined && BASIC_DUTCH.includes(participant.dutchLevel);
  const noContactLanguage = basicDutch && !shared.some((l) => l !== 'nl');
  const unmetPreference = Boolean(participant.prefersBuddyGender && buddy.gender !== participant.prefersBuddyGender);
  const interestsB = new Set(buddy.interests.map(norm));
  const interestsP = new Set(participant.interests.map(norm));
  const common = [...interestsB].filter((i) => interestsP.has(i));
  let union = interestsB.size;
  for (const i of interestsP) if (!interestsB.has(i)) union++;
  const moments = buddy.availability.filter((a) => participant.availability.includes(a));
  const km = buddy.position && participant.position ? distanceKm(buddy.position, participant.position) : undefined;
  const values: Record<Criterion, number> = {
    interests: union ? common.length / union : 0,
    // Three shared moments a week is plenty.
    availability: Math.min(1, moments.length / 3),
    distance: km === undefined ? 0.5 : Math.max(0, 1 - km / FAR_KM),
    household: buddy.household && participant.household ? Number(buddy.household === participant.household) : 0.5,
  };
  return { shared, noContactLanguage, unmetPreference, common, moments, km, values };
}

const CRITERION_KEYS = Object.keys(CRITERIA) as Criterion[];
const rounded = (value: number) => Math.round(value * 100) / 100;
function weightedScore(values: Record<Criterion, number>, weights: Weights): number {
  const total = CRITERION_KEYS.reduce((sum, c) => sum + weights[c], 0) || 1;
  return CRITERION_KEYS.reduce((sum, c) => sum + rounded(values[c]) * weights[c], 0) / total;
}

/**
 * Whether a pair is acceptable and its score, without the words: what the assignment over a whole
 * group needs for every pair (judgePair explains the few pairs a coordinator reads, with the same result).
 */
export function scorePair(buddy: Profile, participant: Profile, weights: Weights = DEFAULT_WEIGHTS): PairScore {
  const m = measure(buddy, participant);
  return { acceptable: !m.noContactLanguage && !m.unmetPreference, score: weightedScore(m.values, weights) };
}

export function judgePair(buddy: Profile, participant: Profile, weights: Weights = DEFAULT_WEIGHTS): Judgement {
  const { shared, noContactLanguage, unmetPreference, common, moments, km, values } = measure(buddy, participant);
  const refusals: string[] = [];
  if (noContactLanguage) refusals.push(`geen gemeenschappelijke taal naast het Nederlands, dat ${participant.firstName} nog maar weinig spreekt`);
  if (unmetPreference) refusals.push(`${participant.firstName} vroeg een ${participant.prefersBuddyGender === 'v' ? 'vrouwelijke' : 'mannelijke'} buddy`);
  const parts = CRITERION_KEYS.map((criterion) => ({ criterion, label: CRITERIA[criterion], value: rounded(values[criterion]), weight: weights[criterion] }));
  const score = weightedScore(values, weights);

  const reasons = [
    shared.length ? `beiden spreken ${listNl(shared.map(languageName))}` : 'geen gemeenschappelijke taal',
    moments.length ? `${moments.length === 1 ? '1 gemeenschappelijk moment' : `${moments.length} gemeenschappelijke momenten`} (${listNl(moments.slice(0, 3).map((m) => AVAILABILITY[m as keyof typeof AVAILABILITY] ?? m))})` : 'geen gemeenschappelijk moment in de week',
    km === undefined ? 'afstand niet gekend' : `${Math.round(km)} km uit elkaar`,
    common.length ? `samen: ${listNl(common.slice(0, 3))}` : 'geen gedeelde interesses',
  ];
  const sentence = refusals.length
    ? `Geen duo: ${listNl(refusals)}.`
    : `${buddy.firstName} en ${participant.firstName}: ${listNl(reasons)}.`;
  return { acceptable: refusals.length === 0, score, parts, refusals, sentence: sentence[0].toUpperCase() + sentence.slice(1) };
}
