/**
 * People who may sign in and the programmes they may see. Administrators are the people marked as such
 * in the database and the addresses in ADMIN_EMAILS (the first administrators of a new site).
 */
import { config } from './config';
import { db, type Db } from './db';

export interface Person {
  id: number;
  email: string;
  isAdmin: boolean;
  programmes: string[];
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
/** A coordinator's address as the workspace accepts it (after normaliseEmail). */
export const isCoordinatorEmail = (email: string) => /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(email) && email.length <= 254;

const isAdminAddress = (email: string) => config().adminEmails.includes(email);

interface PersonRow {
  id: string;
  email: string;
  is_admin: boolean;
  programmes: string[] | null;
}

const PERSON_SELECT = `SELECT p.id, p.email, p.is_admin,
  array_remove(array_agg(a.programme ORDER BY a.programme), NULL) AS programmes
  FROM people p LEFT JOIN programme_access a ON a.person_id = p.id`;

const fromRow = (r: PersonRow): Person => ({
  id: Number(r.id),
  email: r.email,
  isAdmin: r.is_admin || isAdminAddress(r.email),
  programmes: r.programmes ?? [],
});

/** Someone with access (an administrator, or a coordinator of at least one programme), else undefined. */
const withAccess = (person: Person | undefined) => (person && (person.isAdmin || person.programmes.length) ? person : undefined);

export async function personById(id: number, sql: Db = db): Promise<Person | undefined> {
  const { rows } = await sql.query<PersonRow>(`${PERSON_SELECT} WHERE p.id = $1 GROUP BY p.id`, [id]);
  return withAccess(rows[0] && fromRow(rows[0]));
}

/**
 * The person who may sign in with this address: known with access, or listed in ADMIN_EMAILS (then
 * created on the spot). Unknown addresses get undefined.
 */
export async function personForSignIn(email: string, sql: Db = db): Promise<Person | undefined> {
  const address = normaliseEmail(email);
  if (isAdminAddress(address)) {
    await sql.query('INSERT INTO people (email) VALUES ($1) ON CONFLICT (email) DO NOTHING', [address]);
  }
  const { rows } = await sql.query<PersonRow>(`${PERSON_SELECT} WHERE p.email = $1 GROUP BY p.id`, [address]);
  return withAccess(rows[0] && fromRow(rows[0]));
}

/** Everyone with access, administrators first, then by address. */
export async function peopleWithAccess(sql: Db = db): Promise<Person[]> {
  const { rows } = await sql.query<PersonRow>(`${PERSON_SELECT} GROUP BY p.id ORDER BY p.email`);
  return rows
    .map(fromRow)
    .filter((p) => p.isAdmin || p.programmes.length)
    .sort((a, b) => Number(b.isAdmin) - Number(a.isAdmin) || a.email.localeCompare(b.email));
}

/** Grants a person (created if new) access to programmes; returns the person id and the new grants. */
export async function grantAccess(email: string, programmes: string[], grantedBy: number | null, sql: Db = db): Promise<{ personId: number; added: string[] }> {
  const address = normaliseEmail(email);
  const { rows } = await sql.query<{ id: string }>(
    'INSERT INTO people (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id',
    [address],
  );
  const personId = Number(rows[0].id);
  const added: string[] = [];
  for (const programme of programmes) {
    const result = await sql.query(
      'INSERT INTO programme_access (person_id, programme, granted_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [personId, programme, grantedBy],
    );
    if (result.rowCount) added.push(programme);
  }
  return { personId, added };
}

/**
 * Revokes one programme; someone left without any access (and not an administrator) loses their
 * sessions at once. Access is checked on every request, so the revocation holds from the next one.
 */
export async function revokeAccess(personId: number, programme: string, sql: Db = db): Promise<boolean> {
  const { rowCount } = await sql.query('DELETE FROM programme_access WHERE person_id = $1 AND programme = $2', [personId, programme]);
  if (!(await personById(personId, sql))) await sql.query('DELETE FROM sessions WHERE person_id = $1', [personId]);
  return (rowCount ?? 0) > 0;
}

/** Where a programme's sign-ups are announced: its coordinators, else the administrators. */
export async function notificationRecipients(programme: string, sql: Db = db): Promise<{ coordinators: string[]; admins: string[] }> {
  const [coordinators, admins] = await Promise.all([
    sql.query<{ email: string }>(
      'SELECT p.email FROM programme_access a JOIN people p ON p.id = a.person_id WHERE a.programme = $1 ORDER BY p.email',
      [programme],
    ),
    sql.query<{ email: string }>('SELECT email FROM people WHERE is_admin ORDER BY email'),
  ]);
  const adminEmails = [...new Set([...admins.rows.map((r) => r.email), ...config().adminEmails])];
  return { coordinators: coordinators.rows.map((r) => r.email), admins: adminEmails };
}

/** Programmes that have at least one coordinator. */
export async function programmesWithCoordinator(sql: Db = db): Promise<Set<string>> {
  const { rows } = await sql.query<{ programme: string }>('SELECT DISTINCT programme FROM programme_access');
  return new Set(rows.map((r) => r.programme));
}
