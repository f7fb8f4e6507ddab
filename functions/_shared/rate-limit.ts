/**
 * Rate limits kept in the database, so every function instance counts the same hits. A bucket's window
 * opens at its first hit and lasts `windowSeconds`; the first hit after it closes opens the next one.
 * (Windows on the clock's hour would let a burst through at every hh:00.)
 * Buckets are "<purpose>:<sha256 of the client address or e-mail address>": no address is stored.
 * The client address is Netlify's context.ip only; a header a client can set is never used.
 */
import { createHash } from 'node:crypto';
import { db, type Db } from './db';

export const bucketKey = (purpose: string, value: string) =>
  `${purpose}:${createHash('sha256').update(value).digest('base64url')}`;

/** The client address from Netlify's context; requests without one share one bucket. */
export const clientAddress = (context?: { ip?: string }) => context?.ip || 'unknown';

/** Counts one hit; returns the seconds to wait when the bucket is over `max`, else 0. */
export async function hit(bucket: string, max: number, windowSeconds: number, now = new Date(), sql: Db = db): Promise<number> {
  const end = new Date(now.getTime() + windowSeconds * 1000);
  // Every SET expression reads the row as it was: a closed window restarts at this hit.
  const { rows } = await sql.query<{ hits: number; window_end: Date }>(
    `INSERT INTO rate_limits (bucket, window_start, window_end, hits) VALUES ($1, $2, $3, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       hits = CASE WHEN rate_limits.window_end <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
       window_start = CASE WHEN rate_limits.window_end <= $2 THEN $2 ELSE rate_limits.window_start END,
       window_end = CASE WHEN rate_limits.window_end <= $2 THEN $3 ELSE rate_limits.window_end END
     RETURNING hits, window_end`,
    [bucket, now, end],
  );
  const [{ hits, window_end }] = rows;
  return hits > max ? Math.max(1, Math.ceil((new Date(window_end).getTime() - now.getTime()) / 1000)) : 0;
}
