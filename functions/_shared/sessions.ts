/**
 * Sign-in by e-mail link and sessions. Tokens are 32 random bytes; the database keeps only their
 * SHA-256. A link is valid for 15 minutes and used once (by the POST of the button on its page, never
 * by opening it: mail scanners open links). A session lives in a __Host- cookie, ends after 2 hours
 * without use or 12 hours in all, by signing out, or when its person loses all access.
 */
import { createHash, randomBytes } from 'node:crypto';
import { config } from './config';
import { db, transaction, type Db } from './db';
import { personById, type Person } from './people';

export const SESSION_COOKIE = '__Host-bw_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Stores a new sign-in link for a person; returns the token to mail. */
export async function createSignInLink(personId: number, now = new Date(), sql: Db = db): Promise<string> {
  const token = newToken();
  await sql.query('INSERT INTO sign_in_links (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    personId,
    now,
    new Date(now.getTime() + config().signInLinkMinutes * 60_000),
  ]);
  return token;
}

/** Whether a link token is still usable (for the page with the button; does not use it). */
export async function signInLinkIsValid(token: string, now = new Date()): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const { rows } = await db.query('SELECT 1 FROM sign_in_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2', [hashToken(token), now]);
  return rows.length > 0;
}

/**
 * Uses a link once and starts a session: returns the person and the session token for the cookie, or
 * undefined for an unknown, used or expired link, or a person without access.
 */
export async function useSignInLink(token: string, now = new Date()): Promise<{ person: Person; sessionToken: string } | undefined> {
  if (!TOKEN.test(token)) return undefined;
  return transaction(async (tx) => {
    const { rows } = await tx.query<{ person_id: string }>(
      'UPDATE sign_in_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING person_id',
      [hashToken(token), now],
    );
    if (!rows[0]) return undefined;
    const person = await personById(Number(rows[0].person_id), tx);
    if (!person) return undefined;
    const sessionToken = newToken();
    await tx.query('INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
      hashToken(sessionToken),
      person.id,
      now,
      new Date(now.getTime() + config().sessionAbsoluteHours * 3_600_000),
    ]);
    return { person, sessionToken };
  });
}

export function sessionCookieValue(req: Request): string | undefined {
  const cookies = req.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * The signed-in person for this request, or undefined (no cookie, unknown or tampered value, idle or
 * absolute timeout passed, or access revoked). A valid session's idle clock restarts.
 */
export async function currentPerson(req: Request, now = new Date()): Promise<(Person & { sessionHash: string }) | undefined> {
  const token = sessionCookieValue(req);
  if (!token || !TOKEN.test(token)) return undefined;
  const hash = hashToken(token);
  const idleSince = new Date(now.getTime() - config().sessionIdleMinutes * 60_000);
  const { rows } = await db.query<{ person_id: string }>(
    'UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND expires_at > $2 AND last_seen_at > $3 RETURNING person_id',
    [hash, now, idleSince],
  );
  if (!rows[0]) return undefined;
  const person = await personById(Number(rows[0].person_id));
  return person && { ...person, sessionHash: hash };
}

export async function endSession(sessionHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sessionHash]);
}

const cookie = (value: string, maxAgeSeconds: number) =>
  `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAgeSeconds}`;

export const sessionCookie = (token: string) => cookie(token, config().sessionAbsoluteHours * 3600);
export const clearedSessionCookie = () => cookie('', 0);
