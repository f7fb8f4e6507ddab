/**
 * The programme's flow in the workspace (issue 13): the people list, a person's page and status
 * changes, the intake, suggestions and duos, the evaluation links, closing, settings and GDPR export
 * and erasure, on the engine the test file chooses (workspace-flow.test.ts: embedded;
 * workspace-flow-postgres.test.ts: the PostgreSQL server). Assertions read what a coordinator sees.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import signup from '../../functions/signup';
import { FIXTURE, postJson, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';
import { callWorkspace as call, linkedPeople, sessionFor } from '../support/workspace-client';

/** Visible text of a page's main part, tags dropped and entities undone, for assertions. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

export function workspaceFlowSuite(database: 'embedded' | 'server') {
  let env: FunctionsEnv;
  let coordinator: string;
  const programme = FIXTURE.open;
  const enc = encodeURIComponent(programme);

  /** A sign-up as today's form stores it (lists of codes and day-parts), through the database. */
  async function addSignup(data: Record<string, unknown>): Promise<string> {
    const id = randomBytes(16).toString('hex');
    await env.db.query(
      `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version) VALUES ($1, 'signup', $2, $3, $4, $5, 'test', '2026-11-22')`,
      [id, `BW-${id.slice(0, 5).toUpperCase()}-${id.slice(5, 10).toUpperCase()}`, data.programme ?? programme, data.role, JSON.stringify({ programme, ...data })],
    );
    return id;
  }

  const buddyData = { role: 'buddy', name: 'Bram Claes', email: 'bram@example.org', postalCode: '3800', languages: ['nl', 'ar'], availability: ['wo-nm', 'za-vm'], interests: 'Koken, fietsen', formLanguage: 'nl' };
  const newcomerData = { role: 'newcomer', name: 'Amina Haddad', email: 'amina@example.org', postalCode: '3800', languages: ['ar'], availability: ['wo-nm', 'za-vm', 'zo-nm'], dutchLevel: 'beetje', interests: 'koken', formLanguage: 'ar' };

  /** Saves an intake by the form (optionally straight onto the waiting list). */
  async function intake(id: string, form: Record<string, string | string[]>, next = 'waiting') {
    return call('POST', '/coordinator/intake', { cookie: coordinator, form: { id, next, ...form } });
  }
  const statusOf = async (id: string) => (await env.db.query<{ status: string }>('SELECT status FROM flow_people WHERE id = $1', [id]))[0]?.status;

  beforeAll(async () => {
    env = database === 'server' ? await startFunctionsEnv({ database: 'server' }) : await startFunctionsEnv();
    process.env.RATE_LIMIT_MAX = '1000';
    process.env.ADMIN_EMAILS = FIXTURE.adminEmail;
  });
  afterAll(() => env.close());
  beforeEach(async () => {
    await env.reset();
    await env.seedPeople();
    coordinator = await sessionFor(env.db, FIXTURE.coordinatorEmail);
  });

  describe('people list', () => {
    it('lists a programme of 1,000 people across pages, with counts per status, filters and both orders', async () => {
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
         SELECT md5('p' || i), 'signup', 'BW-' || i, $1, CASE WHEN i % 2 = 0 THEN 'buddy' ELSE 'newcomer' END,
           jsonb_build_object('name', 'Persoon' || i || ' Achternaam'), 'test', '2026-11-22', now() - i * interval '1 hour'
         FROM generate_series(1, 1000) AS i`,
        [programme],
      );
      // 300 waiting, the longest waiting being person 1 (waiting_since furthest back).
      await env.db.query(
        `UPDATE flow_people p SET status = 'waiting', waiting_since = now() - ((1000 - s.i) * interval '1 day')
         FROM (SELECT md5('p' || i) AS id, i FROM generate_series(1, 300) AS i) s WHERE p.id = s.id`,
      );
      const seen: string[] = [];
      for (let n = 1; n <= 20; n++) {
        const res = await call('GET', `/coordinator/mensen?programme=${enc}&pagina=${n}`, { cookie: coordinator });
        expect(res.status).toBe(200);
        const html = await res.text();
        if (n === 1) {
          expect(text(html)).toContain('1000 mensen. Pagina 1 van 20.');
          expect(text(html)).toMatch(/wacht op een match : 300 /);
          expect(text(html)).toMatch(/nieuw : 700 /);
        }
        if (n === 20) {
          expect(html).toContain('Vorige pagina</a>');
          expect(html).not.toContain('Volgende pagina</a>');
        }
        seen.push(...linkedPeople(html));
      }
      expect(seen).toHaveLength(1000);
      expect(new Set(seen).size).toBe(1000);
      // Longest waiting first: person 1 waited 999 days.
      const first = await (await call('GET', `/coordinator/mensen?programme=${enc}&status=waiting&rol=newcomer`, { cookie: coordinator })).text();
      expect(text(first)).toContain('150 mensen');
      expect(text(first)).toMatch(/Persoon1 Nieuwkomer die een buddy zoekt wacht op een match 999 /);
      const newest = await (await call('GET', `/coordinator/mensen?programme=${enc}&volgorde=newest&rol=buddy`, { cookie: coordinator })).text();
      expect(linkedPeople(newest)[0]).toBe((await env.db.query<{ id: string }>(`SELECT md5('p2') AS id`))[0].id);
      expect(text(newest)).toContain('500 mensen');
    });

    it('refuses a programme the coordinator has no access to and a status that does not exist', async () => {
      expect((await call('GET', `/coordinator/mensen?programme=${encodeURIComponent(FIXTURE.openNoCoordinator)}`, { cookie: coordinator })).status).toBe(403);
      expect((await call('GET', `/coordinator/mensen?programme=${enc}&status=onbekend`, { cookie: coordinator })).status).toBe(400);
      expect((await call('GET', `/coordinator/mensen?programme=${enc}`)).status).toBe(401);
    });

    it('is linked from the dashboard', async () => {
      const html = await (await call('GET', '/coordinator/', { cookie: coordinator })).text();
      expect(html).toContain(`/coordinator/mensen?programme=${enc}`);
    });
  });

  describe('person page, status and intake', () => {
    it('shows a sign-up of the older form, moves it along the path with dates and audits every step', async () => {
      expect((await signup(postJson('/api/signup', validSignup({ name: 'Sara Peeters', languages: 'Nederlands, Frans' })), { ip: '203.0.113.9' })).status).toBe(201);
      const [{ id }] = await env.db.query<{ id: string }>('SELECT id FROM flow_people');
      let page = text(await (await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).text());
      expect(page).toContain('Sara Peeters');
      expect(page).toMatch(/nieuw sinds \d+ \w+ 20\d\d/);
      expect(page).toContain('Nederlands, Frans');

      // Not allowed: straight to waiting.
      const refused = await call('POST', '/coordinator/persoon/status', { cookie: coordinator, form: { id, from: 'new', to: 'waiting' } });
      expect(refused.status).toBe(422);
      expect(text(await refused.text())).toContain('Nieuwe status: kies een status uit de lijst');
      // Stopping needs a reason; the error names the field.
      const noReason = await call('POST', '/coordinator/persoon/status', { cookie: coordinator, form: { id, from: 'new', to: 'stopped' } });
      expect(noReason.status).toBe(422);
      expect(await noReason.text()).toContain('<a href="#status-reason">Reden: kies waarom deze persoon stopt</a>');

      const planned = await call('POST', '/coordinator/persoon/status', { cookie: coordinator, form: { id, from: 'new', to: 'intake-planned', planned: '2026-12-01' } });
      expect(planned.status).toBe(303);
      page = text(await (await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).text());
      expect(page).toContain('intake gepland sinds');
      expect(page).toContain('intake op 1 december 2026');

      // The intake starts from the sign-up's answers: free-text languages become codes.
      const form = await (await call('GET', `/coordinator/intake?id=${id}`, { cookie: coordinator })).text();
      expect(form).toMatch(/value="nl" checked/);
      expect(form).toMatch(/value="fr" checked/);
      expect(form).toContain('value="3800"');
      const bad = await intake(id, { languages: [], postalCode: '38' }, '');
      expect(bad.status).toBe(422);
      const badHtml = await bad.text();
      expect(badHtml).toContain('<a href="#intake-languages">Talen: kies minstens één taal</a>');
      expect(badHtml).toContain('<a href="#intake-postalCode">Postcode: geef een Belgische postcode van vier cijfers</a>');
      expect(await statusOf(id)).toBe('intake-planned');

      expect((await intake(id, { languages: ['nl', 'fr'], postalCode: '3800', interests: ['koken'], availability: ['wo-nm'], household: 'gezin' }, '')).status).toBe(303);
      expect(await statusOf(id)).toBe('intake-done');
      const moved = await call('POST', '/coordinator/persoon/status', { cookie: coordinator, form: { id, from: 'intake-done', to: 'waiting' } });
      expect(moved.status).toBe(303);
      page = text(await (await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).text());
      expect(page).toContain('wacht 0 dagen op een match');
      expect(page).toContain('Koken');
      const [{ waiting_since }] = await env.db.query<{ waiting_since: Date | null }>('SELECT waiting_since FROM flow_people WHERE id = $1', [id]);
      expect(waiting_since).not.toBeNull();

      const stop = await call('POST', '/coordinator/persoon/status', { cookie: coordinator, form: { id, from: 'waiting', to: 'stopped', reason: 'moved' } });
      expect(stop.status).toBe(303);
      page = text(await (await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).text());
      expect(page).toContain('gestopt sinds');
      expect(page).toContain('(verhuisd)');
      const history = await env.db.query<{ status: string; reason: string | null }>('SELECT status, reason FROM flow_status_changes WHERE person_id = $1 ORDER BY id', [id]);
      expect(history.map((h) => h.status)).toEqual(['new', 'intake-planned', 'intake-done', 'waiting', 'stopped']);
      expect(history.at(-1)!.reason).toBe('moved');
      const [{ closed_at }] = await env.db.query<{ closed_at: Date | null }>('SELECT closed_at FROM flow_people WHERE id = $1', [id]);
      expect(closed_at).not.toBeNull();
      const actions = (await env.db.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [id])).map((a) => a.action);
      // Planned, waiting and stopped by hand; 'intake gedaan' came with the intake.
      expect(actions.filter((a) => a === 'status')).toHaveLength(3);
      expect(actions).toContain('intake');
      expect(actions).toContain('view');
    });

    it("pre-fills an intake from today's sign-up form (codes and day-parts) and asks a newcomer's Dutch", async () => {
      const id = await addSignup(newcomerData);
      const form = await (await call('GET', `/coordinator/intake?id=${id}`, { cookie: coordinator })).text();
      expect(form).toMatch(/value="ar" checked/);
      expect(form).toMatch(/value="wo-nm" checked/);
      expect(form).toMatch(/<option value="beetje" selected>/);
      expect(form).toMatch(/value="koken" checked/);
      expect(form).toContain('id="intake-prefersBuddyGender"');
    });

    it("does not show another programme's person", async () => {
      const id = await addSignup({ ...buddyData, programme: FIXTURE.openNoCoordinator });
      expect((await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).status).toBe(404);
      expect((await intake(id, { languages: ['nl'], postalCode: '3800' })).status).toBe(404);
    });
  });
}
