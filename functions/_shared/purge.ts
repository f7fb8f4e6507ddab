/**
 * The retention purge, in SQL: every statement compares timestamps, so no row can stop it. Removes
 * records and audit entries older than the retention period, sent mails after a week, expired or used
 * sign-in links, ended sessions and past rate-limit windows. Returns counts only.
 *
 * People in a programme's flow (issue 13) are kept while they are in it: retention runs from the day
 * their path closed (closed_at), and a person never closed is deleted only once they have been
 * inactive (no status change, no running duo) for the whole period. A duo goes once it ended before the
 * cutoff, or with its members; evaluations, evaluation links, status history and rejected pairs go
 * with their person or duo (ON DELETE CASCADE in migration 0002), a sign-up's queued mails with it.
 */
import { config } from './config';
import { transaction } from './db';

/**
 * The moment before which records are deleted: `months` calendar months back, on the same day, or the
 * month's last day when it has no such day (31 March minus one month is 28 or 29 February, not 3 March).
 */
export function cutoff(now: Date, months: number): Date {
  const date = new Date(now);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date;
}

/**
 * People of the flow whose retention ended: closed before the cutoff, or never closed and inactive
 * since before it; never someone still in a duo that runs or ended after the cutoff. ($1 = cutoff)
 */
const PERSON_EXPIRED = `
  NOT EXISTS (SELECT 1 FROM duos d WHERE (d.buddy_id = fp.id OR d.newcomer_id = fp.id) AND (d.ended_on IS NULL OR d.ended_on >= ($1::timestamptz AT TIME ZONE 'Europe/Brussels')::date))
  AND (
    (fp.closed_at IS NOT NULL AND fp.closed_at < $1)
    OR (fp.closed_at IS NULL AND fp.created_at < $1 AND fp.status_changed_at < $1
        AND NOT EXISTS (SELECT 1 FROM flow_status_changes c WHERE c.person_id = fp.id AND c.at >= $1))
  )`;

export async function purge(now = new Date()): Promise<Record<string, number>> {
  const settings = config();
  const limit = cutoff(now, settings.retentionMonths);
  const idleSince = new Date(now.getTime() - settings.sessionIdleMinutes * 60_000);
  const week = new Date(now.getTime() - 7 * 86_400_000);
  const statements: [string, string, unknown[]][] = [
    // Duos that ended before the cutoff, with their evaluations and links; and any duo whose two members
    // are both gone (possible once an erased member's side is left empty).
    ['duos', `DELETE FROM duos WHERE ended_on < ($1::timestamptz AT TIME ZONE 'Europe/Brussels')::date OR (buddy_id IS NULL AND newcomer_id IS NULL)`, [limit]],
    // Sign-ups whose person's retention ended (the person, their history and duos go with the sign-up) …
    ['flowSignups', `DELETE FROM submissions s USING flow_people fp WHERE fp.submission_id = s.id AND ${PERSON_EXPIRED}`, [limit]],
    // … and imported people (no sign-up on this site), by the same rule.
    ['importedPeople', `DELETE FROM flow_people fp WHERE fp.submission_id IS NULL AND ${PERSON_EXPIRED}`, [limit]],
    // Every other record (practice submissions, corrections, a sign-up outside the flow) by its age.
    // Queued mails of these records go with them (ON DELETE CASCADE).
    ['records', 'DELETE FROM submissions s WHERE s.created_at < $1 AND NOT EXISTS (SELECT 1 FROM flow_people fp WHERE fp.submission_id = s.id)', [limit]],
    ['auditEntries', 'DELETE FROM audit_log WHERE at < $1', [limit]],
    ['sentMails', 'DELETE FROM mail_queue WHERE sent_at < $1', [week]],
    ['signInLinks', 'DELETE FROM sign_in_links WHERE expires_at < $1 OR used_at IS NOT NULL', [now]],
    ['sessions', 'DELETE FROM sessions WHERE expires_at < $1 OR last_seen_at < $2', [now, idleSince]],
    ['scheduledRuns', 'DELETE FROM scheduled_runs WHERE ran_at < $1', [limit]],
    ['rateLimitWindows', 'DELETE FROM rate_limits WHERE window_end < $1', [now]],
  ];
  return transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const [name, sql, params] of statements) deleted[name] = (await tx.query(sql, params)).rowCount ?? 0;
    return deleted;
  });
}
