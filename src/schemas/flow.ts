/**
 * The path of a person through a programme (issue 13), defined once: the statuses with their Dutch
 * names, why someone stops, why a duo ends. The database repeats the status keys in a CHECK
 * (netlify/database/migrations/0002_programme_flow.sql).
 */
import { labelledEnum } from './meta';

/** In order of the path; 'stopped' can follow any status before 'finished'. */
export const STATUSES = {
  new: 'nieuw',
  'intake-planned': 'intake gepland',
  'intake-done': 'intake gedaan',
  waiting: 'wacht op een match',
  matched: 'gekoppeld',
  finished: 'afgerond',
  stopped: 'gestopt',
} as const;
export type Status = keyof typeof STATUSES;
export const statusSchema = labelledEnum(STATUSES);

/** Statuses that end a person's path: retention runs from the moment one is reached. */
export const CLOSED_STATUSES: readonly Status[] = ['finished', 'stopped'];

export const STOP_REASONS = {
  'no-contact': 'geen contact meer',
  'no-time': 'geen tijd meer',
  moved: 'verhuisd',
  'no-need': 'geen nood meer aan een buddy',
  'no-match': 'geen passende match gevonden',
  other: 'andere reden',
} as const;
export const stopReasonSchema = labelledEnum(STOP_REASONS);

export const DUO_END_REASONS = {
  completed: 'looptijd afgerond',
  'goals-reached': 'doelen bereikt',
  'no-click': 'klikte niet',
  'no-contact': 'geen contact meer',
  moved: 'verhuisd',
  other: 'andere reden',
} as const;
export const duoEndReasonSchema = labelledEnum(DUO_END_REASONS);
