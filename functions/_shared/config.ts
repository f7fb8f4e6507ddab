/** Settings from environment variables, read per request so tests and deploys can change them. */
import { retentionMonths } from '../../src/lib/retention';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const config = () => ({
  /** Months a sign-up or submission is kept before the daily purge deletes it. */
  retentionMonths: retentionMonths(),
  /** Largest accepted request body; bigger gets 413. */
  bodyLimitBytes: num('BODY_LIMIT_BYTES', 32 * 1024),
  /** Posts per client per window before 429. */
  rateLimitMax: num('RATE_LIMIT_MAX', 10),
  rateLimitWindowSeconds: num('RATE_LIMIT_WINDOW_SECONDS', 600),
  /** Forms sent faster than this after loading are asked to check and send again (bots). */
  minFillSeconds: num('MIN_FILL_SECONDS', 3),
  /** Extra origins allowed to post (comma-separated), besides the site's own. */
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  /** SHA-256 hex hashes of the site administrators' tokens (comma-separated). */
  adminTokenHashes: (process.env.ADMIN_TOKEN_HASHES ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
});
