// The programme flow in the workspace (functions/workspace.ts) called in-process against a real
// PostgreSQL 15 server: the people list of a programme with 1,000 people (first and last page, the
// waiting filter), and the suggestions page ("Koppelen") for a waiting group with intakes, which
// reads everyone waiting, judges every pair and solves the assignment on each request.
import { loadTs } from './ts.mjs';

const LANGS = ['nl', 'ar', 'fr', 'en', 'uk', 'prs', 'tr'];
const MOMENTS = ['ma-av', 'di-nm', 'wo-nm', 'do-av', 'za-vm', 'za-nm', 'zo-nm'];
const INTERESTS = ['koken', 'sport', 'wandelen', 'fietsen', 'cultuur', 'spelletjes'];
const POSTCODES = ['3800', '3500', '3000', '2000', '9000', '1000', '3700', '3600'];

/** SQL for a deterministic intake of person n (languages, moments, interests and postcode vary). */
const intakeSql = `jsonb_strip_nulls(jsonb_build_object(
  'languages', jsonb_build_array('nl', (ARRAY$L)[1 + n % 7]),
  'availability', jsonb_build_array((ARRAY$M)[1 + n % 7], (ARRAY$M)[1 + (n / 7) % 7]),
  'interests', jsonb_build_array((ARRAY$I)[1 + n % 6]),
  'postalCode', (ARRAY$P)[1 + n % 8], 'household', 'gezin', 'emailChecked', false,
  'dutchLevel', CASE WHEN n % 2 = 1 THEN 'goed' END))`;

const withoutPage = ({ p50, p95 }) => ({ p50, p95 });

export async function benchFlow({ people = 1000, waitingPerSide = [100, 250, 500], requests = 20 } = {}) {
  const support = await loadTs('tests/support/functions-env.ts');
  const { workspaceTimer } = await import('./signup.mjs');
  const env = await support.startFunctionsEnv({ smtp: false, database: 'server' });
  const arrays = (list) => `['${list.join("','")}']`;
  const sql = intakeSql.replaceAll('$L', arrays(LANGS)).replaceAll('$M', arrays(MOMENTS)).replaceAll('$I', arrays(INTERESTS)).replaceAll('$P', arrays(POSTCODES));
  const programme = support.FIXTURE.open;
  const base = 'http://127.0.0.1:9/coordinator';
  try {
    /** `count` people of the programme, the first `waiting` of them waiting with an intake; a fresh timer. */
    const fill = async (count, waiting) => {
      await env.reset();
      await env.seedPeople();
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
         SELECT md5('flow' || n), 'signup', 'BW-' || n, $1, CASE WHEN n % 2 = 0 THEN 'buddy' ELSE 'newcomer' END,
           jsonb_build_object('name', 'Persoon' || n || ' Bench'), 'bench', '2026-11-22', now() - n * interval '1 hour'
         FROM generate_series(1, $2::int) AS n`,
        [programme, count],
      );
      await env.db.query(
        `UPDATE flow_people f SET status = 'waiting', waiting_since = now() - (s.n * interval '1 hour'), intake = ${sql}
         FROM (SELECT md5('flow' || n) AS id, n FROM generate_series(1, $1::int) AS n) s WHERE f.id = s.id`,
        [waiting],
      );
      await env.db.query('ANALYZE flow_people');
      return workspaceTimer(env, support.FIXTURE.coordinatorEmail, requests, { keepLast: true });
    };
    const list = await fill(people, Math.round(people * 0.3));
    const enc = encodeURIComponent(programme);
    const result = {
      database: 'PostgreSQL 15',
      people,
      requests,
      list: {
        firstPage: withoutPage(await list(`${base}/mensen?programme=${enc}`)),
        lastPage: withoutPage(await list(`${base}/mensen?programme=${enc}&pagina=${Math.ceil(people / 50)}`)),
        waitingNewcomers: withoutPage(await list(`${base}/mensen?programme=${enc}&status=waiting&rol=newcomer`)),
      },
      suggestions: [],
    };
    for (const perSide of waitingPerSide) {
      const page = await fill(perSide * 2, perSide * 2);
      const timed = await page(`${base}/koppelen?programme=${enc}`);
      // Proof the page suggested pairs (an intake the schema refused would leave nothing to time).
      const pairs = (timed.last.match(/<li class="suggestion">/g) ?? []).length;
      if (pairs === 0) throw new Error(`no suggestions for ${perSide} waiting per side`);
      result.suggestions.push({ perSide, pairs, p50: timed.p50, p95: timed.p95 });
    }
    return result;
  } finally {
    await env.close();
  }
}
