/**
 * Duos of a programme: made from two waiting people (both become 'matched' in the same transaction),
 * their start, duration, frequency and agreements, and their end, after which each member is matched
 * again or closed. Suggestions a coordinator turned down are kept as rejected pairs.
 */
import { randomBytes } from 'node:crypto';
import type { Status } from '../../src/schemas/flow';
import { firstNameOf } from '../../src/lib/flow-path';
import { db, type Db } from './db';
import { expireOpenEvaluationLinks } from './evaluations';
import { setStatus } from './flow';

/** What an action plan records beyond the dates: the duo's own agreements. */
export interface Agreements {
  goals?: string;
  tasks?: string;
  contact?: string;
  other?: string;
}

export interface Duo {
  id: string;
  programme: string;
  buddyId: string | null;
  newcomerId: string | null;
  /** Full names as given (the erased side of a duo has none). */
  buddyName: string | null;
  newcomerName: string | null;
  startedOn: string;
  durationMonths: number | null;
  /** The half-way day ("YYYY-MM-DD"), when the duo has a fixed duration. */
  midtermOn: string | null;
  meetingsPerMonth: number | null;
  agreements: Agreements;
  suggestion: { score: number; sentence: string; parts: { label: string; value: number; weight: number }[] } | null;
  endedOn: string | null;
  endReason: string | null;
  createdAt: Date;
}

/** Another change got there first (a person is no longer waiting, a duo already ended). */
export class FlowConflict extends Error {}

const nameSql = (alias: string) =>
  `COALESCE(${alias}s.data->>'name', NULLIF(concat_ws(' ', ${alias}.details->>'firstName', ${alias}.details->>'lastName'), ''), ${alias}.details->>'name')`;

/**
 * A duo's planned end and its half-way day (null without a fixed duration), in calendar months as
 * Postgres counts them. The one definition for the duo's page and the weekly digest, so both name the
 * same day. `d` is the duos row's alias.
 */
export const duoEndsOnSql = (d: string) => `(${d}.started_on + ${d}.duration_months * interval '1 month')::date`;
export const duoMidtermOnSql = (d: string) => `(${d}.started_on + ${d}.duration_months * interval '1 month' / 2)::date`;

const DUO_SELECT = `SELECT d.id, d.programme, d.buddy_id, d.newcomer_id, ${nameSql('b')} AS buddy_name, ${nameSql('n')} AS newcomer_name,
    to_char(d.started_on, 'YYYY-MM-DD') AS started_on, d.duration_months, d.meetings_per_month, d.agreements, d.suggestion,
    to_char(${duoMidtermOnSql('d')}, 'YYYY-MM-DD') AS midterm_on,
    to_char(d.ended_on, 'YYYY-MM-DD') AS ended_on, d.end_reason, d.created_at
  FROM duos d
  LEFT JOIN flow_people b ON b.id = d.buddy_id LEFT JOIN submissions bs ON bs.id = b.submission_id
  LEFT JOIN flow_people n ON n.id = d.newcomer_id LEFT JOIN submissions ns ON ns.id = n.submission_id`;

interface DuoRow {
  id: string;
  programme: string;
  buddy_id: string | null;
  newcomer_id: string | null;
  buddy_name: string | null;
  newcomer_name: string | null;
  started_on: string;
  duration_months: number | null;
  midterm_on: string | null;
  meetings_per_month: number | null;
  agreements: Agreements;
  suggestion: Duo['suggestion'];
  ended_on: string | null;
  end_reason: string | null;
  created_at: Date;
}

const fromRow = (r: DuoRow): Duo => ({
  id: r.id,
  programme: r.programme,
  buddyId: r.buddy_id,
  newcomerId: r.newcomer_id,
  buddyName: r.buddy_name,
  newcomerName: r.newcomer_name,
  startedOn: r.started_on,
  durationMonths: r.duration_months,
  midtermOn: r.midterm_on,
  meetingsPerMonth: r.meetings_per_month,
  agreements: r.agreements ?? {},
  suggestion: r.suggestion,
  endedOn: r.ended_on,
  endReason: r.end_reason,
  createdAt: r.created_at,
});

export const duoFirstNames = (duo: Duo) => ({ buddy: firstNameOf(duo.buddyName ?? '') || '(gewist)', newcomer: firstNameOf(duo.newcomerName ?? '') || '(gewist)' });

export async function duoById(id: string, sql: Db = db): Promise<Duo | undefined> {
  const { rows } = await sql.query<DuoRow>(`${DUO_SELECT} WHERE d.id = $1`, [id]);
  return rows[0] && fromRow(rows[0]);
}

