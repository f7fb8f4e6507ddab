/**
 * Form records in the database: sign-ups, practice submissions and corrections. Written once after
 * validation; read back as stored, whatever version of the form they were made under (never dropped).
 */
import { createHash, randomInt } from 'node:crypto';
import { db, type Db } from './db';

export type FormId = 'signup' | 'practice-submission' | 'feedback';

export interface StoredRecord {
  id: string;
  form: FormId;
  reference: string;
  programme: string | null;
  role: string | null;
  data: Record<string, unknown>;
  formVersion: string;
  privacyVersion: string;
  createdAt: Date;
}

interface RecordRow {
  id: string;
  form: FormId;
  reference: string;
  programme: string | null;
  role: string | null;
  data: Record<string, unknown>;
  form_version: string;
  privacy_version: string;
  created_at: Date;
}

const fromRow = (r: RecordRow): StoredRecord => ({
  id: r.id,
  form: r.form,
  reference: r.reference,
  programme: r.programme,
  role: r.role,
  data: r.data,
  formVersion: r.form_version,
  privacyVersion: r.privacy_version,
  createdAt: r.created_at,
});

const COLUMNS = 'id, form, reference, programme, role, data, form_version, privacy_version, created_at';

/** A reference a person can quote: 10 characters without look-alikes (0/O, 1/I/L), random. */
export function newReference(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]);
  return `BW-${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Version of a form: a short hash of its field names, so a changed form gets a new version by itself. */
export const formVersion = (fieldNames: string[]) =>
  createHash('sha256').update(fieldNames.join(',')).digest('hex').slice(0, 12);

export interface NewRecord {
  id: string;
  form: FormId;
  programme?: string;
  role?: string;
  data: Record<string, unknown>;
  formVersion: string;
  privacyVersion: string;
}

/**
 * Inserts the record unless one with the same id exists (a retry); returns the stored record and
 * whether this call created it.
 */
export async function insertRecord(tx: Db, record: NewRecord): Promise<{ record: StoredRecord; created: boolean }> {
  const inserted = await tx.query<RecordRow>(
    `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
    [record.id, record.form, newReference(), record.programme ?? null, record.role ?? null, JSON.stringify(record.data), record.formVersion, record.privacyVersion],
  );
  if (inserted.rows[0]) return { record: fromRow(inserted.rows[0]), created: true };
  const existing = await tx.query<RecordRow>(`SELECT ${COLUMNS} FROM submissions WHERE id = $1`, [record.id]);
  return { record: fromRow(existing.rows[0]), created: false };
}

export interface SignupPage {
  total: number;
  records: StoredRecord[];
}

/** One page of a programme's sign-ups, newest first, optionally one role. */
export async function listSignups(programme: string, options: { role?: string; page?: number; pageSize?: number } = {}, sql: Db = db): Promise<SignupPage> {
  const pageSize = options.pageSize ?? 50;
  const offset = Math.max(0, (options.page ?? 1) - 1) * pageSize;
  const role = options.role ?? null;
  const [count, page] = await Promise.all([
    sql.query<{ n: string }>(`SELECT count(*) AS n FROM submissions WHERE form = 'signup' AND programme = $1 AND ($2::text IS NULL OR role = $2)`, [programme, role]),
    sql.query<RecordRow>(
      `SELECT ${COLUMNS} FROM submissions WHERE form = 'signup' AND programme = $1 AND ($2::text IS NULL OR role = $2)
       ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [programme, role, pageSize, offset],
    ),
  ]);
  return { total: Number(count.rows[0].n), records: page.rows.map(fromRow) };
}

/** Every sign-up of a programme, newest first (the CSV export). */
export async function allSignups(programme: string, sql: Db = db): Promise<StoredRecord[]> {
  const { rows } = await sql.query<RecordRow>(
    `SELECT ${COLUMNS} FROM submissions WHERE form = 'signup' AND programme = $1 ORDER BY created_at DESC, id DESC`,
    [programme],
  );
  return rows.map(fromRow);
}

/** Deletes one sign-up of a programme; false when there is none (any more). Its queued mails go with it. */
export async function deleteSignup(programme: string, id: string, sql: Db = db): Promise<boolean> {
  const { rowCount } = await sql.query(`DELETE FROM submissions WHERE form = 'signup' AND programme = $1 AND id = $2`, [programme, id]);
  return (rowCount ?? 0) > 0;
}

/** Sign-up counts per programme id, to find records whose programme left the content. */
export async function signupCountsByProgramme(sql: Db = db): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ programme: string; n: string }>(
    `SELECT programme, count(*) AS n FROM submissions WHERE form = 'signup' GROUP BY programme ORDER BY programme`,
  );
  return new Map(rows.map((r) => [r.programme, Number(r.n)]));
}

/** One sign-up of a programme, or undefined. */
export async function signupById(programme: string, id: string, sql: Db = db): Promise<StoredRecord | undefined> {
  const { rows } = await sql.query<RecordRow>(`SELECT ${COLUMNS} FROM submissions WHERE form = 'signup' AND programme = $1 AND id = $2`, [programme, id]);
  return rows[0] && fromRow(rows[0]);
}
