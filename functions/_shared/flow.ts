/**
 * People in a programme's flow (netlify/database/migrations/0002_programme_flow.sql): the list a
 * coordinator pages through, one person with their sign-up and status history, status changes and the
 * intake. Every change writes its status history in the same transaction; the callers audit.
 */
import type { Status } from '../../src/schemas/flow';
import { CLOSED_STATUSES } from '../../src/schemas/flow';
import type { Intake } from '../../src/schemas/intake';
import { firstNameOf } from '../../src/lib/flow-path';
import { db, type Db } from './db';

export type Role = 'buddy' | 'newcomer';

export interface FlowPerson {
  id: string;
  programme: string;
  role: Role;
  status: Status;
  statusChangedAt: Date;
  waitingSince: Date | null;
  stopReason: string | null;
  closedAt: Date | null;
  createdAt: Date;
  imported: boolean;
  intake: Record<string, unknown> | null;
  intakePlannedOn: string | null;
  /** The sign-up's answers (null for imported people), read as stored. */
  signup: Record<string, unknown> | null;
  reference: string | null;
  details: Record<string, unknown>;
  /** Full name as the person gave it (sign-up) or as imported. */
  name: string;
  firstName: string;
}

interface PersonRow {
  id: string;
  programme: string;
  role: Role;
  status: Status;
  status_changed_at: Date;
  waiting_since: Date | null;
  stop_reason: string | null;
  closed_at: Date | null;
  created_at: Date;
  imported: boolean;
  intake: Record<string, unknown> | null;
  intake_planned_on: string | null;
  data: Record<string, unknown> | null;
  reference: string | null;
  details: Record<string, unknown>;
}

const nameOf = (row: { data: Record<string, unknown> | null; details: Record<string, unknown> }) => {
  const source = row.data ?? row.details;
  const name = source?.name ?? [source?.firstName, source?.lastName].filter(Boolean).join(' ');
  return typeof name === 'string' && name.trim() ? name.trim() : '(zonder naam)';
};

const fromRow = (r: PersonRow): FlowPerson => ({
  id: r.id,
  programme: r.programme,
  role: r.role,
  status: r.status,
  statusChangedAt: r.status_changed_at,
  waitingSince: r.waiting_since,
  stopReason: r.stop_reason,
  closedAt: r.closed_at,
  createdAt: r.created_at,
  imported: r.imported,
  intake: r.intake,
  intakePlannedOn: r.intake_planned_on,
  signup: r.data,
  reference: r.reference,
  details: r.details ?? {},
  name: nameOf(r),
  firstName: firstNameOf(nameOf(r)),
});

const PERSON_COLUMNS = `p.id, p.programme, p.role, p.status, p.status_changed_at, p.waiting_since, p.stop_reason, p.closed_at,
  p.created_at, p.imported, p.intake, to_char(p.intake_planned_on, 'YYYY-MM-DD') AS intake_planned_on, s.data, s.reference, p.details`;
const FROM = 'flow_people p LEFT JOIN submissions s ON s.id = p.submission_id';

export type ListOrder = 'waiting' | 'newest';

export interface ListQuery {
  status?: Status;
  role?: Role;
  order: ListOrder;
  page: number;
  pageSize: number;
}

export interface ListedPerson {
  id: string;
  role: Role;
  status: Status;
  firstName: string;
  waitingSince: Date | null;
  createdAt: Date;
  imported: boolean;
}

/**
 * One page of a programme's people: a single query on the (programme, status, role, waiting_since)
 * or (programme, created_at) index, with the total of the filtered list alongside each row.
 */