export async function duosOfPerson(personId: string, sql: Db = db): Promise<Duo[]> {
  const { rows } = await sql.query<DuoRow>(`${DUO_SELECT} WHERE d.buddy_id = $1 OR d.newcomer_id = $1 ORDER BY d.started_on DESC, d.id`, [personId]);
  return rows.map(fromRow);
}

export async function runningDuos(programme: string, sql: Db = db): Promise<Duo[]> {
  const { rows } = await sql.query<DuoRow>(`${DUO_SELECT} WHERE d.programme = $1 AND d.ended_on IS NULL ORDER BY d.started_on DESC, d.id`, [programme]);
  return rows.map(fromRow);
}

export interface NewDuo {
  programme: string;
  buddyId: string;
  newcomerId: string;
  startedOn: string;
  durationMonths: number | null;
  meetingsPerMonth: number | null;
  suggestion: Duo['suggestion'];
  actorId: number;
}

/** Makes a duo of two waiting people of the programme; both become 'matched'. */
export async function createDuo(tx: Db, duo: NewDuo): Promise<string> {
  for (const id of [duo.buddyId, duo.newcomerId]) {
    if (!(await setStatus(tx, { id, from: 'waiting' }, 'matched', { actorId: duo.actorId }))) throw new FlowConflict(id);
  }
  const id = randomBytes(16).toString('hex');
  await tx.query(
    `INSERT INTO duos (id, programme, buddy_id, newcomer_id, started_on, duration_months, meetings_per_month, suggestion, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, duo.programme, duo.buddyId, duo.newcomerId, duo.startedOn, duo.durationMonths, duo.meetingsPerMonth, duo.suggestion && JSON.stringify(duo.suggestion), duo.actorId],
  );
  return id;
}

export async function updateDuo(
  tx: Db,
  id: string,
  fields: { startedOn: string; durationMonths: number | null; meetingsPerMonth: number | null; agreements: Agreements },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    'UPDATE duos SET started_on = $2, duration_months = $3, meetings_per_month = $4, agreements = $5 WHERE id = $1',
    [id, fields.startedOn, fields.durationMonths, fields.meetingsPerMonth, JSON.stringify(fields.agreements)],
  );
  return rowCount === 1;
}

export type AfterDuo = { status: 'waiting' | 'finished' | 'stopped'; stopReason?: string };

/** Ends a running duo; each member then waits again or is closed. */
export async function endDuo(tx: Db, duo: Duo, end: { endedOn: string; reason: string; buddy: AfterDuo; newcomer: AfterDuo; actorId: number }): Promise<void> {
  const { rowCount } = await tx.query('UPDATE duos SET ended_on = $2, end_reason = $3 WHERE id = $1 AND ended_on IS NULL', [duo.id, end.endedOn, end.reason]);
  if (!rowCount) throw new FlowConflict(duo.id);
  await expireOpenEvaluationLinks(tx, duo.id);
  const members: [string | null, AfterDuo][] = [
    [duo.buddyId, end.buddy],
    [duo.newcomerId, end.newcomer],
  ];
  for (const [personId, after] of members) {
    if (!personId) continue;
    const moved = await setStatus(tx, { id: personId, from: 'matched' }, after.status, {
      actorId: end.actorId,
      reason: after.status === 'stopped' ? (after.stopReason ?? 'other') : null,
    });
    if (!moved) throw new FlowConflict(personId);
  }
}

export async function rejectPair(tx: Db, buddyId: string, newcomerId: string, actorId: number): Promise<void> {
  await tx.query('INSERT INTO rejected_pairs (buddy_id, newcomer_id, rejected_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [buddyId, newcomerId, actorId]);
}

/** Rejected pairs among a programme's people, as "buddy:newcomer" keys. */
export async function rejectedPairs(programme: string, sql: Db = db): Promise<Set<string>> {
  const { rows } = await sql.query<{ buddy_id: string; newcomer_id: string }>(
    'SELECT r.buddy_id, r.newcomer_id FROM rejected_pairs r JOIN flow_people b ON b.id = r.buddy_id WHERE b.programme = $1',
    [programme],
  );
  return new Set(rows.map((r) => `${r.buddy_id}:${r.newcomer_id}`));
}

/** The status a person is in, for a member after a duo (exported for the closing form's checks). */
export const AFTER_DUO: readonly Status[] = ['waiting', 'finished', 'stopped'];
