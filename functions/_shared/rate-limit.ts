/**
 * Per-client sliding-window rate limit, in memory per function instance: enough to slow a script
 * down, never a reason to lose a person's data (the form comes back with the values and a message).
 * Client addresses are kept only as hashes and only for the window.
 */
import { createHash } from 'node:crypto';

const hits = new Map<string, number[]>();

/** Records one hit; returns the seconds to wait when the client is over the limit, else 0. */
export function rateLimit(client: string, max: number, windowSeconds: number, now = Date.now()): number {
  const key = createHash('sha256').update(client).digest('base64url');
  const since = now - windowSeconds * 1000;
  const recent = (hits.get(key) ?? []).filter((t) => t > since);
  if (recent.length >= max) {
    hits.set(key, recent);
    return Math.max(1, Math.ceil((recent[0] - since) / 1000));
  }
  recent.push(now);
  hits.set(key, recent);
  if (hits.size > 10_000) for (const [k, times] of hits) if (times.every((t) => t <= since)) hits.delete(k);
  return 0;
}

export const resetRateLimit = () => hits.clear();
