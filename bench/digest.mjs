// The weekly digest (functions/_shared/digest.ts) over 100,000 people in 300 programmes on a PostgreSQL 15
// server: half of them from sign-ups (the trigger brings them into the flow), half imported; statuses
// spread over the path, a running duo for about one in ten, one coordinator per programme (every tenth
// coordinates two). Time to select and queue every mail, and the process's peak memory meanwhile.
import { loadTs } from './ts.mjs';

export async function benchDigest({ people = 100_000, programmes = 300 } = {}) {
  const support = await loadTs('tests/support/functions-env.ts');
  const env = await support.startFunctionsEnv({ smtp: false, database: 'server' });
  const { queueWeeklyDigest } = await loadTs('functions/_shared/digest.ts');
  const now = new Date('2026-11-23T06:00:00Z');
  try {
    await env.db.query(
      `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
       SELECT md5('s' || n), 'signup', 'BW-' || upper(substr(md5('r' || n), 1, 10)), 'bench/programma-' || (n % $2 + 1),
              CASE WHEN (n / $2::int) % 2 = 0 THEN 'buddy' ELSE 'newcomer' END,
              jsonb_build_object('name', 'Voornaam' || n || ' Achternaam', 'email', 'p' || n || '@example.org', 'postalCode', '3800'),
              'bench', '2026-11-01', $3::timestamptz - (n % 400 || ' days')::interval
       FROM generate_series(1, $1::int / 2) AS n`,
      [people, programmes, now],
    );
    await env.db.query(
      `INSERT INTO flow_people (id, programme, role, imported, details, created_at)
       SELECT md5('i' || n), 'bench/programma-' || (n % $2 + 1), CASE WHEN (n / $2::int) % 2 = 0 THEN 'buddy' ELSE 'newcomer' END, true,
              jsonb_build_object('name', 'Geïmporteerd' || n || ' Achternaam'), $3::timestamptz - (n % 400 || ' days')::interval
       FROM generate_series(1, $1::int - $1::int / 2) AS n`,
      [people, programmes, now],
    );
    // Statuses along the path: a tenth new, a tenth intake planned (half of them overdue), a fifth
    // intake done, a fifth waiting (from 0 to 99 days), a fifth matched, the rest closed.
    await env.db.query(
      `UPDATE flow_people SET
         status = (ARRAY['new', 'intake-planned', 'intake-done', 'intake-done', 'waiting', 'waiting', 'matched', 'matched', 'finished', 'stopped'])[abs(hashtext(id)) % 10 + 1],
         intake_planned_on = ($1::date + (abs(hashtext(id)) % 21 - 10)),
         waiting_since = $2::timestamptz - ((abs(hashtext(id)) % 100) || ' days')::interval`,
      [now.toISOString().slice(0, 10), now],
    );
    // Matched buddies and newcomers of a programme paired in order: a running duo each, started in the last year, six months.
    await env.db.query(
      `WITH matched AS (
         SELECT id, programme, role, row_number() OVER (PARTITION BY programme, role ORDER BY id) AS k FROM flow_people WHERE status = 'matched')
       INSERT INTO duos (id, programme, buddy_id, newcomer_id, started_on, duration_months)
       SELECT md5('d' || b.id), b.programme, b.id, n.id, $1::date - (abs(hashtext(b.id)) % 365), 6
       FROM matched b JOIN matched n ON n.programme = b.programme AND n.k = b.k AND n.role = 'newcomer' WHERE b.role = 'buddy'`,
      [now.toISOString().slice(0, 10)],
    );
    await env.db.query(
      `INSERT INTO people (email) SELECT 'coordinator' || g || '@example.org' FROM generate_series(1, $1::int) g;
       INSERT INTO programme_access (person_id, programme)
         SELECT p.id, 'bench/programma-' || g FROM generate_series(1, $1::int) g JOIN people p ON p.email = 'coordinator' || g || '@example.org'
         UNION ALL
         SELECT p.id, 'bench/programma-' || (g + 1) FROM generate_series(10, $1::int - 1, 10) g JOIN people p ON p.email = 'coordinator' || g || '@example.org';
       ANALYZE`.replaceAll('$1::int', String(programmes)),
    );
    const [{ count: duos }] = await env.db.query('SELECT count(*)::int AS count FROM duos');
    const [{ count: flow }] = await env.db.query('SELECT count(*)::int AS count FROM flow_people');

    global.gc?.();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      const { heapUsed, rss } = process.memoryUsage();
      peakHeap = Math.max(peakHeap, heapUsed);
      peakRss = Math.max(peakRss, rss);
    }, 2);
    const started = performance.now();
    const result = await queueWeeklyDigest(now, 'https://buddy.example', (id) => id);
    const ms = performance.now() - started;
    clearInterval(sampler);
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
    const [{ count: queued, bytes }] = await env.db.query('SELECT count(*)::int AS count, coalesce(sum(length(body)), 0)::int AS bytes FROM mail_queue');
    return {
      database: 'PostgreSQL 15',
      people: flow,
      programmes,
      duos,
      coordinators: result.coordinators,
      mails: result.mails,
      queued,
      averageMailBytes: queued ? Math.round(bytes / queued) : 0,
      ms,
      peakHeapGrowthMB: (peakHeap - before.heapUsed) / 2 ** 20,
      peakRssMB: peakRss / 2 ** 20,
    };
  } finally {
    await env.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchDigest());
