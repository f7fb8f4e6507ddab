/**
 * Mid-term evaluations: a single-use link per member of a duo (only the SHA-256 of the token is
 * stored, as for sign-in links), and the answers, kept with the duo.
 */
import { db, type Db } from './db';
import { hashToken, newToken } from './sessions';

/** How long an evaluation link works. */
export const EVALUATION_LINK_DAYS = 30;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new link for a member of a running duo; undefined when the duo has ended. The duo's row is locked
 * while the link is made, so a closing that commits meanwhile cannot miss the link when it ends them.
 */
export async function createEvaluationLink(tx: Db, duoId: string, personId: string, language: string, now = new Date()): Promise<string | undefined> {
  const { rows } = await tx.query('SELECT 1 FROM duos WHERE id = $1 AND ended_on IS NULL FOR SHARE', [duoId]);
  if (!rows.length) return undefined;
  const token = newToken();
  await tx.query('INSERT INTO evaluation_links (token_hash, duo_id, person_id, language, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    hashToken(token),
    duoId,
    personId,
    language,
    now,
    new Date(now.getTime() + EVALUATION_LINK_DAYS * 86_400_000),
  ]);
  return token;
}

/**
 * Ends a closed duo's unused links: their expiry moves to now, so the public page answers as for any
 * expired link (in the link's language) and the duo's page lists them as expired.
 */
export async function expireOpenEvaluationLinks(tx: Db, duoId: string, now = new Date()): Promise<void> {
  await tx.query('UPDATE evaluation_links SET expires_at = $2 WHERE duo_id = $1 AND used_at IS NULL AND expires_at > $2', [duoId, now]);
}

export interface EvaluationLink {
  duoId: string;
  personId: string;
  language: string;
  usedAt: Date | null;
  expired: boolean;
}

/** What a token is: unknown (undefined), used, expired or open. Does not use it. */
export async function evaluationLink(token: string, now = new Date(), sql: Db = db): Promise<EvaluationLink | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const { rows } = await sql.query<{ duo_id: string; person_id: string; language: string; used_at: Date | null; expires_at: Date }>(
    'SELECT duo_id, person_id, language, used_at, expires_at FROM evaluation_links WHERE token_hash = $1',
    [hashToken(token)],
  );
  const r = rows[0];
  return r && { duoId: r.duo_id, personId: r.person_id, language: r.language, usedAt: r.used_at, expired: r.expires_at <= now };
}

/** Stores the answers and uses the link, once: false when it was used (or expired) meanwhile. */
export async function answerEvaluation(tx: Db, token: string, answers: Record<string, string>, now = new Date()): Promise<boolean> {
  const { rows } = await tx.query<{ duo_id: string; person_id: string; language: string }>(
    'UPDATE evaluation_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING duo_id, person_id, language',
    [hashToken(token), now],
  );
  if (!rows[0]) return false;
  await tx.query('INSERT INTO evaluations (duo_id, person_id, answers, language, submitted_at) VALUES ($1, $2, $3, $4, $5)', [
    rows[0].duo_id,
    rows[0].person_id,
    JSON.stringify(answers),
    rows[0].language,
    now,
  ]);
  return true;
}

export interface Evaluation {
  personId: string;
  answers: Record<string, string>;
  language: string;
  submittedAt: Date;
}

export async function evaluationsOfDuo(duoId: string, sql: Db = db): Promise<Evaluation[]> {
  const { rows } = await sql.query<{ person_id: string; answers: Record<string, string>; language: string; submitted_at: Date }>(
    'SELECT person_id, answers, language, submitted_at FROM evaluations WHERE duo_id = $1 ORDER BY submitted_at, id',
    [duoId],
  );
  return rows.map((r) => ({ personId: r.person_id, answers: r.answers, language: r.language, submittedAt: r.submitted_at }));
}

/** Links sent for a duo (without tokens): who got one, when, and whether it was used. */
export async function evaluationLinksOfDuo(duoId: string, sql: Db = db): Promise<{ personId: string; createdAt: Date; usedAt: Date | null; expiresAt: Date }[]> {
  const { rows } = await sql.query<{ person_id: string; created_at: Date; used_at: Date | null; expires_at: Date }>(
    'SELECT person_id, created_at, used_at, expires_at FROM evaluation_links WHERE duo_id = $1 ORDER BY created_at',
    [duoId],
  );
  return rows.map((r) => ({ personId: r.person_id, createdAt: r.created_at, usedAt: r.used_at, expiresAt: r.expires_at }));
}
