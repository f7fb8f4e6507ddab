/**
 * The mail queue in the database. A mail is queued in the same transaction as the record it is about,
 * sent right after the response (context.waitUntil), and otherwise by the scheduled function send-mail,
 * which retries with backoff until the server accepts it. Nothing is dropped: a mail leaves the queue
 * only by being sent, or with its record (deleted by a coordinator or by the retention purge).
 */
import { db, type Db } from './db';
import { MailConfigError, transportFor, type Mail } from './mail';

type DeployContext = { deploy?: { context?: string } };

export async function enqueue(tx: Db, mails: Mail[], recordId?: string): Promise<number[]> {
  const ids: number[] = [];
  for (const mail of mails) {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO mail_queue (record_id, recipient, reply_to, subject, body) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [recordId ?? null, mail.to, mail.replyTo ?? null, mail.subject, mail.text],
    );
    ids.push(Number(rows[0].id));
  }
  return ids;
}

/** Minutes to wait before attempt n+1: 1, 2, 4, … up to 6 hours. */
export const backoffMinutes = (attempts: number) => Math.min(2 ** Math.max(0, attempts - 1), 360);

export interface DeliveryResult {
  sent: number;
  failed: number;
  configError?: string;
}

interface QueuedRow {
  id: string;
  recipient: string;
  reply_to: string | null;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Sends due mails (or only `ids`), each claimed with a short lock so two runs never send the same mail.
 * `now` lets tests move the clock past a backoff.
 */
export async function deliver(
  options: { ids?: number[]; limit?: number; now?: Date; context?: DeployContext } = {},
): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const { rows } = await db.query<QueuedRow>(
    `UPDATE mail_queue SET locked_until = $1::timestamptz + interval '2 minutes', attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM mail_queue
       WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
         AND ($2::bigint[] IS NULL OR id = ANY($2))
       ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id, recipient, reply_to, subject, body, attempts`,
    [now, options.ids ?? null, options.limit ?? 200],
  );
  if (rows.length === 0) return { sent: 0, failed: 0 };

  const release = (row: QueuedRow, error: string) =>
    db.query(
      `UPDATE mail_queue SET locked_until = NULL, last_error = $2,
         next_attempt_at = $3::timestamptz + make_interval(mins => $4) WHERE id = $1`,
      [row.id, error.slice(0, 200), now, backoffMinutes(row.attempts)],
    );

  let transport;
  try {
    transport = transportFor(options.context);
  } catch (error) {
    if (!(error instanceof MailConfigError)) throw error;
    console.error(`[mail] CONFIGURATIEFOUT: ${error.message} (${rows.length} mail(s) wachten)`);
    await Promise.all(rows.map((row) => release(row, `configuratie: ${error.message}`)));
    return { sent: 0, failed: rows.length, configError: error.message };
  }

  let sent = 0;
  try {
    await Promise.all(
      rows.map(async (row) => {
        try {
          await transport.send({ to: row.recipient, replyTo: row.reply_to ?? undefined, subject: row.subject, text: row.body });
          await db.query('UPDATE mail_queue SET sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1', [row.id]);
          sent++;
        } catch (error) {
          // Logged without the address or the text: only the error code.
          const e = error as { code?: string; responseCode?: number };
          const reason = `${e?.code ?? 'fout'} ${e?.responseCode ?? ''}`.trim();
          console.error(`[mail] niet verstuurd (mail ${row.id}, poging ${row.attempts}): ${reason}`);
          await release(row, reason);
        }
      }),
    );
  } finally {
    transport.close();
  }
  return { sent, failed: rows.length - sent };
}

/** Deliveries started after a response in this instance; tests and the benchmark wait for them. */
const running = new Set<Promise<unknown>>();

/** Sends the given queued mails after the response: through waitUntil where the platform offers it. */
export function deliverAfterResponse(ids: number[], context?: DeployContext & { waitUntil?: (p: Promise<unknown>) => void }) {
  if (ids.length === 0) return;
  const delivery = deliver({ ids, context })
    .catch(() => console.error('[mail] versturen na het antwoord mislukt; send-mail probeert opnieuw'))
    .finally(() => running.delete(delivery));
  running.add(delivery);
  context?.waitUntil?.(delivery);
}

export const deliveriesSettled = async () => {
  while (running.size) await Promise.allSettled([...running]);
};

/** Mails that did not go out after several attempts, for the administrators' page. */
export async function stuckMails(sql: Db = db) {
  const { rows } = await sql.query<{ id: string; created_at: Date; attempts: number; last_error: string | null; next_attempt_at: Date }>(
    `SELECT id, created_at, attempts, last_error, next_attempt_at FROM mail_queue
     WHERE sent_at IS NULL AND (attempts >= 3 OR created_at < now() - interval '30 minutes')
     ORDER BY created_at LIMIT 100`,
  );
  return rows;
}
