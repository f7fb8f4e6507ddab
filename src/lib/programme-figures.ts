/**
 * A programme's figures for its coordinator (issue 13): sign-ups per month, median waiting time, share
 * matched, running duos, closings by reason. Pure: records in, figures out. No figure is computed from
 * fewer than MIN_PEOPLE people: such a figure is "too few", never a number, so nobody can be recognised
 * in it.
 */
import type { Status } from '../schemas/flow';

export const MIN_PEOPLE = 5;
export const TOO_FEW_TEXT = 'te weinig mensen om een cijfer te tonen';

/** A number, or the statement that fewer than MIN_PEOPLE people stand behind it. */
export type Figure = { value: number; people: number } | { tooFew: true };

/** `value` computed from `people` people: shown only from MIN_PEOPLE on. */
export const figure = (value: number, people: number): Figure => (people >= MIN_PEOPLE ? { value, people } : { tooFew: true });

/** The median of a list (the mean of the two middle values for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of values from as many people, under the MIN_PEOPLE rule. */
export const medianFigure = (values: readonly number[]): Figure => (values.length >= MIN_PEOPLE ? figure(median(values)!, values.length) : { tooFew: true });

export interface FigurePerson {
  role: 'buddy' | 'newcomer';
  status: Status;
  stopReason: string | null;
  /** When they signed up (or, for an imported person, the date in their row). */
  createdAt: Date;
  /** When they first started waiting for a match, and when they were first matched. */
  waitingAt: Date | null;
  matchedAt: Date | null;
}

export interface FigureDuo {
  endedOn: string | null;
  endReason: string | null;
}

export interface ProgrammeFigures {
  /** The last `months` calendar months (Belgian time), oldest first, with the sign-ups in each. */
  signupsPerMonth: { month: string; signups: Figure }[];
  /** Days from waiting to the first match, for people who were matched. */
  medianDaysToMatch: Figure;
  /** Days waited so far, for people waiting now. */
  medianDaysWaitingNow: Figure;
  /** Percentage of the people who ever waited for a match that were matched. */
  shareMatched: Figure;
  /** Duos running now (two people each). */
  runningDuos: Figure;
  /** Ended duos by end reason, stopped people by stop reason. */
  duosEndedByReason: { reason: string; count: Figure }[];
  peopleStoppedByReason: { reason: string; count: Figure }[];
}

const DAY = 86_400_000;
const monthKey = (date: Date) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: 'Europe/Brussels' }).format(date).slice(0, 7);

/** The last `count` month keys ("2026-11"), oldest first, ending with the month of `now`. */
export function lastMonths(now: Date, count: number): string[] {
  const [year, month] = monthKey(now).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null, perItem: number): { reason: string; count: Figure }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item) ?? 'unknown';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => ({ reason, count: figure(n, n * perItem) }));
}

export function programmeFigures(people: readonly FigurePerson[], duos: readonly FigureDuo[], now: Date, months = 12): ProgrammeFigures {
  const perMonth = new Map<string, number>();
  for (const p of people) perMonth.set(monthKey(p.createdAt), (perMonth.get(monthKey(p.createdAt)) ?? 0) + 1);
  const everWaited = people.filter((p) => p.waitingAt);
  const matched = everWaited.filter((p) => p.matchedAt);
  const running = duos.filter((d) => !d.endedOn).length;
  return {
    signupsPerMonth: lastMonths(now, months).map((month) => {
      const n = perMonth.get(month) ?? 0;
      return { month, signups: figure(n, n) };
    }),
    medianDaysToMatch: medianFigure(matched.map((p) => Math.max(0, Math.floor((p.matchedAt!.getTime() - p.waitingAt!.getTime()) / DAY)))),
    medianDaysWaitingNow: medianFigure(people.filter((p) => p.status === 'waiting' && p.waitingAt).map((p) => Math.max(0, Math.floor((now.getTime() - p.waitingAt!.getTime()) / DAY)))),
    shareMatched: figure(everWaited.length ? Math.round((matched.length / everWaited.length) * 100) : 0, everWaited.length),
    runningDuos: figure(running, running * 2),
    duosEndedByReason: countBy(duos.filter((d) => d.endedOn), (d) => d.endReason, 2),
    peopleStoppedByReason: countBy(people.filter((p) => p.status === 'stopped'), (p) => p.stopReason, 1),
  };
}
