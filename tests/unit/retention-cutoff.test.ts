import { describe, expect, it } from 'vitest';
import { cutoff } from '../../functions/_shared/purge';

const at = (iso: string) => new Date(iso);

describe('the retention cutoff', () => {
  it('goes back whole calendar months, at the same time of day', () => {
    expect(cutoff(at('2026-11-23T02:30:00Z'), 12)).toEqual(at('2025-11-23T02:30:00Z'));
    expect(cutoff(at('2026-01-15T10:00:00Z'), 1)).toEqual(at('2025-12-15T10:00:00Z'));
  });

  it('lands on the last day of a shorter month, never in the month after', () => {
    expect(cutoff(at('2028-02-29T02:30:00Z'), 12)).toEqual(at('2027-02-28T02:30:00Z'));
    expect(cutoff(at('2027-03-31T02:30:00Z'), 1)).toEqual(at('2027-02-28T02:30:00Z'));
    expect(cutoff(at('2028-03-31T02:30:00Z'), 1)).toEqual(at('2028-02-29T02:30:00Z'));
    expect(cutoff(at('2026-10-31T02:30:00Z'), 6)).toEqual(at('2026-04-30T02:30:00Z'));
  });
});
