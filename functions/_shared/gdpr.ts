/**
 * GDPR access and erasure for one person in a programme's flow: everything held about them as one
 * JSON document, and erasing it in one transaction. A duo partner keeps their own data: the duo stays
 * (migration 0003 empties the erased side), a running duo is ended and the partner waits again; the
 * duo's suggestion sentence, which names both, is dropped.
 */
import { db, type Db } from './db';
import { expireOpenEvaluationLinks } from './evaluations';
import { setStatus, statusHistory, type FlowPerson } from './flow';

export async function personExport(p: FlowPerson, sql: Db = db): Promise<Record<string, unknown>> {
  const [signup, history, duos, evaluations, links, mails] = await Promise.all([
    p.signup
      ? sql.query('SELECT id, reference, programme, role, data, form_version, privacy_version, created_at FROM submissions WHERE id = $1', [p.id]).then((r) => r.rows[0] ?? null)
      : Promise.resolve(null),
    statusHistory(p.id, sql),
    sql
      .query(
        `SELECT id, programme, CASE WHEN buddy_id = $1 THEN 'buddy' ELSE 'newcomer' END AS role_in_duo, to_char(started_on, 'YYYY-MM-DD') AS started_on,
           duration_months, meetings_per_month, agreements, to_char(ended_on, 'YYYY-MM-DD') AS ended_on, end_reason, created_at
         FROM duos WHERE buddy_id = $1 OR newcomer_id = $1 ORDER BY started_on`,
        [p.id],
      )
      .then((r) => r.rows),
    sql.query('SELECT duo_id, answers, language, submitted_at FROM evaluations WHERE person_id = $1 ORDER BY submitted_at', [p.id]).then((r) => r.rows),
    sql.query('SELECT duo_id, language, created_at, expires_at, used_at FROM evaluation_links WHERE person_id = $1 ORDER BY created_at', [p.id]).then((r) => r.rows),
    sql.query('SELECT recipient, subject, body, created_at, sent_at FROM mail_queue WHERE record_id = $1 ORDER BY created_at', [p.id]).then((r) => r.rows),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    person: {
      id: p.id,
      programme: p.programme,
      role: p.role,
      status: p.status,
      statusChangedAt: p.statusChangedAt,
      waitingSince: p.waitingSince,
      stopReason: p.stopReason,
      closedAt: p.closedAt,
      createdAt: p.createdAt,
      imported: p.imported,
      details: p.details,
      intake: p.intake,
      intakePlannedOn: p.intakePlannedOn,
    },
    signup,
    statusHistory: history,
    duos,
    evaluations,
    evaluationLinks: links,
    mails,
  };
}

/** The running duo's partner, who waits again after the erasure (for the confirmation page). */
export async function runningPartner(p: FlowPerson, sql: Db = db): Promise<{ duoId: string; partnerId: string | null } | undefined> {
  const { rows } = await sql.query<{ id: string; buddy_id: string | null; newcomer_id: string | null }>(
    'SELECT id, buddy_id, newcomer_id FROM duos WHERE (buddy_id = $1 OR newcomer_id = $1) AND ended_on IS NULL',
    [p.id],
  );
  const duo = rows[0];
  return duo && { duoId: duo.id, partnerId: duo.buddy_id === p.id ? duo.newcomer_id : duo.buddy_id };
}

export async function erasePerson(tx: Db, p: FlowPerson, actorId: number, today: string): Promise<void> {
  const running = await runningPartner(p, tx);
  if (running) {
    await tx.query(`UPDATE duos SET ended_on = $2, end_reason = 'other' WHERE id = $1 AND ended_on IS NULL`, [running.duoId, today]);
    await expireOpenEvaluationLinks(tx, running.duoId);
    if (running.partnerId) await setStatus(tx, { id: running.partnerId, from: 'matched' }, 'waiting', { actorId, reason: 'duo beëindigd: partner gewist' });
  }
  await tx.query('UPDATE duos SET suggestion = NULL WHERE buddy_id = $1 OR newcomer_id = $1', [p.id]);
  await tx.query('DELETE FROM mail_queue WHERE record_id = $1', [p.id]);
  // The flow row goes with its sign-up (ON DELETE CASCADE), taking status history, links, evaluations and rejected pairs.
  await tx.query('DELETE FROM flow_people WHERE id = $1', [p.id]);
  if (p.signup) await tx.query('DELETE FROM submissions WHERE id = $1', [p.id]);
}
