// Match suggestions for a whole waiting group (src/lib/matching.ts): time and peak memory for n
// buddies × n participants with random scores and about one pair in five not acceptable.
import { loadTs } from './ts.mjs';

/** A seeded generator, so every run measures the same groups. */
function random(seed) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

export async function benchMatching(sizes = [100, 500, 1000]) {
  const { suggestPairs } = await loadTs('src/lib/matching.ts');
  const rows = [];
  for (const n of sizes) {
    const next = random(n);
    const people = (prefix) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, index: i, waitingDays: Math.floor(next() * 200) }));
    const buddies = people('b');
    const participants = people('p');
    const scores = Array.from({ length: n }, () => Array.from({ length: n }, () => (next() < 0.2 ? null : Math.round(next() * 1000) / 1000)));
    const judge = (b, p) => (scores[b.index][p.index] === null ? { acceptable: false, score: 0 } : { acceptable: true, score: scores[b.index][p.index] });
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = suggestPairs(buddies, participants, judge);
    const ms = performance.now() - started;
    // The computation is synchronous: heap growth right after it (garbage not yet collected included)
    // stands in for its peak; rss is the whole process.
    const { heapUsed, rss } = process.memoryUsage();
    rows.push({ n, ms, pairs: result.pairs.length, peakHeapMB: (heapUsed - before) / 2 ** 20, rssMB: rss / 2 ** 20 });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchMatching());
