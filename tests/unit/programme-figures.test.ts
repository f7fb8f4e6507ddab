/** A programme's figures (src/lib/programme-figures.ts): the median, and no figure from fewer than 5 people. */
import { describe, expect, it } from 'vitest';
import { figure, lastMonths, median, medianFigure, programmeFigures, type FigurePerson } from '../../src/lib/programme-figures';

const now = new Date('2026-11-23T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
const person = (overrides: Partial<FigurePerson>): FigurePerson => ({
  role: 'buddy',
  status: 'new',
  stopReason: null,
  createdAt: day('2026-11-02'),
  waitingAt: null,
  matchedAt: null,
  ...overrides,
});

describe('median', () => {
  it('the middle value of an odd count, the mean of the two middle values of an even count, unsorted input', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
    // Not the mean: one long wait does not pull it up.
    expect(median([3, 4, 5, 6, 400])).toBe(5);
  });
});

describe('no figure from fewer than 5 people', () => {
  it('4 people is too few, 5 is a figure', () => {
    expect(figure(4, 4)).toEqual({ tooFew: true });
    expect(figure(5, 5)).toEqual({ value: 5, people: 5 });
    expect(medianFigure([1, 2, 3, 4])).toEqual({ tooFew: true });
    expect(medianFigure([1, 2, 3, 4, 50])).toEqual({ value: 3, people: 5 });
  });

  it('counts sign-ups per month (Belgian time) and hides months with fewer than 5', () => {
    const people = [
      ...Array.from({ length: 5 }, () => person({ createdAt: day('2026-11-02') })),
      ...Array.from({ length: 4 }, () => person({ createdAt: day('2026-10-15') })),
      // 31 October 23:30 UTC is 1 November in Brussels.
      person({ createdAt: new Date('2026-10-31T23:30:00Z') }),
    ];
    const figures = programmeFigures(people, [], now, 3);
    expect(figures.signupsPerMonth).toEqual([
      { month: '2026-09', signups: { tooFew: true } },
      { month: '2026-10', signups: { tooFew: true } },
      { month: '2026-11', signups: { value: 6, people: 6 } },
    ]);
  });

  it('median waiting time and share matched only from 5 people who waited', () => {
    const waited = (days: number, matched: boolean) =>
      person({ waitingAt: day('2026-09-01'), matchedAt: matched ? new Date(day('2026-09-01').getTime() + days * 86_400_000) : null, status: matched ? 'matched' : 'waiting' });
    const four = [waited(10, true), waited(20, true), waited(30, true), waited(0, false)];
    expect(programmeFigures(four, [], now)).toMatchObject({ medianDaysToMatch: { tooFew: true }, shareMatched: { tooFew: true } });
    const eight = [...four, waited(40, true), waited(50, true), waited(0, false), waited(0, false)];
    const figures = programmeFigures(eight, [], now);
    expect(figures.medianDaysToMatch).toEqual({ value: 30, people: 5 });
    expect(figures.shareMatched).toEqual({ value: 63, people: 8 });
    // Three waiting now (since 1 September: 83 days): too few.
    expect(figures.medianDaysWaitingNow).toEqual({ tooFew: true });
  });

  it('running duos count two people each; closings by reason hide small groups', () => {
    const duos = [
      { endedOn: null, endReason: null },
      { endedOn: null, endReason: null },
      { endedOn: '2026-10-01', endReason: 'completed' },
      { endedOn: '2026-10-02', endReason: 'completed' },
      { endedOn: '2026-10-03', endReason: 'completed' },
      { endedOn: '2026-10-04', endReason: 'moved' },
    ];
    const stopped = [...Array.from({ length: 5 }, () => person({ status: 'stopped', stopReason: 'no-time' })), person({ status: 'stopped', stopReason: 'moved' })];
    const figures = programmeFigures(stopped, duos, now);
    expect(figures.runningDuos).toEqual({ tooFew: true });
    expect(programmeFigures([], [...duos, { endedOn: null, endReason: null }], now).runningDuos).toEqual({ value: 3, people: 6 });
    expect(figures.duosEndedByReason).toEqual([
      { reason: 'completed', count: { value: 3, people: 6 } },
      { reason: 'moved', count: { tooFew: true } },
    ]);
    expect(figures.peopleStoppedByReason).toEqual([
      { reason: 'no-time', count: { value: 5, people: 5 } },
      { reason: 'moved', count: { tooFew: true } },
    ]);
  });

  it('lists the last months across a year boundary', () => {
    expect(lastMonths(new Date('2026-02-10T00:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('public figures', () => {
  it('seek the role that someone of the other role waits for; a typical waiting time only from 5 people', async () => {
    const { publicFigures, describePublicFigures } = await import('../../src/lib/public-figures');
    expect(publicFigures({ waitingBuddies: 0, waitingNewcomers: 2, waitDays: [10, 20, 30, 40] })).toEqual({ seeksBuddies: true, seeksNewcomers: false, typicalWaitDays: null });
    expect(publicFigures({ waitingBuddies: 1, waitingNewcomers: 0, waitDays: [10, 20, 31, 40, 50, 60] })).toEqual({ seeksBuddies: false, seeksNewcomers: true, typicalWaitDays: 36 });
    expect(describePublicFigures({ seeksBuddies: true, seeksNewcomers: true, typicalWaitDays: 1 })).toEqual(['Zoekt nu buddy’s en nieuwkomers.', 'Typische wachttijd tot een match: 1 dag.']);
    expect(describePublicFigures({ seeksBuddies: false, seeksNewcomers: false, typicalWaitDays: null })).toEqual([
      'Er wacht nu niemand op een match.',
      'Wachttijd: te weinig mensen om een cijfer te tonen.',
    ]);
  });
});
