/**
 * Public figures of the programmes that publish them (src/lib/public-figures.ts): computed from the
 * flow into public_figures (nightly), read from there for the JSON. No personal data leaves here.
 */
import { publicFigures, WAIT_WINDOW_MONTHS, type PublicFigures } from '../../src/lib/public-figures';
import { db, transaction, type Db } from './db';

/**
 * Recomputes public_figures as of `now`: one row per programme with publish_figures on; rows of
 * programmes that stopped publishing are removed. Returns how many programmes publish.
 */
export async function computePublicFigures(now: Date): Promise<number> {
  return transaction(async (tx) => {
    const { rows } = await tx.query<{ programme: string; waiting_buddies: number; waiting_newcomers: number; wait_days: number[] }>(
      `WITH publishing AS (SELECT programme FROM programme_settings WHERE publish_figures),
       waits AS (
         SELECT fp.programme, floor(extract(epoch FROM (m.at - coalesce(w.at, fp.waiting_since))) / 86400)::int AS days
         FROM flow_people fp
         JOIN LATERAL (SELECT min(at) AS at FROM flow_status_changes WHERE person_id = fp.id AND status = 'matched') m ON m.at IS NOT NULL
         LEFT JOIN LATERAL (SELECT min(at) AS at FROM flow_status_changes WHERE person_id = fp.id AND status = 'waiting') w ON true
         WHERE fp.programme IN (SELECT programme FROM publishing)
           AND m.at >= $1::timestamptz - make_interval(months => $2) AND coalesce(w.at, fp.waiting_since) IS NOT NULL
       )
       SELECT p.programme,
              (SELECT count(*)::int FROM flow_people f WHERE f.programme = p.programme AND f.status = 'waiting' AND f.role = 'buddy') AS waiting_buddies,
              (SELECT count(*)::int FROM flow_people f WHERE f.programme = p.programme AND f.status = 'waiting' AND f.role = 'newcomer') AS waiting_newcomers,
              coalesce((SELECT array_agg(greatest(days, 0)) FROM waits WHERE waits.programme = p.programme), '{}') AS wait_days
       FROM publishing p`,
      [now, WAIT_WINDOW_MONTHS],
    );
    await tx.query('DELETE FROM public_figures WHERE programme NOT IN (SELECT programme FROM programme_settings WHERE publish_figures)');
    for (const row of rows) {
      const f = publicFigures({ waitingBuddies: row.waiting_buddies, waitingNewcomers: row.waiting_newcomers, waitDays: row.wait_days });
      await tx.query(
        `INSERT INTO public_figures (programme, seeks_buddies, seeks_newcomers, typical_wait_days, computed_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (programme) DO UPDATE SET seeks_buddies = EXCLUDED.seeks_buddies, seeks_newcomers = EXCLUDED.seeks_newcomers,
           typical_wait_days = EXCLUDED.typical_wait_days, computed_at = EXCLUDED.computed_at`,
        [row.programme, f.seeksBuddies, f.seeksNewcomers, f.typicalWaitDays, now],
      );
    }
    return rows.length;
  });
}

/** The published figures of one programme, or of all (ordered by programme); a programme that stopped publishing has none. */
export async function publishedFigures(programme?: string, sql: Db = db): Promise<PublicFigures[]> {
  const { rows } = await sql.query<{ programme: string; seeks_buddies: boolean; seeks_newcomers: boolean; typical_wait_days: number | null; computed_at: Date }>(
    `SELECT f.programme, f.seeks_buddies, f.seeks_newcomers, f.typical_wait_days, f.computed_at
     FROM public_figures f JOIN programme_settings s ON s.programme = f.programme AND s.publish_figures
     WHERE $1::text IS NULL OR f.programme = $1 ORDER BY f.programme`,
    [programme ?? null],
  );
  return rows.map((r) => ({
    programme: r.programme,
    seeksBuddies: r.seeks_buddies,
    seeksNewcomers: r.seeks_newcomers,
    typicalWaitDays: r.typical_wait_days,
    computedAt: r.computed_at.toISOString(),
  }));
}
