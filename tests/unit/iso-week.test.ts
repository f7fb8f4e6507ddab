import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../functions/_shared/digest';

describe('the ISO week a weekly job runs for', () => {
  it('is the week of the day in Brussels, with the year of its Thursday', () => {
    expect(isoWeek(new Date('2026-11-23T06:00:00Z'))).toBe('2026-W48');
    // Sunday 23:30 UTC is already Monday in Brussels.
    expect(isoWeek(new Date('2026-11-29T22:30:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49');
    // New Year's Day 2027 is a Friday: still the last week of 2026, which has 53.
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-01-04T12:00:00Z'))).toBe('2027-W01');
    // Monday 30 December 2024 belongs to the first week of 2025.
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    // Summer time: Sunday 22:30 UTC is Monday 00:30 in Brussels.
    expect(isoWeek(new Date('2026-07-05T22:30:00Z'))).toBe('2026-W28');
  });
});
