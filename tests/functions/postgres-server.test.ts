/**
 * Against a real PostgreSQL 15 server (the embedded engine shares one session between connections, so
 * concurrency, transactions and failures are proven here): 1,000 concurrent sign-ups, a mail outage,
 * and the database going away mid-traffic.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import signup from '../../functions/signup';
import sendMail from '../../functions/send-mail';
import { closeDatabase } from '../../functions/_shared/db';
import { FIXTURE, postForm, postJson, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';
import type { startPostgresServer } from '../support/database';

type Server = Awaited<ReturnType<typeof startPostgresServer>>;
let env: FunctionsEnv<Server>;

beforeAll(async () => {
  env = await startFunctionsEnv({ database: 'server' });
  const [{ version }] = await env.db.query<{ version: string }>('SELECT version()');
  expect(version).toMatch(/^PostgreSQL 15/);
});
afterAll(() => env?.close());
beforeEach(async () => {
  await env.reset();
  await env.seedPeople();
  process.env.RATE_LIMIT_MAX = '1000000';
});

/** Runs `total` sign-ups, `parallel` at a time; half JSON, half form posts, from many clients. */
async function signUps(total: number, parallel: number, onResponse?: (done: number) => void) {
  const statuses: number[] = [];
  const references: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const n = next++;
      const payload = validSignup({
        name: `Deelnemer ${n}`,
        email: `deelnemer${n}@example.org`,
        programme: n % 2 ? FIXTURE.open : FIXTURE.openNoCoordinator,
        idempotencyKey: `concurrency-${n}`,
      });
      const context = { ip: `10.0.${n % 200}.${n % 7}` };
      const res =
        n % 2
          ? await signup(postJson('/api/signup', payload), context)
          : await signup(postForm('/api/signup', { ...payload, consent: 'ja' } as unknown as Record<string, string>), context);
      statuses.push(res.status);
      if (res.status === 201) references.push((await res.json()).reference);
      if (res.status === 200) references.push(/class="reference">([^<]+)</.exec(await res.text())![1]);
      onResponse?.(statuses.length);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { statuses, references };
}

describe('PostgreSQL 15 server', () => {
  it('1,000 sign-ups, 50 at a time: exactly 1,000 rows, each with its mails; a retry storm adds none', async () => {
    const started = performance.now();
    const { statuses, references } = await signUps(1000, 50);
    const seconds = (performance.now() - started) / 1000;
    expect(statuses.filter((s) => s === 201 || s === 200)).toHaveLength(1000);
    const rows = await env.db.query<{ n: string; names: string; refs: string }>(
      `SELECT count(*) AS n, count(DISTINCT data->>'name') AS names, count(DISTINCT reference) AS refs FROM submissions WHERE form = 'signup'`,
    );
    expect(rows[0]).toEqual({ n: '1000', names: '1000', refs: '1000' });
    const stored = new Set((await env.db.query<{ reference: string }>('SELECT reference FROM submissions')).map((r) => r.reference));
    expect(references.every((r) => stored.has(r))).toBe(true);
    await env.deliveries();
    const [mails] = await env.db.query<{ total: string; sent: string }>('SELECT count(*) AS total, count(sent_at) AS sent FROM mail_queue');
    expect(mails).toEqual({ total: '2000', sent: '2000' });
    expect(env.mails).toHaveLength(2000);
    console.log(`[concurrency] 1000 sign-ups, 50 at a time, PostgreSQL 15: 1000 rows, ${seconds.toFixed(1)} s (${Math.round(1000 / seconds)}/s)`);

    const again = await signUps(1000, 50);
    expect(again.statuses.filter((s) => s === 201 || s === 200)).toHaveLength(1000);
    expect((await env.db.query('SELECT 1 FROM submissions'))).toHaveLength(1000);
    await env.deliveries();
    expect((await env.db.query('SELECT 1 FROM mail_queue'))).toHaveLength(2000);
  });

  it('SMTP server down during 200 sign-ups: 0 lost, all mails delivered by send-mail once it is back', async () => {
    env.setSmtpFailing(true);
    const { statuses } = await signUps(200, 50);
    expect(statuses.every((s) => s === 201 || s === 200)).toBe(true);
    await env.deliveries();
    expect(await env.db.query('SELECT 1 FROM submissions')).toHaveLength(200);
    const [waiting] = await env.db.query<{ n: string }>('SELECT count(*) AS n FROM mail_queue WHERE sent_at IS NULL AND attempts = 1');
    expect(waiting.n).toBe('400');
    expect(env.mails).toHaveLength(0);

    // The server is back; the retry time (backoff) has come.
    env.setSmtpFailing(false);
    await env.db.query('UPDATE mail_queue SET next_attempt_at = now()');
    expect((await sendMail(new Request('http://127.0.0.1:9/.netlify/functions/send-mail', { method: 'POST' }))).status).toBe(204);
    const [after] = await env.db.query<{ unsent: string }>('SELECT count(*) FILTER (WHERE sent_at IS NULL) AS unsent FROM mail_queue');
    expect(after.unsent).toBe('0');
    expect(env.mails).toHaveLength(400);
    const people = new Set(env.mails.flatMap((m) => m.to).filter((to) => to.startsWith('deelnemer')));
    expect(people.size).toBe(200);
  });

  it('database unreachable: a clear 503, and nothing half-written (every stored sign-up has all its mails)', async () => {
    let halted = false;
    const { statuses, references } = await signUps(300, 50, (done) => {
      // spawnSync blocks this process while the server stops: requests in flight lose their connection.
      if (done === 100 && !halted) {
        halted = true;
        env.db.halt();
      }
    });
    const ok = statuses.filter((s) => s === 201 || s === 200).length;
    const unavailable = statuses.filter((s) => s === 503).length;
    expect(ok + unavailable).toBe(300);
    expect(unavailable).toBeGreaterThan(100);

    const refused = await signup(postForm('/api/signup', { ...validSignup({ name: 'Tijdens storing' }), consent: 'ja' } as unknown as Record<string, string>), { ip: '10.9.9.9' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('120');
    const page = await refused.text();
    expect(page).toContain('je gegevens konden nu niet bewaard worden');
    expect(page).toContain('value="Tijdens storing"');

    env.db.resume();
    await closeDatabase();
    await env.deliveries();
    const stored = await env.db.query<{ reference: string; mails: string }>(
      `SELECT s.reference, (SELECT count(*) FROM mail_queue m WHERE m.record_id = s.id) AS mails FROM submissions s`,
    );
    // Every confirmed sign-up is stored, and no sign-up is stored without its two mails.
    const storedRefs = new Set(stored.map((r) => r.reference));
    expect(references.every((r) => storedRefs.has(r))).toBe(true);
    expect(stored.every((r) => r.mails === '2')).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(ok);
    console.log(`[unreachable] 300 sign-ups, server stopped after 100 answers: ${ok} stored and confirmed, ${unavailable} answered 503, ${stored.length} rows, all complete`);

    // And it works again.
    expect((await signup(postJson('/api/signup', validSignup({ name: 'Na storing' })), { ip: '10.9.9.8' })).status).toBe(201);
  });
});
