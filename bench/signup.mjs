// The sign-up function (functions/signup.ts) called in-process, as Netlify would, against a real
// PostgreSQL 15 server and a local SMTP server (tests/support/functions-env.ts) with its fixture content.
// Mails go through the queue after the response, so the latency is the person's wait only; the
// deliveries are awaited between levels (and checked: every mail sent).
// Also: the coordinators' list (first page) for a programme with 10,000 sign-ups.
import { loadTs } from './ts.mjs';

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** The last figures measured on Netlify Blobs (before issue 10), printed beside the database's. */
export const BLOBS_BASELINE = [
  { mail: 'smtp', concurrency: 1, requestsPerSecond: 8.6, p50: 110 },
  { mail: 'smtp', concurrency: 50, requestsPerSecond: 204 },
];

/**
 * `smtp: true` queues both mails and sends them to a local SMTP server (production); `false` writes
 * them to the outbox folder instead (development and previews).
 */
export async function benchSignup({ smtp = true, levels = [
  { concurrency: 1, requests: 200 },
  { concurrency: 10, requests: 1000 },
  { concurrency: 50, requests: 2000 },
] } = {}) {
  const support = await loadTs('tests/support/functions-env.ts');
  const env = await support.startFunctionsEnv({ smtp, database: 'server' });
  process.env.RATE_LIMIT_MAX = '1000000';
  const { default: signup } = await loadTs('functions/signup.ts');
  const results = [];
  try {
    for (const { concurrency, requests } of levels) {
      await env.reset();
      await env.seedPeople();
      const latencies = [];
      let next = 0;
      let failed = 0;
      const worker = async () => {
        while (next < requests) {
          const i = next++;
          const request = support.postJson('/api/signup', support.validSignup({ idempotencyKey: `bench-${concurrency}-${i}-${Date.now()}` }));
          const started = process.hrtime.bigint();
          const response = await signup(request, { ip: `198.51.100.${i % 250}` });
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (response.status !== 201) failed++;
        }
      };
      const started = process.hrtime.bigint();
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await env.deliveries();
      latencies.sort((a, b) => a - b);
      const [{ stored }] = await env.db.query('SELECT count(*)::int AS stored FROM submissions');
      const [{ unsent }] = await env.db.query('SELECT count(*)::int AS unsent FROM mail_queue WHERE sent_at IS NULL');
      results.push({
        mail: smtp ? 'smtp' : 'outbox',
        database: 'PostgreSQL 15',
        concurrency,
        sent: requests,
        failed,
        stored,
        storedEqualsSent: stored === requests,
        mailsUnsent: unsent,
        requestsPerSecond: requests / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
      });
    }
  } finally {
    await env.close();
  }
  return results;
}

/** p50/p95 of the first page of a programme's list with `count` sign-ups, as a signed-in coordinator. */
export async function benchCoordinatorList({ count = 10_000, requests = 200 } = {}) {
  const support = await loadTs('tests/support/functions-env.ts');
  const env = await support.startFunctionsEnv({ smtp: false, database: 'server' });
  try {
    await env.seedPeople();
    const programme = support.FIXTURE.open;
    // 10,000 sign-ups in this programme, 10,000 in the other, spread over the last year.
    await env.db.query(
      `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
       SELECT md5(p || n::text), 'signup', 'BW-' || upper(substr(md5('r' || p || n::text), 1, 10)), p,
              CASE WHEN n % 2 = 0 THEN 'buddy' ELSE 'newcomer' END,
              jsonb_build_object('name', 'Persoon ' || n, 'email', 'p' || n || '@example.org', 'postalCode', '3800',
                'languages', 'Nederlands', 'availability', 'Zaterdag', 'consent', true),
              'bench', '2026-11-22', now() - (n || ' minutes')::interval
       FROM generate_series(1, $1::int) AS n, unnest($2::text[]) AS p`,
      [count, [programme, support.FIXTURE.openNoCoordinator]],
    );
    await env.db.query('ANALYZE submissions');
    const measure = await workspaceTimer(env, support.FIXTURE.coordinatorEmail, requests);
    const url = `http://127.0.0.1:9/coordinator/aanmeldingen?programme=${encodeURIComponent(programme)}`;
    return {
      database: 'PostgreSQL 15',
      signups: count,
      requests,
      firstPage: await measure(url),
      lastPage: await measure(`${url}&pagina=${Math.ceil(count / 50)}`),
      buddiesOnly: await measure(`${url}&rol=buddy`),
    };
  } finally {
    await env.close();
  }
}

/**
 * Times GET requests to the workspace (p50/p95 in ms) with a session for `email`; every answer must be
 * 200. `keepLast` also returns the last page's HTML (to check what was timed).
 */
export async function workspaceTimer(env, email, requests, { keepLast = false } = {}) {
  const { default: workspace } = await loadTs('functions/workspace.ts');
  const sessions = await loadTs('functions/_shared/sessions.ts');
  const [{ id }] = await env.db.query('SELECT id FROM people WHERE email = $1', [email]);
  const { sessionToken } = await sessions.useSignInLink(await sessions.createSignInLink(Number(id)));
  return async (url) => {
    const latencies = [];
    let last = '';
    for (let i = 0; i < requests; i++) {
      const started = process.hrtime.bigint();
      const res = await workspace(new Request(url, { headers: { cookie: `${sessions.SESSION_COOKIE}=${sessionToken}` } }), { ip: '192.0.2.1' });
      last = await res.text();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), ...(keepLast && { last }) };
  };
}
