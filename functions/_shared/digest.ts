/**
 * The weekly follow-up mail to coordinators (issue 13): per programme, people waiting longer than the
 * programme's alert (programme_settings.waiting_alert_days, default 21 days), intakes not done, duos due
 * for their mid-term evaluation and duos near their planned end. The selection is SQL (100,000 people
 * in 300 programmes in one query, see `npm run bench`); a mail carries first names only.
 */
import { db as pool, transaction, type Db } from './db';
import { duoEndsOnSql, duoMidtermOnSql } from './duos';
import { enqueue } from './mail-queue';

/** The alert when a programme has no setting of its own (the column's default in 0002). */
export const DEFAULT_WAITING_ALERT_DAYS = 21;

export type DigestKind = 'waiting' | 'intake' | 'midterm' | 'ending';

/** At most this many first names per list in a mail; the count says how many there are. */
export const NAMES_PER_LIST = 10;

/** A duo counts as "near its end" this many days before its planned end (and after, until it is closed). */
export const END_WINDOW_DAYS = 30;

export interface DigestItem {
  programme: string;
  kind: DigestKind;
  /** First name(s): one person, or "buddy & newcomer" for a duo. */
  names: string;
  /** The day (dd/mm/jjjj, Belgian time) the item is about: waiting since, intake planned on, evaluation due on, planned end. */
  date: string | null;
  /** How many items of this kind the programme has (names are capped at NAMES_PER_LIST). */
  total: number;
}

/** A person's first name from a sign-up or an imported row, whatever the form version stored. */
const FIRST_NAME = (person: string, signup: string) =>
  `split_part(btrim(coalesce(${signup}.data->>'firstName', ${signup}.data->>'name', ${person}.details->>'firstName', ${person}.details->>'name', '')), ' ', 1)`;

/**
 * What the weekly mail lists, for programmes that have at least one coordinator, as of `now`. Ordered
 * by programme, kind and date (longest waiting, oldest first).
 */
export async function digestItems(sql: Db, now: Date): Promise<DigestItem[]> {
  const { rows } = await sql.query<{ programme: string; kind: DigestKind; names: string; date: string | null; total: string }>(
    `WITH today AS (SELECT ($1::timestamptz AT TIME ZONE 'Europe/Brussels')::date AS day),
     covered AS (SELECT DISTINCT programme FROM programme_access),
     people AS (
       SELECT fp.*, ${FIRST_NAME('fp', 's')} AS first_name
       FROM flow_people fp LEFT JOIN submissions s ON s.id = fp.submission_id
       WHERE fp.programme IN (SELECT programme FROM covered) AND fp.status IN ('new', 'intake-planned', 'waiting')
     ),
     running AS (
       SELECT d.id, d.programme, d.started_on, d.duration_months,
              ${duoEndsOnSql('d')} AS ends_on,
              ${duoMidtermOnSql('d')} AS midterm_on,
              ${FIRST_NAME('b', 'sb')} || ' & ' || ${FIRST_NAME('n', 'sn')} AS names
       FROM duos d
       JOIN flow_people b ON b.id = d.buddy_id LEFT JOIN submissions sb ON sb.id = b.submission_id
       JOIN flow_people n ON n.id = d.newcomer_id LEFT JOIN submissions sn ON sn.id = n.submission_id
       WHERE d.ended_on IS NULL AND d.duration_months IS NOT NULL AND d.programme IN (SELECT programme FROM covered)
     ),
     items AS (
       SELECT p.programme, 'waiting' AS kind, p.first_name AS names, (p.waiting_since AT TIME ZONE 'Europe/Brussels')::date AS day
       FROM people p LEFT JOIN programme_settings ps ON ps.programme = p.programme
       WHERE p.status = 'waiting'
         -- 24-hour days, as the workspace counts waiting, whatever the server's time zone does at DST.
         AND p.waiting_since < $1::timestamptz - make_interval(hours => 24 * coalesce(ps.waiting_alert_days, ${DEFAULT_WAITING_ALERT_DAYS}))
       UNION ALL
       SELECT p.programme, 'intake', p.first_name, p.intake_planned_on
       FROM people p, today
       WHERE p.status = 'new' OR (p.status = 'intake-planned' AND (p.intake_planned_on IS NULL OR p.intake_planned_on < today.day))
       UNION ALL
       SELECT r.programme, 'midterm', r.names, r.midterm_on
       FROM running r, today
       WHERE r.midterm_on <= today.day AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.duo_id = r.id)
       UNION ALL
       SELECT r.programme, 'ending', r.names, r.ends_on
       FROM running r, today
       WHERE r.ends_on <= today.day + ${END_WINDOW_DAYS}
     ),
     ranked AS (
       SELECT *, row_number() OVER (PARTITION BY programme, kind ORDER BY day NULLS FIRST, names) AS rank,
              count(*) OVER (PARTITION BY programme, kind) AS total
       FROM items
     )
     SELECT programme, kind, names, to_char(day, 'DD/MM/YYYY') AS date, total FROM ranked WHERE rank <= $2
     ORDER BY programme, array_position(ARRAY['waiting', 'intake', 'midterm', 'ending'], kind), rank`,
    [now, NAMES_PER_LIST],
  );
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Each coordinator's address with the programmes they coordinate. */
export async function coordinatorsByAddress(sql: Db): Promise<Map<string, string[]>> {
  const { rows } = await sql.query<{ email: string; programmes: string[] }>(
    `SELECT p.email, array_agg(a.programme ORDER BY a.programme) AS programmes
     FROM programme_access a JOIN people p ON p.id = a.person_id GROUP BY p.email ORDER BY p.email`,
  );
  return new Map(rows.map((r) => [r.email, r.programmes]));
}

/** One programme as the mail names it. */
export interface DigestProgramme {
  id: string;
  name: string;
  alertDays: number;
}

const longDate = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });

