/**
 * The path of a person through a programme, as pure rules the workspace follows: which status a
 * coordinator may choose next, how long someone has waited, what an intake starts from (the sign-up's
 * answers), and the matching profile an intake gives.
 */
import type { Status } from '../schemas/flow';
import { INTERESTS, intakeSchema, type Intake } from '../schemas/intake';
import { AVAILABILITY, DUTCH_LEVELS, LANGUAGES } from '../schemas/person-vocabularies';
import type { Profile } from './match-criteria';
import { centreOf, type Locality } from './postal';

/**
 * The moves a coordinator makes by hand. The others follow from an action: saving an intake sets
 * 'intake-done', accepting a duo sets 'matched', closing a duo sets 'waiting', 'finished' or 'stopped'.
 */
export const MANUAL_MOVES: Record<Status, Status[]> = {
  new: ['intake-planned', 'stopped'],
  'intake-planned': ['new', 'stopped'],
  'intake-done': ['waiting', 'stopped'],
  waiting: ['intake-done', 'stopped'],
  matched: [],
  finished: [],
  stopped: [],
};

export const canMove = (from: Status, to: Status) => MANUAL_MOVES[from].includes(to);

/** Statuses whose intake can still be written or changed. */
export const INTAKE_STATUSES: readonly Status[] = ['new', 'intake-planned', 'intake-done', 'waiting', 'matched'];

const DAY = 86_400_000;
/** Whole days between two moments (0 on the first day). */
export const daysSince = (since: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY));

/** A person's first name: the first word of the name they gave. */
export const firstNameOf = (name: unknown) => (typeof name === 'string' ? name.trim().split(/\s+/)[0] ?? '' : '');

const norm = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** ISO codes from a list of codes or from free text such as "Nederlands, Frans" (older sign-ups). */
export function languageCodesFrom(value: unknown): string[] {
  const known = new Set(LANGUAGES.map((l) => l.code));
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && known.has(v));
  if (typeof value !== 'string') return [];
  const words = value.split(/[,;/]|\sen\s|\band\b/).map(norm).filter(Boolean);
  return LANGUAGES.filter((l) => words.some((w) => w === norm(l.dutch) || w === norm(l.own) || w === l.code)).map((l) => l.code);
}

/** Day-part keys from a list (newer sign-ups); free text (older ones) gives none: the coordinator asks. */
export const availabilityFrom = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v in AVAILABILITY) : [];

/** What the intake form starts with: the stored intake, or else the sign-up's answers where they exist. */
export function intakeStart(stored: unknown, signup: Record<string, unknown>): Record<string, unknown> {
  if (stored && typeof stored === 'object') return stored as Record<string, unknown>;
  const start: Record<string, unknown> = {
    languages: languageCodesFrom(signup.languages),
    availability: availabilityFrom(signup.availability),
    interests: [],
  };
  if (typeof signup.postalCode === 'string') start.postalCode = signup.postalCode;
  if (typeof signup.dutchLevel === 'string' && signup.dutchLevel in DUTCH_LEVELS) start.dutchLevel = signup.dutchLevel;
  if (typeof signup.interests === 'string') {
    const words = signup.interests.split(/[,;\n]|\sen\s/).map((w) => w.trim()).filter(Boolean);
    const listed = Object.entries(INTERESTS).filter(([, label]) => words.some((w) => norm(w) === norm(label))).map(([key]) => key);
    start.interests = listed;
    start.otherInterests = words.filter((w) => !Object.values(INTERESTS).some((label) => norm(label) === norm(w))).join(', ') || undefined;
  }
  return start;
}

/** The intake as stored (read defensively: a record from an older intake version may lack fields). */
export function readIntake(stored: unknown): Intake | undefined {
  const parsed = intakeSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The centre of a postcode's localities, if the postcode is known. */
export function positionOf(postalCode: string | undefined, localities: Locality[]) {
  const found = postalCode ? localities.filter((l) => l.postalCode === postalCode) : [];
  return found.length ? centreOf(found) : undefined;
}

/** The matching profile of a waiting person with an intake. */
export function profileOf(
  person: { id: string; firstName: string; waitingDays: number },
  intake: Intake,
  localities: Locality[],
): Profile {
  const own = (intake.otherInterests ?? '').split(',').map((w) => w.trim()).filter(Boolean);
  return {
    id: person.id,
    firstName: person.firstName,
    waitingDays: person.waitingDays,
    languages: intake.languages,
    dutchLevel: intake.dutchLevel,
    availability: intake.availability,
    interests: [...intake.interests.map((key) => INTERESTS[key]), ...own],
    position: positionOf(intake.postalCode, localities),
    household: intake.household,
    gender: intake.gender,
    prefersBuddyGender: intake.prefersBuddyGender,
  };
}
