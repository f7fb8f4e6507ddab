/** Dates on the pages are the content's calendar days, whatever time zone the build runs in. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const zoneBefore = process.env.TZ;
afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
  vi.resetModules();
});

describe('formatDate and formatMonth', () => {
  for (const zone of ['America/Los_Angeles', 'Europe/Brussels', 'Pacific/Auckland']) {
    it(`show the content's day and month when the build runs in ${zone}`, async () => {
      process.env.TZ = zone;
      vi.resetModules();
      const { formatDate, formatMonth } = await import('../../src/lib/format');
      // A content date ("updated: 2026-11-22") is read as midnight UTC.
      expect(formatDate(new Date('2026-11-22'))).toBe('22 november 2026');
      expect(formatMonth('2021-01')).toBe('januari 2021');
    });
  }
});