const HEADINGS: Record<DigestKind, (p: DigestProgramme) => string> = {
  waiting: (p) => `Wachten langer dan ${p.alertDays} dagen op een match`,
  intake: () => 'Intake nog niet gedaan',
  midterm: () => 'Tussentijdse evaluatie te doen',
  ending: () => `Duo's die binnen ${END_WINDOW_DAYS} dagen aflopen`,
};
const DATE_WORDS: Record<DigestKind, string> = { waiting: 'sinds', intake: 'gepland op', midterm: 'sinds', ending: 'einde' };

/** The text of one coordinator's mail: first names and dates only, a link to each programme. */
export function digestMail(items: DigestItem[], programmes: DigestProgramme[], siteUrl: string, now: Date): { subject: string; text: string } {
  const sections = programmes.map((programme) => {
    const mine = items.filter((i) => i.programme === programme.id);
    const lists = (['waiting', 'intake', 'midterm', 'ending'] as const)
      .map((kind) => mine.filter((i) => i.kind === kind))
      .filter((list) => list.length)
      .map((list) => {
        const { kind, total } = list[0];
        const names = list.map((i) => `${i.names || '(naam onbekend)'}${i.date ? ` (${DATE_WORDS[kind]} ${i.date})` : ''}`);
        const more = total > list.length ? `, en nog ${total - list.length}` : '';
        return `${HEADINGS[kind](programme)} (${total}): ${names.join(', ')}${more}.`;
      });
    const link = `${siteUrl}/coordinator/aanmeldingen?programme=${encodeURIComponent(programme.id)}`;
    return `${programme.name}\n${'='.repeat(programme.name.length)}\n${lists.join('\n')}\nNaar de werkruimte: ${link}`;
  });
  const count = [...new Map(items.map((i) => [`${i.programme} ${i.kind}`, i.total])).values()].reduce((a, b) => a + b, 0);
  return {
    subject: `Weekoverzicht buddywerking: ${count} ${count === 1 ? 'punt' : 'punten'} om op te volgen`,
    text:
      `Dag,\n\nDit is het weekoverzicht van de werkruimte voor coördinatoren, ${longDate.format(now)}.\n\n` +
      `${sections.join('\n\n')}\n\n` +
      `Je krijgt deze mail elke maandag als er iets op te volgen is. De grens voor wachten stel je per buddywerking in bij de instellingen van de werkruimte.\n`,
  };
}

/** The ISO week of a moment in Brussels, as "2026-W48": the period a weekly job runs for. */
export function isoWeek(now: Date): string {
  const [year, month, day] = now.toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' }).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // The Thursday of this week decides the week's year (ISO 8601).
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const week = Math.ceil(((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Queues one mail per coordinator who has something to follow up in one of their programmes, in one
 * transaction (all mails of the week, or none), once per ISO week: a second run in the same week (the
 * schedule firing twice, a run by hand) queues nothing and says so. `programmeName` gives a programme's
 * name for the mail.
 */
export async function queueWeeklyDigest(
  now: Date,
  siteUrl: string,
  programmeName: (id: string) => string,
  sql: Db = pool,
): Promise<{ coordinators: number; mails: number; ids: number[]; alreadyRan: boolean }> {
  const [items, coordinators, settings] = await Promise.all([
    digestItems(sql, now),
    coordinatorsByAddress(sql),
    sql.query<{ programme: string; waiting_alert_days: number }>('SELECT programme, waiting_alert_days FROM programme_settings'),
  ]);
  const alertDays = new Map(settings.rows.map((r) => [r.programme, r.waiting_alert_days]));
  const byProgramme = Map.groupBy(items, (i) => i.programme);
  const mails = [...coordinators]
    .map(([to, ids]) => ({ to, ids: ids.filter((id) => byProgramme.has(id)) }))
    .filter((c) => c.ids.length)
    .map(({ to, ids }) => {
      const programmes = ids.map((id) => ({ id, name: programmeName(id), alertDays: alertDays.get(id) ?? DEFAULT_WAITING_ALERT_DAYS }));
      return { to, ...digestMail(ids.flatMap((id) => byProgramme.get(id)!), programmes, siteUrl, now) };
    });
  const ids = await transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO scheduled_runs (job, period) VALUES ('weekly-digest', $1) ON CONFLICT DO NOTHING RETURNING job`,
      [isoWeek(now)],
    );
    if (!claimed.rowCount) return undefined;
    return mails.length ? enqueue(tx, mails) : [];
  });
  if (!ids) return { coordinators: coordinators.size, mails: 0, ids: [], alreadyRan: true };
  return { coordinators: coordinators.size, mails: mails.length, ids, alreadyRan: false };
}
