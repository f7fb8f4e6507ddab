/**
 * Match suggestions for a whole waiting group at once (issue "Coordinators' workspace, part 2"): an
 * optimal assignment, not first come, first served. In order of importance:
 *   1. as many pairs as possible that meet the hard conditions;
 *   2. then the highest total score over the weighted criteria;
 *   3. then, between equal choices, the people who have waited longest.
 * Solved exactly with the Hungarian method (Kuhn–Munkres, O(n³)) on one weight per pair that encodes
 * that order. Pure: no I/O, no clock; the workspace explains each suggestion from `parts`.
 */

export interface Waiting {
  id: string;
  /** Days since the person was put on "wacht op een match". */
  waitingDays: number;
}

export interface PairScore {
  /** Whether the pair meets every hard condition. */
  acceptable: boolean;
  /** Weighted score between 0 and 1. */
  score: number;
}

export interface Suggestion<B extends Waiting, P extends Waiting> {
  buddy: B;
  participant: P;
  score: number;
}

export interface Assignment<B extends Waiting, P extends Waiting> {
  pairs: Suggestion<B, P>[];
  /** People left without a pair: nobody acceptable, or fewer people on the other side. */
  unmatchedBuddies: B[];
  unmatchedParticipants: P[];
}

/**
 * Scores count in steps of 0.001 (SCORE units of 1); every acceptable pair outweighs any sum of
 * scores (PAIR), and every score step outweighs the whole sum of the waiting tie-breaker (< 1).
 */
const PAIR = 1e7;
const SCORE = 1e3;
const scoreUnits = (score: number) => Math.round(SCORE * Math.min(1, Math.max(0, score)));

/**
 * Minimum-cost assignment of every row to a distinct column (rows ≤ columns), Hungarian method with
 * potentials. `cost[i][j]` for row i, column j; returns the column of each row.
 */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const m = n ? cost[0].length : 0;
  if (n > m) throw new Error('hungarian: meer rijen dan kolommen');
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row (1-based) assigned to column j
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const row = cost[i0 - 1];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = row[j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const assigned = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]) assigned[p[j] - 1] = j - 1;
  return assigned;
}

/** The suggestions for everyone waiting, by the order of importance above. */
export function suggestPairs<B extends Waiting, P extends Waiting>(
  buddies: B[],
  participants: P[],
  judge: (buddy: B, participant: P) => PairScore,
): Assignment<B, P> {
  const maxWait = Math.max(1, ...buddies.map((b) => b.waitingDays), ...participants.map((p) => p.waitingDays));
  // Waiting counts for less than one score step in total: a tie-breaker, never a reason for a worse pair.
  const waitWeight = 1 / (2 * maxWait * (buddies.length + participants.length + 1));
  const rowsAreBuddies = buddies.length <= participants.length;
  const rows: Waiting[] = rowsAreBuddies ? buddies : participants;
  const cols: Waiting[] = rowsAreBuddies ? participants : buddies;
  const judged = rows.map((r) =>
    cols.map((c) => (rowsAreBuddies ? judge(r as B, c as P) : judge(c as B, r as P))),
  );
  const cost = judged.map((row, i) =>
    row.map((pair, j) =>
      pair.acceptable
        ? -(PAIR + scoreUnits(pair.score) + waitWeight * (rows[i].waitingDays + cols[j].waitingDays))
        : 0,
    ),
  );
  const assigned = hungarian(cost);
  const pairs: Suggestion<B, P>[] = [];
  const pairedRows = new Set<number>();
  const pairedCols = new Set<number>();
  assigned.forEach((j, i) => {
    if (j < 0 || !judged[i][j].acceptable) return;
    pairedRows.add(i);
    pairedCols.add(j);
    const [buddy, participant] = rowsAreBuddies ? [rows[i] as B, cols[j] as P] : [cols[j] as B, rows[i] as P];
    pairs.push({ buddy, participant, score: judged[i][j].score });
  });
  const leftRows = rows.filter((_, i) => !pairedRows.has(i));
  const leftCols = cols.filter((_, j) => !pairedCols.has(j));
  // Longest waiting first in every list the coordinator reads.
  pairs.sort((a, b) => b.participant.waitingDays + b.buddy.waitingDays - (a.participant.waitingDays + a.buddy.waitingDays));
  return {
    pairs,
    unmatchedBuddies: (rowsAreBuddies ? leftRows : leftCols) as B[],
    unmatchedParticipants: (rowsAreBuddies ? leftCols : leftRows) as P[],
  };
}
