/**
 * Fixed-window rate limits kept in the database, so every function instance counts the same hits.
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
  const windowMs = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const end = new Date(start.getTime() + windowMs);
  const { rows } = await sql.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, window_end, hits) VALUES ($1, $2, $3, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [bucket, start, end],
  );
  return rows[0].hits > max ? Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000)) : 0;
}
