/** Match suggestions: an optimal assignment for the whole waiting group, checked against brute force. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestPairs, type PairScore, type Waiting } from '../../src/lib/matching';

const people = (prefix: string, waiting: number[]): Waiting[] => waiting.map((waitingDays, i) => ({ id: `${prefix}${i}`, waitingDays }));
/** A judge from a table: null = not acceptable. */
const table = (scores: (number | null)[][]) => (b: Waiting, p: Waiting): PairScore => {
  const s = scores[Number(b.id.slice(1))][Number(p.id.slice(1))];
  return s === null ? { acceptable: false, score: 0 } : { acceptable: true, score: s };
};
const pairsOf = (result: ReturnType<typeof suggestPairs>) => result.pairs.map((p) => `${p.buddy.id}-${p.participant.id}`).sort();

/** Greedy, best score first: what the optimal assignment must beat. */
function greedy(scores: (number | null)[][]): number {
  const cells = scores.flatMap((row, i) => row.map((s, j) => ({ i, j, s }))).filter((c) => c.s !== null).sort((a, b) => b.s! - a.s!);
  const rows = new Set<number>();
  const cols = new Set<number>();
  let total = 0;
  for (const c of cells) if (!rows.has(c.i) && !cols.has(c.j)) (rows.add(c.i), cols.add(c.j), (total += c.s!));
  return total;
}

/** Every assignment, for small groups: (number of pairs, total score) of the best one. */
function bruteForce(scores: (number | null)[][]): [number, number] {
  let best: [number, number] = [0, 0];
  const m = scores[0]?.length ?? 0;
  const visit = (i: number, used: Set<number>, count: number, total: number) => {
    if (i === scores.length) {
      if (count > best[0] || (count === best[0] && total > best[1] + 1e-9)) best = [count, total];
      return;
    }
    visit(i + 1, used, count, total);
    for (let j = 0; j < m; j++) {
      const s = scores[i][j];
      if (s === null || used.has(j)) continue;
      used.add(j);
      visit(i + 1, used, count + 1, total + s);
      used.delete(j);
    }
  };
  visit(0, new Set(), 0, 0);
  return best;
}

describe('match suggestions', () => {
  it('find the best total where greedy pairing does not', () => {
    const scores = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    const result = suggestPairs(people('b', [1, 1]), people('p', [1, 1]), table(scores));
    expect(pairsOf(result)).toEqual(['b0-p1', 'b1-p0']);
    expect(result.pairs.reduce((t, p) => t + p.score, 0)).toBeCloseTo(1.65);
    expect(greedy(scores)).toBeCloseTo(1.0);
  });

  it('make as many acceptable pairs as possible before looking at scores', () => {
    // b1 can only go with p0; the best-scoring pair b0-p0 would leave b1 alone.
    const result = suggestPairs(people('b', [1, 1]), people('p', [1, 1]), table([[0.95, 0.2], [0.3, null]]));
    expect(pairsOf(result)).toEqual(['b0-p1', 'b1-p0']);
  });

  it('give a tie to the people who waited longest', () => {
    const result = suggestPairs(people('b', [5]), people('p', [10, 40, 20]), table([[0.5, 0.5, 0.5]]));
    expect(pairsOf(result)).toEqual(['b0-p1']);
    expect(result.unmatchedParticipants.map((p) => p.id)).toEqual(['p0', 'p2']);
  });

  it('never let waiting outweigh a better pair', () => {
    const result = suggestPairs(people('b', [1]), people('p', [1, 365]), table([[0.502, 0.501]]));
    expect(pairsOf(result)).toEqual(['b0-p0']);
  });

  it('say so when nobody is acceptable', () => {
    const result = suggestPairs(people('b', [3, 4]), people('p', [1]), table([[null], [null]]));
    expect(result.pairs).toEqual([]);
    expect(result.unmatchedBuddies.map((b) => b.id)).toEqual(['b0', 'b1']);
    expect(result.unmatchedParticipants.map((p) => p.id)).toEqual(['p0']);
  });

  it('pick the best of 100 for one buddy, and the best buddy of 100 for one participant', () => {
    const scores = Array.from({ length: 100 }, (_, j) => (j === 63 ? 0.99 : (j % 10) / 20));
    expect(pairsOf(suggestPairs(people('b', [1]), people('p', Array(100).fill(1)), table([scores])))).toEqual(['b0-p63']);
    const transposed = scores.map((s) => [s]);
    expect(pairsOf(suggestPairs(people('b', Array(100).fill(1)), people('p', [1]), table(transposed)))).toEqual(['b63-p0']);
  });

  it('equal brute force on every small group (most pairs, then highest total)', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000));
    const group = fc.integer({ min: 1, max: 5 }).chain((b) => fc.integer({ min: 1, max: 5 }).chain((p) => fc.array(fc.array(cell, { minLength: p, maxLength: p }), { minLength: b, maxLength: b })));
    fc.assert(
      fc.property(group, (scores) => {
        const result = suggestPairs(people('b', scores.map(() => 1)), people('p', scores[0].map(() => 1)), table(scores));
        const [count, total] = bruteForce(scores);
        expect(result.pairs.length).toBe(count);
        expect(result.pairs.reduce((t, p) => t + p.score, 0)).toBeCloseTo(total, 6);
        expect(result.pairs.length + result.unmatchedBuddies.length).toBe(scores.length);
        expect(result.pairs.length + result.unmatchedParticipants.length).toBe(scores[0].length);
      }),
      { numRuns: 500 },
    );
  });
});
