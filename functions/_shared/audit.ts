/** The audit log: who (person id), when, what, which programme and record id. No personal data. */
import { db, type Db } from './db';

export type AuditAction =
  | 'sign-in' | 'sign-out' | 'grant' | 'revoke' | 'view' | 'export' | 'change' | 'delete'
  // The programme's flow (issue 13); record_id is then the person's or the duo's id.
  | 'status' | 'intake' | 'import' | 'match' | 'reject' | 'duo' | 'evaluation' | 'close' | 'erase' | 'settings';

export async function audit(
  entry: { actorId: number | null; action: AuditAction; programme?: string | null; recordId?: string | null },
  sql: Db = db,
): Promise<void> {
  await sql.query('INSERT INTO audit_log (actor_id, action, programme, record_id) VALUES ($1, $2, $3, $4)', [
    entry.actorId,
    entry.action,
    entry.programme ?? null,
    entry.recordId ?? null,
  ]);
}

export interface AuditEntry {
  at: Date;
  actorId: number | null;
  action: AuditAction;
  programme: string | null;
  recordId: string | null;
}

export async function auditEntries(options: { page?: number; pageSize?: number } = {}, sql: Db = db): Promise<AuditEntry[]> {
  const pageSize = options.pageSize ?? 100;
  const { rows } = await sql.query<{ at: Date; actor_id: string | null; action: AuditAction; programme: string | null; record_id: string | null }>(
    'SELECT at, actor_id, action, programme, record_id FROM audit_log ORDER BY at DESC, id DESC LIMIT $1 OFFSET $2',
    [pageSize, Math.max(0, (options.page ?? 1) - 1) * pageSize],
  );
  return rows.map((r) => ({ at: r.at, actorId: r.actor_id === null ? null : Number(r.actor_id), action: r.action, programme: r.programme, recordId: r.record_id }));
}