export async function listPeople(programme: string, q: ListQuery, sql: Db = db): Promise<{ total: number; people: ListedPerson[] }> {
  // Waiting time counts only for people who are waiting now; the others follow, newest first.
  const waitingSince = "CASE WHEN p.status = 'waiting' THEN p.waiting_since END";
  const order = q.order === 'waiting' ? `${waitingSince} ASC NULLS LAST, p.created_at DESC, p.id` : 'p.created_at DESC, p.id';
  const { rows } = await sql.query<{ id: string; role: Role; status: Status; waiting_since: Date | null; created_at: Date; imported: boolean; data: Record<string, unknown> | null; details: Record<string, unknown>; total: string }>(
    `SELECT p.id, p.role, p.status, ${waitingSince} AS waiting_since, p.created_at, p.imported,
       s.data, p.details, count(*) OVER () AS total
     FROM ${FROM}
     WHERE p.programme = $1 AND ($2::text IS NULL OR p.status = $2) AND ($3::text IS NULL OR p.role = $3)
     ORDER BY ${order}
     LIMIT $4 OFFSET $5`,
    [programme, q.status ?? null, q.role ?? null, q.pageSize, (q.page - 1) * q.pageSize],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    people: rows.map((r) => ({ id: r.id, role: r.role, status: r.status, firstName: firstNameOf(nameOf(r)), waitingSince: r.waiting_since, createdAt: r.created_at, imported: r.imported })),
  };
}

/** How many people of a programme are in each status and role (for the filters). */
export async function statusCounts(programme: string, sql: Db = db): Promise<{ status: Status; role: Role; count: number }[]> {
  const { rows } = await sql.query<{ status: Status; role: Role; count: string }>(
    'SELECT status, role, count(*) AS count FROM flow_people WHERE programme = $1 GROUP BY status, role',
    [programme],
  );
  return rows.map((r) => ({ status: r.status, role: r.role, count: Number(r.count) }));
}

export async function personById(id: string, sql: Db = db, lock = false): Promise<FlowPerson | undefined> {
  const { rows } = await sql.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${FROM} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id]);
  return rows[0] && fromRow(rows[0]);
}

/** Everyone of a programme in a status (the waiting group for the suggestions). */
export async function peopleInStatus(programme: string, status: Status, sql: Db = db): Promise<FlowPerson[]> {
  const { rows } = await sql.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${FROM} WHERE p.programme = $1 AND p.status = $2 ORDER BY p.waiting_since, p.id`, [programme, status]);
  return rows.map(fromRow);
}

export interface StatusChange {
  status: Status;
  reason: string | null;
  at: Date;
}

export async function statusHistory(personId: string, sql: Db = db): Promise<StatusChange[]> {
  const { rows } = await sql.query<StatusChange>('SELECT status, reason, at FROM flow_status_changes WHERE person_id = $1 ORDER BY at, id', [personId]);
  return rows;
}

/**
 * Moves a person to a status, with its date in the history: 'waiting' starts the waiting time, a
 * closed status sets closed_at (retention runs from it). Only from `from` (a concurrent change wins
 * once); returns whether it moved.
 */
export async function setStatus(
  tx: Db,
  person: { id: string; from: Status },
  to: Status,
  options: { reason?: string | null; actorId: number | null; plannedOn?: string | null; at?: Date } = { actorId: null },
): Promise<boolean> {
  const at = options.at ?? new Date();
  const closed = CLOSED_STATUSES.includes(to);
  const { rowCount } = await tx.query(
    `UPDATE flow_people SET status = $3, status_changed_at = $4,
       waiting_since = CASE WHEN $3 = 'waiting' THEN $4 ELSE waiting_since END,
       stop_reason = CASE WHEN $3 = 'stopped' THEN $5 ELSE NULL END,
       closed_at = CASE WHEN $6 THEN $4 ELSE NULL END,
       intake_planned_on = CASE WHEN $3 = 'intake-planned' THEN $7::date ELSE intake_planned_on END
     WHERE id = $1 AND status = $2`,
    [person.id, person.from, to, at, options.reason ?? null, closed, options.plannedOn ?? null],
  );
  if (!rowCount) return false;
  await tx.query('INSERT INTO flow_status_changes (person_id, status, reason, actor_id, at) VALUES ($1, $2, $3, $4, $5)', [
    person.id,
    to,
    options.reason ?? null,
    options.actorId,
    at,
  ]);
  return true;
}

/** Stores the intake; a person before their intake then has it done. */
export async function saveIntake(tx: Db, person: FlowPerson, intake: Intake, actorId: number): Promise<void> {
  await tx.query('UPDATE flow_people SET intake = $2 WHERE id = $1', [person.id, JSON.stringify(intake)]);
  if (person.status === 'new' || person.status === 'intake-planned') {
    await setStatus(tx, { id: person.id, from: person.status }, 'intake-done', { actorId });
  }
}
