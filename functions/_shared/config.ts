/** Settings from environment variables, read per request so tests and deploys can change them. */
import { retentionMonths } from '../../src/lib/retention';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const list = (name: string) => (process.env[name] ?? '').split(',').map((v) => v.trim()).filter(Boolean);

export const config = () => ({
  /** Months a sign-up, submission or audit entry is kept before the daily purge deletes it. */
  retentionMonths: retentionMonths(),
  /** Largest accepted request body; bigger gets 413. */
  bodyLimitBytes: num('BODY_LIMIT_BYTES', 32 * 1024),
  /**
   * Form posts per client address per window before 429. One address can be a reception centre or a
   * language class signing people up together: 30 an hour go through.
   */
  rateLimitMax: num('RATE_LIMIT_MAX', 30),
  rateLimitWindowSeconds: num('RATE_LIMIT_WINDOW_SECONDS', 3600),
  /** Sign-in links requested per e-mail address and per client address per hour. */
  signInLimitPerAddress: num('SIGN_IN_LIMIT_PER_ADDRESS', 5),
  signInLimitPerClient: num('SIGN_IN_LIMIT_PER_CLIENT', 20),
  /** Forms sent faster than this after loading are asked to check and send again (bots). */
  minFillSeconds: num('MIN_FILL_SECONDS', 3),
  /** Extra origins allowed to post (comma-separated), besides the site's own. */
  allowedOrigins: list('ALLOWED_ORIGINS'),
  /** The first administrators (VVSG), lower-case e-mail addresses. */
  adminEmails: list('ADMIN_EMAILS').map((e) => e.toLowerCase()),
  /** Sign-in links and sessions. */
  signInLinkMinutes: num('SIGN_IN_LINK_MINUTES', 15),
  sessionIdleMinutes: num('SESSION_IDLE_MINUTES', 120),
  sessionAbsoluteHours: num('SESSION_ABSOLUTE_HOURS', 12),
  /** Rows per page in the coordinators' list. */
  pageSize: num('WORKSPACE_PAGE_SIZE', 50),
});
