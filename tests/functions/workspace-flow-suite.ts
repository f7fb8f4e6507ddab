/**
 * The programme's flow in the workspace (issue 13): the people list, a person's page and status
 * changes, the intake, suggestions and duos, the evaluation links, closing, settings and GDPR export
 * and erasure, on the engine the test file chooses (workspace-flow.test.ts: embedded;
 * workspace-flow-postgres.test.ts: the PostgreSQL server). Assertions read what a coordinator sees.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import signup from '../../functions/signup';
import evaluation from '../../functions/evaluation';
import { today } from '../../functions/_shared/workspace/flow-html';
import { textInLibreOffice } from '../support/docx';
import { FIXTURE, postJson, startFunctionsEnv, validSignup, type FunctionsEnv } from '../support/functions-env';
import { callWorkspace as call, linkedPeople, sessionFor } from '../support/workspace-client';

/** Visible text of a page's main part, tags dropped (inline ones without a space) and entities undone, for assertions. */
const text = (html: string) =>
  html
    .replace(/<\/?(?:a|span|strong|em)\b[^>]*>/g, '')
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
      // 300 waiting, the longest waiting being person 1 (waiting_since furthest back). Days of 24 hours,
      // as the page counts them: '1 day' follows the server's time zone, 23 or 25 hours across a DST change.
      await env.db.query(
        `UPDATE flow_people p SET status = 'waiting', waiting_since = now() - ((1000 - s.i) * interval '24 hours')
         FROM (SELECT md5('p' || i) AS id, i FROM generate_series(1, 300) AS i) s WHERE p.id = s.id`,
      );
      const seen: string[] = [];
      for (let n = 1; n <= 20; n++) {
        const res = await call('GET', `/coordinator/mensen?programme=${enc}&pagina=${n}`, { cookie: coordinator });
        expect(res.status).toBe(200);
        const html = await res.text();
        if (n === 1) {
          expect(text(html)).toContain('1000 mensen. Pagina 1 van 20.');
          expect(text(html)).toMatch(/wacht op een match: 300 /);
          expect(text(html)).toMatch(/nieuw: 700 /);
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
      // A sign-up of the first form (free-text languages, no form language), as stored before today's form.
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version)
         VALUES ($1, 'signup', 'BW-OUDE0-VORM0', $2, 'buddy', $3, 'oud', '2026-11-22')`,
        ['b'.repeat(32), FIXTURE.open, JSON.stringify({ name: 'Sara Peeters', email: 'sara@example.org', postalCode: '3800', languages: 'Nederlands, Frans', availability: 'Woensdagnamiddag' })],
      );
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
      // Focus goes to the summary (autofocus), as on the public forms.
      expect(badHtml).toContain('<div class="error-summary" role="alert" tabindex="-1" autofocus>');
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
      expect(page).toContain('Beschikbaar 1 dagdeel per week');
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
      expect(text(await (await call('GET', `/coordinator/persoon?id=${id}`, { cookie: coordinator })).text())).toContain('woensdagnamiddag, zaterdagvoormiddag, zondagnamiddag');
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

  /** A buddy and a newcomer with intakes, both waiting; returns their ids. */
  async function waitingPair(extraNewcomer: Record<string, string | string[]> = {}) {
    const buddy = await addSignup(buddyData);
    const newcomer = await addSignup(newcomerData);
    expect((await intake(buddy, { languages: ['nl', 'ar'], postalCode: '3800', interests: ['koken', 'fietsen'], availability: ['wo-nm', 'za-vm'], household: 'gezin', gender: 'v', emailChecked: 'ja' })).status).toBe(303);
    expect((await intake(newcomer, { languages: ['ar'], postalCode: '3800', interests: ['koken'], availability: ['wo-nm', 'za-vm'], household: 'gezin', dutchLevel: 'beetje', ...extraNewcomer })).status).toBe(303);
    return { buddy, newcomer };
  }
  const suggestions = async () => call('GET', `/coordinator/koppelen?programme=${enc}`, { cookie: coordinator });

  describe('suggestions and duos', () => {
    it('suggests a pair with its score per criterion and a Dutch sentence; rejecting it keeps it away', async () => {
      const { buddy, newcomer } = await waitingPair();
      // A second buddy nobody can be matched with (no shared language with a newcomer whose Dutch is basic).
      const lonely = await addSignup({ ...buddyData, name: 'Lotte Maes', languages: ['nl'] });
      expect((await intake(lonely, { languages: ['nl'], postalCode: '3800' })).status).toBe(303);
      // And one who could be Amina's buddy, but less well than Bram.
      const second = await addSignup({ ...buddyData, name: 'Noor Aerts' });
      expect((await intake(second, { languages: ['nl', 'ar'], postalCode: '1000' })).status).toBe(303);
      const html = text(await (await suggestions()).text());
      expect(html).toContain('Bram en Amina');
      expect(html).toMatch(/Gedeelde interesses \d+% 3 Gemeenschappelijke momenten 67% 3 Afstand 100% 2 Gezinssituatie 100% 1/);
      expect(html).toContain('Bram en Amina: beiden spreken Arabisch, 2 gemeenschappelijke momenten (woensdagnamiddag en zaterdagvoormiddag), 0 km uit elkaar en samen: koken.');
      expect(html).toContain('Lotte: geen aanvaardbare partner (geen gemeenschappelijke taal naast het Nederlands, dat Amina nog maar weinig spreekt).');
      expect(html).toContain('Noor: elke passende partner zit al in een ander voorstel.');

      expect((await call('POST', '/coordinator/koppelen/afwijzen', { cookie: coordinator, form: { buddy, newcomer } })).status).toBe(303);
      const after = text(await (await suggestions()).text());
      // Amina now gets Noor; Bram has nobody else.
      expect(after).toContain('Noor en Amina');
      expect(after).toContain('Bram: geen aanvaardbare partner (eerder afgewezen).');
      expect(await statusOf(buddy)).toBe('waiting');
      expect((await env.db.query('SELECT 1 FROM rejected_pairs')).length).toBe(1);
    });

    it('tells two newcomers with the same first name apart and links every name to the person', async () => {
      const bram = await addSignup(buddyData);
      const amalH = await addSignup({ ...newcomerData, name: 'Amal Haddad' });
      const amalB = await addSignup({ ...newcomerData, name: 'Amal Bakri' });
      const newcomerIntake = { languages: ['ar'], postalCode: '3800', interests: ['koken'], availability: ['wo-nm', 'za-vm'], household: 'gezin', dutchLevel: 'beetje' };
      expect((await intake(bram, { languages: ['nl', 'ar'], postalCode: '3800', interests: ['koken'], availability: ['wo-nm', 'za-vm'], household: 'gezin' })).status).toBe(303);
      for (const id of [amalH, amalB]) expect((await intake(id, newcomerIntake)).status).toBe(303);
      const html = await (await suggestions()).text();
      expect(text(html)).toContain('1 buddy en 2 nieuwkomers met een intake');
      const link = (id: string, name: string) => `<a href="/coordinator/persoon?id=${id}">${name}</a>`;
      // One Amal gets Bram, the other waits; each named with her initial and linked to her own page.
      const [paired, alone] = html.includes(`${link(bram, 'Bram')} en ${link(amalH, 'Amal H.')}`) ? [amalH, amalB] : [amalB, amalH];
      const initial = (id: string) => (id === amalH ? 'Amal H.' : 'Amal B.');
      expect(html).toContain(`<h3>${link(bram, 'Bram')} en ${link(paired, initial(paired))}: `);
      expect(text(html)).toContain(`Bram en ${initial(paired)}: beiden spreken Arabisch`);
      expect(html).toContain(`<li>${link(alone, initial(alone))}: elke passende partner zit al in een ander voorstel.</li>`);
      expect(html).toContain(`<option value="${amalH}">Amal H.</option>`);
      expect(html).toContain(`<option value="${amalB}">Amal B.</option>`);
      expect(html).toContain(`<option value="${bram}">Bram</option>`);

      // The same initial too: the sign-up day tells them apart.
      const third = await addSignup({ ...newcomerData, name: 'Amal Hamdi' });
      await env.db.query(`UPDATE flow_people SET created_at = '2026-10-05T10:00:00Z' WHERE id = $1`, [third]);
      await env.db.query(`UPDATE flow_people SET created_at = '2026-11-02T10:00:00Z' WHERE id = $1`, [amalH]);
      expect((await intake(third, newcomerIntake)).status).toBe(303);
      const three = await (await suggestions()).text();
      expect(three).toContain(`<option value="${third}">Amal H. (aangemeld 5 oktober 2026)</option>`);
      expect(three).toContain(`<option value="${amalH}">Amal H. (aangemeld 2 november 2026)</option>`);
      expect(three).toContain(`<option value="${amalB}">Amal B.</option>`);
    });

    it('a stated preference is a hard condition', async () => {
      await waitingPair({ prefersBuddyGender: 'm' });
      const html = text(await (await suggestions()).text());
      expect(html).toContain('Amina: geen aanvaardbare partner (Amina vroeg een mannelijke buddy).');
    });

    it('accepting makes a duo with the programme defaults; both are matched; the action plan has both names and opens in LibreOffice', async () => {
      await env.db.query(`INSERT INTO programme_settings (programme, duration_months, meetings_per_month) VALUES ($1, 9, 3)`, [programme]);
      const { buddy, newcomer } = await waitingPair();
      const accepted = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer } });
      expect(accepted.status).toBe(303);
      const duoUrl = accepted.headers.get('location')!;
      const duoId = new URL(duoUrl, 'http://x').searchParams.get('id')!;
      expect(await statusOf(buddy)).toBe('matched');
      expect(await statusOf(newcomer)).toBe('matched');
      let page = text(await (await call('GET', duoUrl, { cookie: coordinator })).text());
      expect(page).toContain('Het duo is gemaakt');
      expect(page).toContain('9 maanden, 3 keer per maand');
      expect(page).toMatch(/Voorgesteld met een score van \d+%: Bram en Amina/);
      // Accepting again: they are no longer waiting.
      expect((await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer } })).status).toBe(422);

      const refused = await call('POST', '/coordinator/duo', { cookie: coordinator, form: { id: duoId, startedOn: '1-12-2026', durationMonths: '0', meetingsPerMonth: '2' } });
      expect(refused.status).toBe(422);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('<a href="#duo-started">Startdatum: geef een datum als JJJJ-MM-DD</a>');
      expect(refusedHtml).toContain('<a href="#duo-duration">Duur in maanden: geef een getal van 1 tot 60, of laat leeg</a>');
      const saved = await call('POST', '/coordinator/duo', {
        cookie: coordinator,
        form: { id: duoId, startedOn: '2026-12-01', durationMonths: '', meetingsPerMonth: '2', tasks: 'Samen naar de bibliotheek\nFietsles op zaterdag', contact: 'Woensdag na school, bij Amina thuis', other: 'Bellen als het niet lukt' },
      });
      expect(saved.status).toBe(303);
      page = text(await (await call('GET', duoUrl, { cookie: coordinator })).text());
      expect(page).toContain('Loopt sinds 1 december 2026; geen vaste einddatum, 2 keer per maand.');

      const plan = await call('GET', `/coordinator/duo/handelingsplan?id=${duoId}`, { cookie: coordinator });
      expect(plan.status).toBe(200);
      expect(plan.headers.get('content-disposition')).toBe('attachment; filename="handelingsplan-bram-amina.docx"');
      const docText = (await textInLibreOffice(new Uint8Array(await plan.arrayBuffer()))).replace(/\s+/g, ' ');
      expect(docText).toContain('Bram Claes');
      expect(docText).toContain('Amina Haddad');
      expect(docText).toContain('Startdatum: 1 december 2026');
      expect(docText).toContain('Taak 2: Fietsles op zaterdag');
      expect(docText).toContain('De buddy en de cliënt spreken 2 keer per maand af.');
      const actions = (await env.db.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [duoId])).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['match', 'duo', 'export', 'view']));
    }, 240_000);

    it('pairs two waiting people by hand; an empty choice names the field', async () => {
      const { buddy, newcomer } = await waitingPair({ prefersBuddyGender: 'm' });
      const missing = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { manual: '1', buddy, newcomer: '' } });
      expect(missing.status).toBe(422);
      expect(await missing.text()).toContain('<a href="#manual-newcomer">Nieuwkomer: kies een nieuwkomer die wacht op een match</a>');
      const none = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { manual: '1', programme, buddy: '', newcomer: '' } });
      expect(none.status).toBe(422);
      expect(await none.text()).toContain('<a href="#manual-buddy">Buddy: kies een buddy die wacht op een match</a>');
      const made = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { manual: '1', buddy, newcomer } });
      expect(made.status).toBe(303);
      expect(await statusOf(newcomer)).toBe('matched');
    });
  });

  // Parallel requests are only isolated on a real server (the embedded engine shares one session).
  describe.runIf(database === 'server')('concurrency', () => {
    it('two coordinators accepting the same buddy at once make one duo', async () => {
      const { buddy, newcomer } = await waitingPair();
      const other = await addSignup({ ...newcomerData, name: 'Olena Koval', languages: ['uk', 'ar'] });
      expect((await intake(other, { languages: ['uk', 'ar'], postalCode: '3800', dutchLevel: 'beetje' })).status).toBe(303);
      const answers = await Promise.all([
        call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer } }),
        call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer: other } }),
      ]);
      // One wins; the other finds the buddy no longer waiting (before or inside its transaction).
      expect(answers.filter((a) => a.status === 303)).toHaveLength(1);
      expect([409, 422]).toContain(answers.find((a) => a.status !== 303)!.status);
      expect(await env.db.query('SELECT 1 FROM duos')).toHaveLength(1);
      expect(await statusOf(buddy)).toBe('matched');
      expect((await env.db.query(`SELECT 1 FROM flow_people WHERE status = 'matched'`)).length).toBe(2);
    });
  });

  describe('mid-term evaluation and closing', () => {
    async function duo() {
      const pair = await waitingPair();
      const res = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: pair });
      return { ...pair, duoId: new URL(res.headers.get('location')!, 'http://x').searchParams.get('id')! };
    }
    const evaluate = (method: 'GET' | 'POST', query: string, form?: Record<string, string>) =>
      evaluation(
        new Request(`http://127.0.0.1:9/evaluatie${query}`, {
          method,
          headers: form ? { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1:9' } : {},
          body: form ? new URLSearchParams(form).toString() : undefined,
        }),
      );
    /** The field a section asks in its own words: a text box named by the section's heading (none: undefined). */
    const answerTo = (html: string, heading: string) =>
      new RegExp(`<h2 id="(evaluation-section-\\d+)">${heading.replace(/[?.]/g, '\\$&')}</h2><div class="form-field"><textarea id="evaluation-(q\\d+)" name="\\2" rows="4" aria-labelledby="\\1">`).exec(html)?.[2];

    it('a single-use link per member: mailed only to a checked address, answered once, shown on the duo page', async () => {
      const { buddy, newcomer, duoId } = await duo();
      // The buddy's address was checked at the intake: mailed. The newcomer's was not: printed.
      const forBuddy = await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: buddy } });
      expect(forBuddy.status).toBe(200);
      expect(text(await forBuddy.text())).toContain('De link is gemaild naar het nagekeken e-mailadres van Bram.');
      const forNewcomer = await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: newcomer } });
      const printed = await forNewcomer.text();
      expect(text(printed)).toContain('De link is niet gemaild: het e-mailadres werd bij de intake niet nagekeken.');
      await env.deliveries();
      expect(env.mails.map((m) => m.to[0])).toEqual(['bram@example.org']);
      expect(env.mails[0].text).toContain('Dag Bram,');
      expect(env.mails[0].text).not.toContain('Claes');
      // "Vragen? Antwoord je coördinator gewoon.": a reply goes to the coordinator who made the link.
      expect(env.mails[0].text).toContain('Antwoord je coördinator gewoon.');
      expect(env.mails[0].text).toMatch(new RegExp(`^Reply-To: ${FIXTURE.coordinatorEmail}\\r?$`, 'm'));
      // A section answered in its own words has no label of its own: its heading is not said twice.
      const buddyToken = /\/evaluatie\?token=([\w-]{43})/.exec(env.mails[0].text)![1];
      const buddyForm = await (await evaluate('GET', `?token=${buddyToken}`)).text();
      expect(buddyForm.split('Wat loopt goed?')).toHaveLength(2);
      expect(answerTo(buddyForm, 'Wat loopt goed?')).toMatch(/^q\d+$/);
      const token = /\/evaluatie\?token=([\w-]{43})/.exec(printed)![1];
      expect(JSON.stringify(await env.db.query('SELECT * FROM evaluation_links'))).not.toContain(token);

      // Amina signed up in Arabic: the printed part, the form and its answers are in Arabic, right to left.
      // Printed, only the handout remains: the coordinator's Dutch part before it is left out of print.
      expect(printed).toContain('jou in.</p></div><section class="evaluation-handout" lang="ar" dir="rtl"><h2>تقييم منتصف المدة</h2>');
      expect(printed).toContain('<div class="no-print">');
      expect(text(printed)).toContain('افتح هذا الرابط على هاتف أو حاسوب. الرابط يعمل مرة واحدة ولمدة 30 يومًا.');
      const form = await evaluate('GET', `?token=${token}`);
      expect(form.status).toBe(200);
      const formHtml = await form.text();
      expect(formHtml).toContain('<html lang="ar" dir="rtl"');
      expect(formHtml).toContain('<h1>تقييم منتصف المدة</h1>');
      expect(formHtml).toContain('<h2 id="evaluation-section-1">كم مرة تلتقيان؟</h2>');
      expect(formHtml).not.toContain('Hoe vaak zien jullie elkaar?');
      // The agreed frequency is the site's words, not the coordinator's: said in Arabic.
      expect(formHtml).toContain('المتفق عليه: 2 مرات في الشهر.');
      expect(formHtml).not.toContain('keer per maand');
      // The template has no questions per role ("Ingevuld door (buddy, deelnemer of samen met de
      // coördinator)"): each member gets the whole form, the newcomer too.
      expect(formHtml).toContain('<legend class="form-label">شبكة معارف المشارك</legend>');
      expect(formHtml).toContain('هل هناك أسئلة يحتاج فيها المشارك إلى مساعدة مختص؟');
      const contact = /<legend class="form-label">تواصلنا<\/legend>[\s\S]*?name="(q\d+)"/.exec(formHtml)![1];
      // The options read in Arabic and post the Dutch value.
      expect(formHtml).toContain(`name="${contact}" value="Goed"><label for="evaluation-${contact}">جيد</label>`);
      expect(formHtml.split('ما الذي يسير جيدًا؟')).toHaveLength(2);
      const wentWell = answerTo(formHtml, 'ما الذي يسير جيدًا؟')!;
      const bad = await evaluate('POST', '', { token, [contact]: 'Super' });
      expect(bad.status).toBe(422);
      const badHtml = await bad.text();
      expect(badHtml).toContain('<html lang="ar" dir="rtl"');
      expect(badHtml).toContain(`<a href="#evaluation-${contact}">تواصلنا: `);
      const empty = await evaluate('POST', '', { token });
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain('أجب عن سؤال واحد على الأقل.');
      // The same names in every language: the Dutch form tells which is which.
      const [lessWell, tips] = [answerTo(buddyForm, 'Wat loopt minder goed?')!, answerTo(buddyForm, 'Tips voor de werking')!];
      const sent = await evaluate('POST', '', { token, [tips]: 'Meer groepsactiviteiten.', [contact]: 'Goed', [lessWell]: 'Weinig tijd.', [wentWell]: 'We koken elke week samen.' });
      expect(sent.status).toBe(200);
      expect(text(await sent.text())).toContain('شكرًا لك!');
      const [stored] = await env.db.query<{ answers: Record<string, string>; language: string }>('SELECT answers, language FROM evaluations');
      expect(stored).toEqual({
        answers: { 'Hoe loopt het? · Ons contact': 'Goed', 'Wat loopt goed?': 'We koken elke week samen.', 'Wat loopt minder goed?': 'Weinig tijd.', 'Tips voor de werking': 'Meer groepsactiviteiten.' },
        language: 'ar',
      });
      const again = await evaluate('GET', `?token=${token}`);
      expect(again.status).toBe(410);
      const againHtml = await again.text();
      expect(againHtml).toContain('<html lang="ar" dir="rtl"');
      expect(text(againHtml)).toContain('تم ملء هذا التقييم من قبل');
      expect((await evaluate('POST', '', { token, [contact]: 'Goed' })).status).toBe(410);
      // A link not known has no language of its own: the browser's, if the site has it, else Dutch.
      const unknown = await evaluate('GET', `?token=${'x'.repeat(43)}`);
      expect(unknown.status).toBe(404);
      expect(text(await unknown.text())).toContain('Deze link werkt niet');
      const unknownInArabic = await evaluation(new Request(`http://127.0.0.1:9/evaluatie?token=${'x'.repeat(43)}`, { headers: { 'accept-language': 'ar-MA,ar;q=0.9,nl;q=0.5' } }));
      expect(unknownInArabic.status).toBe(404);
      expect(unknownInArabic.headers.get('vary')).toBe('Accept-Language');
      const unknownHtml = await unknownInArabic.text();
      expect(unknownHtml).toContain('<html lang="ar" dir="rtl"');
      expect(unknownHtml).toContain('<h1>هذا الرابط لا يعمل</h1>');

      // An answer stored under a question the template no longer has (the jsonb keeps no key order).
      await env.db.query(`INSERT INTO evaluations (duo_id, person_id, answers, language) VALUES ($1, $2, $3, 'nl')`, [
        duoId,
        buddy,
        JSON.stringify({ 'Vervoer?': 'Met de fiets.', 'Tips voor de werking': 'Meer vorming.', 'Wat loopt goed?': 'Alles.' }),
      ]);
      const page = text(await (await call('GET', `/coordinator/duo?id=${duoId}`, { cookie: coordinator })).text());
      // The answers read in the form's order; one to a question no longer in it comes last.
      expect(page).toMatch(
        /Antwoorden van Amina \([^)]+\) Hoe loopt het\? · Ons contact Goed Wat loopt goed\? We koken elke week samen\. Wat loopt minder goed\? Weinig tijd\. Tips voor de werking Meer groepsactiviteiten\./,
      );
      expect(page).toContain('Wat loopt goed? Alles. Tips voor de werking Meer vorming. Vervoer? Met de fiets.');
    });

    it("offers each member's language on the duo page; the coordinator's choice sets the form's and the mail's language", async () => {
      const { buddy, newcomer, duoId } = await duo();
      const duoPage = await (await call('GET', `/coordinator/duo?id=${duoId}`, { cookie: coordinator })).text();
      expect(duoPage).toMatch(new RegExp(`<select id="evaluation-language-${buddy}" name="language"[^>]*>[\\s\\S]*?<option value="nl" selected>Nederlands</option>`));
      expect(duoPage).toMatch(new RegExp(`<select id="evaluation-language-${newcomer}" name="language"[^>]*>[\\s\\S]*?<option value="ar" selected>العربية \\(Arabisch\\)</option>`));
      const unknown = await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: buddy, language: 'xx' } });
      expect(unknown.status).toBe(422);
      expect(text(await unknown.text())).toContain('Taal van het formulier: deze taal heeft de website niet');
      // Bram's address was checked: the French mail goes over the SMTP server.
      const forBuddy = await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: buddy, language: 'fr' } });
      expect(forBuddy.status).toBe(200);
      expect(text(await forBuddy.text())).toContain('Formulier en mail in het Frans.');
      await env.deliveries();
      expect(env.mails).toHaveLength(1);
      expect(env.mails[0].subject).toBe('Comment va votre duo ? Courte évaluation à mi-parcours');
      expect(env.mails[0].text).toContain('Bonjour Bram,');
      expect(env.mails[0].text).toContain('Le lien marche pendant 30 jours.');
      const token = /\/evaluatie\?token=([\w-]{43})/.exec(env.mails[0].text)![1];
      const formHtml = await (await evaluate('GET', `?token=${token}`)).text();
      expect(formHtml).toContain('<html lang="fr" dir="ltr"');
      expect(formHtml).toContain('<h2 id="evaluation-section-1">Vous vous voyez combien de fois ?</h2><p>Convenu : 2 fois par mois.</p>');
    });

    it('closes a duo with a date and reason; one member waits again, the other stops with a reason', async () => {
      const { buddy, newcomer, duoId } = await duo();
      const refused = await call('POST', '/coordinator/duo/afsluiten', { cookie: coordinator, form: { id: duoId, endedOn: '2026-13-01', reason: '', buddyNext: 'waiting', newcomerNext: 'stopped' } });
      expect(refused.status).toBe(422);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('<a href="#close-date">Einddatum: geef een datum als JJJJ-MM-DD</a>');
      expect(refusedHtml).toContain('<a href="#close-reason">Reden: kies waarom het duo stopt</a>');
      expect(refusedHtml).toContain('<a href="#close-newcomer-reason">Reden waarom deze persoon stopt: kies een reden</a>');
      // Today as the product counts it (Brussels), like the start it gave the duo: the UTC date is
      // still yesterday from 00:00 to 01:00 (02:00 in summer) and would come before the start.
      const closed = await call('POST', '/coordinator/duo/afsluiten', {
        cookie: coordinator,
        form: { id: duoId, endedOn: today(), reason: 'no-click', buddyNext: 'waiting', newcomerNext: 'stopped', newcomerReason: 'moved' },
      });
      expect(closed.status).toBe(303);
      expect(await statusOf(buddy)).toBe('waiting');
      expect(await statusOf(newcomer)).toBe('stopped');
      const [row] = await env.db.query<{ closed_at: Date | null; stop_reason: string }>('SELECT closed_at, stop_reason FROM flow_people WHERE id = $1', [newcomer]);
      expect(row.closed_at).not.toBeNull();
      expect(row.stop_reason).toBe('moved');
      const page = text(await (await call('GET', `/coordinator/duo?id=${duoId}`, { cookie: coordinator })).text());
      expect(page).toContain('(klikte niet)');
      expect((await call('POST', '/coordinator/duo/afsluiten', { cookie: coordinator, form: { id: duoId, endedOn: '2026-12-01', reason: 'other', buddyNext: 'waiting', newcomerNext: 'waiting' } })).status).toBe(409);
      // The buddy can be matched again.
      expect(text(await (await suggestions()).text())).toContain('Bram: geen aanvaardbare partner');
    });

    it('refuses an end date after today or before the start, naming the field and keeping what was typed', async () => {
      const { duoId } = await duo();
      await env.db.query(`UPDATE duos SET started_on = '2026-11-02' WHERE id = $1`, [duoId]);
      const form = { id: duoId, reason: 'no-click', buddyNext: 'waiting', newcomerNext: 'finished' };
      // 01/01/2030 typed for 2026: the purge would keep both people until years after that.
      const future = await call('POST', '/coordinator/duo/afsluiten', { cookie: coordinator, form: { ...form, endedOn: '2030-01-01' } });
      expect(future.status).toBe(422);
      const futureHtml = await future.text();
      expect(futureHtml).toContain('<a href="#close-date">Einddatum: kies vandaag (');
      expect(text(futureHtml)).toContain('of een dag ervoor, niet een datum in de toekomst');
      expect(futureHtml).toContain('value="2030-01-01"');
      expect(futureHtml).toMatch(/<option value="no-click" selected>/);
      expect(futureHtml).toMatch(/value="finished" checked/);
      const early = await call('POST', '/coordinator/duo/afsluiten', { cookie: coordinator, form: { ...form, endedOn: '2026-11-01' } });
      expect(early.status).toBe(422);
      expect(await early.text()).toContain('<a href="#close-date">Einddatum: kies een datum vanaf de start van het duo (2 november 2026)</a>');
      expect((await env.db.query<{ ended_on: string | null }>('SELECT ended_on FROM duos WHERE id = $1', [duoId]))[0].ended_on).toBeNull();
      // The form itself offers no later day than today.
      expect(await (await call('GET', `/coordinator/duo/afsluiten?id=${duoId}`, { cookie: coordinator })).text()).toContain(`min="2026-11-02" max="${today()}"`);
    });

    it("closing ends the duo's unused links (the person reads that the link expired, in their language) and offers no new ones", async () => {
      const { buddy, newcomer, duoId } = await duo();
      const printed = await (await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: newcomer } })).text();
      const token = /\/evaluatie\?token=([\w-]{43})/.exec(printed)![1];
      expect((await evaluate('GET', `?token=${token}`)).status).toBe(200);
      const closed = await call('POST', '/coordinator/duo/afsluiten', { cookie: coordinator, form: { id: duoId, endedOn: today(), reason: 'no-click', buddyNext: 'waiting', newcomerNext: 'waiting' } });
      expect(closed.status).toBe(303);
      const expired = await evaluate('GET', `?token=${token}`);
      expect(expired.status).toBe(410);
      const expiredHtml = await expired.text();
      expect(expiredHtml).toContain('<html lang="ar" dir="rtl"');
      expect(expiredHtml).toContain('<h1>انتهت صلاحية هذا الرابط</h1>');
      expect((await evaluate('POST', '', { token, q1: 'Goed' })).status).toBe(410);
      expect(await env.db.query('SELECT 1 FROM evaluations')).toHaveLength(0);

      const page = await (await call('GET', `/coordinator/duo?id=${duoId}`, { cookie: coordinator })).text();
      expect(page).not.toContain('Evaluatielink maken');
      expect(text(page)).toContain('Link voor Amina, gemaakt');
      expect(text(page)).toContain(': verlopen');
      const refused = await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: buddy } });
      expect(refused.status).toBe(409);
      expect(text(await refused.text())).toContain('Een afgesloten duo krijgt geen nieuwe evaluatielinks.');
      expect(await env.db.query('SELECT 1 FROM evaluation_links')).toHaveLength(1);
    });
  });

  describe('settings', () => {
    it('saves defaults, weights, the waiting alert and the opt-in; new duos and suggestions use them; errors name the field', async () => {
      const page = text(await (await call('GET', `/coordinator/instellingen?programme=${enc}`, { cookie: coordinator })).text());
      expect(page).toContain('Instellingen');
      const form = { programme, durationMonths: '', meetingsPerMonth: '4', 'weight-interests': '0', 'weight-availability': '5', 'weight-distance': '0', 'weight-household': '0', waitingAlertDays: '30', publishFigures: 'ja' };
      const bad = await call('POST', '/coordinator/instellingen', { cookie: coordinator, form: { ...form, waitingAlertDays: '0', 'weight-distance': 'veel' } });
      expect(bad.status).toBe(422);
      const badHtml = await bad.text();
      expect(badHtml).toContain('<a href="#settings-alert">Wacht te lang na (dagen): geef een getal van 1 tot 365</a>');
      expect(badHtml).toContain('<a href="#settings-weight-distance">Afstand: geef een gewicht van 0 tot 10</a>');
      expect((await call('POST', '/coordinator/instellingen', { cookie: coordinator, form })).status).toBe(303);
      const [row] = await env.db.query<{ duration_months: number | null; meetings_per_month: number; weights: Record<string, number>; waiting_alert_days: number; publish_figures: boolean }>(
        'SELECT duration_months, meetings_per_month, weights, waiting_alert_days, publish_figures FROM programme_settings WHERE programme = $1',
        [programme],
      );
      expect(row).toEqual({ duration_months: null, meetings_per_month: 4, weights: { interests: 0, availability: 5, distance: 0, household: 0 }, waiting_alert_days: 30, publish_figures: true });
      expect(text(await (await call('GET', `/coordinator/instellingen?programme=${enc}&gewijzigd=1`, { cookie: coordinator })).text())).toContain('De instellingen zijn bewaard.');

      const { buddy, newcomer } = await waitingPair();
      // Only shared moments count now: 2 of 3 → 67%.
      expect(text(await (await suggestions()).text())).toContain('Bram en Amina: 67%');
      const res = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer } });
      expect(text(await (await call('GET', res.headers.get('location')!, { cookie: coordinator })).text())).toContain('geen vaste einddatum, 4 keer per maand');
      expect((await env.db.query(`SELECT 1 FROM audit_log WHERE action = 'settings' AND programme = $1`, [programme])).length).toBe(1);
      expect((await call('POST', '/coordinator/instellingen', { cookie: coordinator, form: { ...form, programme: FIXTURE.openNoCoordinator } })).status).toBe(403);
    });
  });

  describe('GDPR access and erasure', () => {
    it('exports everything about one person as JSON and erases it in one action; the duo partner keeps their data', async () => {
      const { buddy, newcomer } = await waitingPair();
      const res = await call('POST', '/coordinator/koppelen/aanvaarden', { cookie: coordinator, form: { buddy, newcomer } });
      const duoId = new URL(res.headers.get('location')!, 'http://x').searchParams.get('id')!;
      await call('POST', '/coordinator/duo/evaluatie', { cookie: coordinator, form: { id: duoId, person: buddy } });
      await env.deliveries();

      const exported = await call('GET', `/coordinator/persoon/export?id=${buddy}`, { cookie: coordinator });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="gegevens-${buddy}.json"`);
      const data = await exported.json();
      expect(data.signup.data.name).toBe('Bram Claes');
      expect(data.person.intake.languages).toEqual(['nl', 'ar']);
      expect(data.statusHistory.map((h: { status: string }) => h.status)).toEqual(['new', 'intake-done', 'waiting', 'matched']);
      expect(data.duos).toHaveLength(1);
      expect(data.duos[0].role_in_duo).toBe('buddy');
      expect(data.evaluationLinks).toHaveLength(1);
      expect(data.mails.map((m: { subject: string }) => m.subject)).toEqual(['Hoe loopt het met je duo? Korte tussentijdse evaluatie']);
      expect(JSON.stringify(data)).not.toContain('Amina Haddad');

      const confirm = text(await (await call('GET', `/coordinator/persoon/wissen?id=${buddy}`, { cookie: coordinator })).text());
      expect(confirm).toContain('Het lopende duo wordt vandaag afgesloten en Amina wacht opnieuw op een match.');
      expect(await env.db.query('SELECT 1 FROM submissions WHERE id = $1', [buddy])).toHaveLength(1);
      const erased = await call('POST', '/coordinator/persoon/wissen', { cookie: coordinator, form: { id: buddy } });
      expect(erased.status).toBe(303);
      for (const table of ['submissions WHERE id', 'flow_people WHERE id', 'flow_status_changes WHERE person_id', 'evaluation_links WHERE person_id', 'mail_queue WHERE record_id']) {
        expect(await env.db.query(`SELECT 1 FROM ${table} = $1`, [buddy]), table).toHaveLength(0);
      }
      expect(JSON.stringify(await env.db.query('SELECT * FROM duos'))).not.toContain('Bram');
      const [duo] = await env.db.query<{ buddy_id: string | null; newcomer_id: string; ended_on: string | null }>('SELECT buddy_id, newcomer_id, ended_on FROM duos');
      expect(duo.buddy_id).toBeNull();
      expect(duo.newcomer_id).toBe(newcomer);
      expect(duo.ended_on).not.toBeNull();
      expect(await statusOf(newcomer)).toBe('waiting');
      const partnerPage = text(await (await call('GET', `/coordinator/persoon?id=${newcomer}`, { cookie: coordinator })).text());
      expect(partnerPage).toContain('Amina Haddad');
      expect(partnerPage).toContain('(gewist) en Amina');
      expect((await call('GET', `/coordinator/persoon?id=${buddy}`, { cookie: coordinator })).status).toBe(404);
      const actions = (await env.db.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [buddy])).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['export', 'erase']));
    });
  });
}
