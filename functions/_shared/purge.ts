/**
 * The retention purge, in SQL: every statement compares timestamps, so no row can stop it. Removes
 * records and audit entries older than the retention period, sent mails after a week, expired or used
 * sign-in links, ended sessions and past rate-limit windows. Returns counts only.
 */
import { config } from './config';
import { transaction } from './db';

/** The moment before which records are deleted. */
export function cutoff(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

export async function purge(now = new Date()): Promise<Record<string, number>> {
  const settings = config();
  const limit = cutoff(now, settings.retentionMonths);
  const idleSince = new Date(now.getTime() - settings.sessionIdleMinutes * 60_000);
  const week = new Date(now.getTime() - 7 * 86_400_000);
  const statements: [string, string, unknown[]][] = [
    // Queued mails of these records go with them (ON DELETE CASCADE).
    ['records', 'DELETE FROM submissions WHERE created_at < $1', [limit]],
    ['auditEntries', 'DELETE FROM audit_log WHERE at < $1', [limit]],
    ['sentMails', 'DELETE FROM mail_queue WHERE sent_at < $1', [week]],
    ['signInLinks', 'DELETE FROM sign_in_links WHERE expires_at < $1 OR used_at IS NOT NULL', [now]],
    ['sessions', 'DELETE FROM sessions WHERE expires_at < $1 OR last_seen_at < $2', [now, idleSince]],
    ['rateLimitWindows', 'DELETE FROM rate_limits WHERE window_end < $1', [now]],
  ];
  return transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const [name, sql, params] of statements) deleted[name] = (await tx.query(sql, params)).rowCount ?? 0;
    return deleted;
  });
}
