/**
 * The coordinators' workspace: sign-in by e-mail link, sessions, the access matrix, the sign-up list
 * (filter, pages, CSV, delete), access management by administrators, orphaned records, the audit log
 * and the retention purge. With a real SMTP server, on the database engine the test file chooses
 * (workspace.test.ts: embedded; workspace-postgres.test.ts: the PostgreSQL server).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import signup from '../../functions/signup';
import { purge } from '../../functions/_shared/purge';
import { SESSION_COOKIE } from '../../functions/_shared/sessions';
import { callWorkspace, type Call } from '../support/workspace-client';
import { FIXTURE, postJson, startFunctionsEnv, validNewcomerSignup, validSignup, type FunctionsEnv } from '../support/functions-env';

export function workspaceSuite(database: 'embedded' | 'server') {
  let env: FunctionsEnv;
  const context = { ip: '203.0.113.50' };

  const call = (method: 'GET' | 'POST', path: string, options: Call = {}) => callWorkspace(method, path, options, context);

  /** Requests a link by mail, opens it, presses the button: the session cookie value. */
  async function signIn(email: string): Promise<string> {
    const before = env.mails.length;
    const requested = await call('POST', '/coordinator/link', { form: { email } });
    expect(requested.status).toBe(200);
    await env.deliveries();
    const mail = env.mails.slice(before).find((m) => m.to.includes(email));
    expect(mail, `inloglink voor ${email}`).toBeDefined();
    const link = /(http:\/\/\S+\/coordinator\/inloggen\?token=[\w-]+)/.exec(mail!.text)![1];
    const token = new URL(link).searchParams.get('token')!;
    const page = await call('GET', `/coordinator/inloggen?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit" class="button">Inloggen</button>');
    const res = await call('POST', '/coordinator/inloggen', { form: { token } });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=43200$`));
    return /=([\w-]{43});/.exec(cookie)![1];
  }

  const list = (cookie: string | undefined, programme = FIXTURE.open, extra = '') =>
    call('GET', `/coordinator/aanmeldingen?programme=${encodeURIComponent(programme)}${extra}`, { cookie });

  let ids: string[] = [];
  let coordinator: string;
  let admin: string;

  beforeAll(async () => {
    env = database === 'server' ? await startFunctionsEnv({ database: 'server' }) : await startFunctionsEnv();
    process.env.RATE_LIMIT_MAX = '1000';
    process.env.ADMIN_EMAILS = `  ${FIXTURE.adminEmail.toUpperCase()} , other-admin@example.org`;
  });
  afterAll(() => env.close());
  beforeEach(async () => {
    await env.reset();
    await env.db.query('INSERT INTO people (email) VALUES ($1)', [FIXTURE.coordinatorEmail]);
    await env.db.query(`INSERT INTO programme_access (person_id, programme) SELECT id, $1 FROM people WHERE email = $2`, [FIXTURE.open, FIXTURE.coordinatorEmail]);
    ids = [];
    for (const [i, name] of ['=HYPERLINK("http://evil.example","klik")', 'Ann', '+32 snelkoppeling', '@SUM(A1)', '-1+1'].entries()) {
      // The newcomers are Ann (who used the Arabic form) and "@SUM(A1)".
      const res = await signup(postJson('/api/signup', i % 2 ? validNewcomerSignup({ name, formLanguage: i === 1 ? 'ar' : 'nl' }) : validSignup({ name })), context);
      expect(res.status).toBe(201);
    }
    await signup(postJson('/api/signup', validSignup({ programme: FIXTURE.openNoCoordinator, name: 'Elders' })), context);
    ids = (await env.records('signup')).filter((r) => r.programme === FIXTURE.open).map((r) => r.id);
    await env.deliveries();
    coordinator = await signIn(FIXTURE.coordinatorEmail);
    admin = await signIn(FIXTURE.adminEmail);
  });

  describe('sign-in by e-mail link', () => {
    it('answers the same for an unknown address and mails nothing to it', async () => {
      const before = env.mails.length;
      const known = await (await call('POST', '/coordinator/link', { form: { email: FIXTURE.coordinatorEmail } })).text();
      const unknown = await (await call('POST', '/coordinator/link', { form: { email: 'onbekend@example.org' } })).text();
      expect(unknown).toBe(known);
      await env.deliveries();
      expect(env.mails.slice(before).map((m) => m.to[0])).toEqual([FIXTURE.coordinatorEmail]);
      // Only the hash of a link token is stored.
      const mail = env.mails.at(-1)!;
      const token = /token=([\w-]+)/.exec(mail.text)![1];
      expect(JSON.stringify(await env.db.query('SELECT * FROM sign_in_links'))).not.toContain(token);
    });

    it('a link is used by the button only, once; a reused, expired or made-up link does not sign in', async () => {
      await call('POST', '/coordinator/link', { form: { email: FIXTURE.coordinatorEmail } });
      await env.deliveries();
      const token = /token=([\w-]+)/.exec(env.mails.at(-1)!.text)![1];
      // Opening the link (as a mail scanner does) twice does not use it.
      expect((await call('GET', `/coordinator/inloggen?token=${token}`)).status).toBe(200);
      expect((await call('GET', `/coordinator/inloggen?token=${token}`)).status).toBe(200);
      expect((await call('POST', '/coordinator/inloggen', { form: { token } })).status).toBe(303);
      const reused = await call('POST', '/coordinator/inloggen', { form: { token } });
      expect(reused.status).toBe(400);
      expect(reused.headers.get('set-cookie')).toBeNull();
      expect((await call('GET', `/coordinator/inloggen?token=${token}`)).status).toBe(400);

      await call('POST', '/coordinator/link', { form: { email: FIXTURE.coordinatorEmail } });
      await env.deliveries();
      const late = /token=([\w-]+)/.exec(env.mails.at(-1)!.text)![1];
      await env.db.query(`UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      expect((await call('POST', '/coordinator/inloggen', { form: { token: late } })).status).toBe(400);
      expect((await call('POST', '/coordinator/inloggen', { form: { token: 'x'.repeat(43) } })).status).toBe(400);
    });

    it('limits link requests per address', async () => {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await call('POST', '/coordinator/link', { form: { email: 'iemand@example.org' } })).status);
      // Two were already used for the coordinator in beforeEach; this address had none.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    });

    it('signing out ends the session', async () => {
      expect((await call('POST', '/coordinator/afmelden', { cookie: coordinator })).status).toBe(303);
      expect((await list(coordinator)).status).toBe(401);
    });
  });

  describe('access matrix', () => {
    it('no session: the sign-in page (401), no list, no CSV, no deletion', async () => {
      expect((await call('GET', '/coordinator/')).status).toBe(200);
      expect(await (await call('GET', '/coordinator/')).text()).toContain('Stuur me een inloglink');
      expect((await list(undefined)).status).toBe(401);
      expect((await call('GET', `/coordinator/export?programme=${FIXTURE.open}`)).status).toBe(401);
      expect((await call('POST', '/coordinator/verwijderen', { form: { programme: FIXTURE.open, id: ids[0] } })).status).toBe(401);
      expect(await env.records('signup')).toHaveLength(6);
    });

    it('a tampered cookie is no session', async () => {
      const tampered = (coordinator[0] === 'A' ? 'B' : 'A') + coordinator.slice(1);
      expect((await list(tampered)).status).toBe(401);
      expect((await list(`${coordinator}x`)).status).toBe(401);
    });

    it('a session ends after 2 hours idle and after 12 hours in all', async () => {
      expect((await list(coordinator)).status).toBe(200);
      await env.db.query(`UPDATE sessions SET last_seen_at = now() - interval '121 minutes'`);
      expect((await list(coordinator)).status).toBe(401);
      const again = await signIn(FIXTURE.coordinatorEmail);
      await env.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
      expect((await list(again)).status).toBe(401);
    });

    it("a coordinator sees their own programme, not another's, and not the administrators' page", async () => {
      expect((await list(coordinator)).status).toBe(200);
      expect((await list(coordinator, FIXTURE.openNoCoordinator)).status).toBe(403);
      expect((await call('GET', `/coordinator/export?programme=${FIXTURE.openNoCoordinator}`, { cookie: coordinator })).status).toBe(403);
      const other = (await env.records('signup')).find((r) => r.programme === FIXTURE.openNoCoordinator)!;
      expect((await call('POST', '/coordinator/verwijderen', { cookie: coordinator, form: { programme: FIXTURE.openNoCoordinator, id: other.id } })).status).toBe(403);
      expect((await call('GET', '/coordinator/beheer', { cookie: coordinator })).status).toBe(403);
      expect((await call('POST', '/coordinator/beheer/toegang', { cookie: coordinator, form: { email: 'x@example.org', programme: FIXTURE.openNoCoordinator } })).status).toBe(403);
      expect(await env.db.query('SELECT 1 FROM people WHERE email = $1', ['x@example.org'])).toHaveLength(0);
    });

    it('an administrator (from ADMIN_EMAILS) sees every programme and the administrators\' page', async () => {
      expect((await list(admin, FIXTURE.openNoCoordinator)).status).toBe(200);
      expect((await call('GET', '/coordinator/beheer', { cookie: admin })).status).toBe(200);
    });

    it('a state change posted from another origin is refused, even with a session', async () => {
      const res = await call('POST', '/coordinator/verwijderen', { cookie: coordinator, form: { programme: FIXTURE.open, id: ids[0] }, origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      const grant = await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'x@example.org', programme: FIXTURE.openNoCoordinator }, origin: 'null' });
      expect(grant.status).toBe(403);
      expect(await env.records('signup')).toHaveLength(6);
      expect(await env.db.query('SELECT 1 FROM people WHERE email = $1', ['x@example.org'])).toHaveLength(0);
    });

    it('revoking access takes effect at the next request and ends the sessions of someone left without access', async () => {
      const [person] = await env.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [FIXTURE.coordinatorEmail]);
      const res = await call('POST', '/coordinator/beheer/intrekken', { cookie: admin, form: { person: String(person.id), programme: FIXTURE.open } });
      // Post/redirect/get: a reload of the page shows the status again and sends nothing.
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/coordinator/beheer?ingetrokken=1');
      expect(await (await call('GET', res.headers.get('location')!, { cookie: admin })).text()).toContain('De toegang is ingetrokken.');
      const again = await call('POST', '/coordinator/beheer/intrekken', { cookie: admin, form: { person: String(person.id), programme: FIXTURE.open } });
      expect(await (await call('GET', again.headers.get('location')!, { cookie: admin })).text()).toContain('Deze toegang bestond niet (meer).');
      expect((await list(coordinator)).status).toBe(401);
      expect(await env.db.query('SELECT 1 FROM sessions WHERE person_id = $1', [person.id])).toHaveLength(0);
    });
  });

  describe('the sign-up list', () => {
    it('shows every field, newest first, filters by role and pages', async () => {
      const page = await (await list(coordinator)).text();
      expect(page).toContain('5 aanmeldingen, nieuwste eerst');
      expect(page).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)');
      expect(page.indexOf('-1+1')).toBeLessThan(page.indexOf('HYPERLINK'));
      expect(page).not.toContain('Elders');
      const newcomers = await (await list(coordinator, FIXTURE.open, '&rol=newcomer')).text();
      expect(newcomers).toContain('2 aanmeldingen');
      // In Dutch, whatever language the person used: that language, the languages, day-parts and Dutch level.
      expect(newcomers).toContain('<dt>Taal van het formulier</dt><dd>Arabisch</dd>');
      expect(newcomers).toContain('<dt>Taal van het formulier</dt><dd>Nederlands</dd>');
      expect(newcomers).toContain('<dt>Talen</dt><dd>Arabisch, Frans</dd>');
      expect(newcomers).toContain('<dt>Vrije momenten</dt><dd>woensdagnamiddag, zaterdagvoormiddag</dd>');
      expect(newcomers).toContain('<dt>Je Nederlands</dt><dd>Ik ken een paar woorden Nederlands.</dd>');
      expect(newcomers).not.toContain('<dt>Motivatie</dt>');
      process.env.WORKSPACE_PAGE_SIZE = '2';
      try {
        const second = await (await list(coordinator, FIXTURE.open, '&pagina=2')).text();
        expect(second).toContain('Pagina 2 van 3');
        expect(second).toContain('+32 snelkoppeling');
        expect(second).toContain('Vorige pagina');
      } finally {
        delete process.env.WORKSPACE_PAGE_SIZE;
      }
    });

    it('keeps showing a record made under an older privacy notice, with fields today\'s form no longer has', async () => {
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
         VALUES ($1, 'signup', 'BW-OUDE0-VERSI', $2, 'buddy', $3, 'oud', '2020-01-01', now() - interval '300 days')`,
        // The first sign-up form: free text for languages and availability, no form language.
        ['a'.repeat(32), FIXTURE.open, JSON.stringify({ name: 'Oude Vorm', email: 'oud@example.org', fax: null, hobby: 'schaken', languages: 'Nederlands, Pools', availability: 'Woensdagnamiddag en in het weekend' })],
      );
      const page = await (await list(coordinator)).text();
      expect(page).toContain('6 aanmeldingen');
      expect(page).toContain('Oude Vorm');
      expect(page).toContain('privacyverklaring 2020-01-01');
      expect(page).toContain('<dt>hobby</dt><dd>schaken</dd>');
      expect(page).toContain('<dt>Talen</dt><dd>Nederlands, Pools</dd>');
      expect(page).toContain('<dt>Vrije momenten</dt><dd>Woensdagnamiddag en in het weekend</dd>');
      const csv = await (await call('GET', `/coordinator/export?programme=${FIXTURE.open}`, { cookie: coordinator })).text();
      expect(csv).toContain('"Oude Vorm"');
      expect(csv).toContain('"schaken"');
      expect(csv).toContain('"Woensdagnamiddag en in het weekend"');
      expect(csv).toContain('"2020-01-01"');
    });

    it('exports CSV for Excel (nl-BE) safe against formulas', async () => {
      const res = await call('GET', `/coordinator/export?programme=${FIXTURE.open}`, { cookie: coordinator });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain('aanmeldingen-testgem-samen-op-weg.csv');
      // Read as bytes: Response.text() would drop the byte order mark.
      const csv = Buffer.from(await res.arrayBuffer()).toString('utf8');
      expect(csv.startsWith('\uFEFF"Ontvangen";"Referentie";"Rol";"Naam"')).toBe(true);
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
      expect(csv).toContain(`"'+32 snelkoppeling"`);
      expect(csv).toContain(`"'@SUM(A1)"`);
      expect(csv).toContain(`"'-1+1"`);
      expect(csv).not.toContain('Elders');
      const header = csv.slice(1, csv.indexOf('\r\n'));
      for (const column of ['Talen', 'Vrije momenten', 'Je Nederlands', 'Taal van het formulier']) expect(header).toContain(`"${column}"`);
      expect(csv).toContain('"Arabisch";');
      expect(csv).toContain('"woensdagnamiddag, zaterdagvoormiddag"');
    });

    it('deletes one sign-up after a confirmation step, with its queued mails', async () => {
      const confirm = await call('GET', `/coordinator/verwijderen?programme=${FIXTURE.open}&id=${ids[0]}`, { cookie: coordinator });
      expect(confirm.status).toBe(200);
      expect(await confirm.text()).toContain('Definitief verwijderen');
      expect(await env.records('signup')).toHaveLength(6);
      const res = await call('POST', '/coordinator/verwijderen', { cookie: coordinator, form: { programme: FIXTURE.open, id: ids[0] } });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain('verwijderd=1');
      expect((await env.records('signup')).map((r) => r.id)).not.toContain(ids[0]);
      expect(await env.db.query('SELECT 1 FROM mail_queue WHERE record_id = $1', [ids[0]])).toHaveLength(0);
      expect((await call('POST', '/coordinator/verwijderen', { cookie: coordinator, form: { programme: FIXTURE.open, id: ids[0] } })).status).toBe(404);
    });
  });

  describe('administrators', () => {
    it('grant a coordinator access to programmes; the new coordinator signs in and gets the next notification', async () => {
      const res = await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'Nieuw@Example.org', programme: [FIXTURE.openNoCoordinator, FIXTURE.open] } });
      expect(res.status).toBe(303);
      const page = await (await call('GET', res.headers.get('location')!, { cookie: admin })).text();
      expect(page).toContain('nieuw@example.org kreeg toegang tot 2 buddywerkingen.');
      expect(page).toContain('<td>nieuw@example.org</td><td>coördinator</td>');
      const cookie = await signIn('nieuw@example.org');
      expect((await list(cookie, FIXTURE.openNoCoordinator)).status).toBe(200);
      const before = env.mails.length;
      await signup(postJson('/api/signup', validSignup({ programme: FIXTURE.openNoCoordinator, name: 'Na toekenning' })), context);
      await env.deliveries();
      expect(env.mails.slice(before).map((m) => m.to[0]).sort()).toEqual(['nieuw@example.org', 'sara@example.org']);
      expect((await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'x@example.org', programme: 'bestaat/niet' } })).status).toBe(422);
      const one = await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'een@example.org', programme: FIXTURE.open } });
      expect(await (await call('GET', one.headers.get('location')!, { cookie: admin })).text()).toContain('een@example.org kreeg toegang tot 1 buddywerking.');
    });

    it('a refused grant names every mistake in a focused summary and keeps what was typed', async () => {
      const res = await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'sara@gemeente' } });
      expect(res.status).toBe(422);
      const page = await res.text();
      expect(page).toContain('<div class="error-summary" role="alert" tabindex="-1" autofocus>');
      expect(page).toContain('<a href="#grant-email">E-mailadres van de coördinator: geef een geldig e-mailadres, bijvoorbeeld naam@gemeente.be</a>');
      expect(page).toContain('<a href="#grant-programme">Buddywerkingen: kies minstens één buddywerking uit de lijst</a>');
      expect(page).toMatch(/<input type="email" id="grant-email" name="email" value="sara@gemeente" aria-describedby="grant-email-error" aria-invalid="true"/);
      const ticked = await call('POST', '/coordinator/beheer/toegang', { cookie: admin, form: { email: 'sara@gemeente', programme: FIXTURE.open } });
      expect(await ticked.text()).toMatch(new RegExp(`name="programme" value="${FIXTURE.open.replace('/', '\\/')}" checked`));
      expect(await env.db.query('SELECT 1 FROM people WHERE email = $1', ['sara@gemeente'])).toHaveLength(0);
    });

    it('see records whose programme left the content, and can open them', async () => {
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version) VALUES ($1, 'signup', 'BW-WEES0-RECRD', 'weg/oud-programma', 'buddy', '{"name":"Wees"}', 'x', 'x')`,
        ['b'.repeat(32)],
      );
      const page = await (await call('GET', '/coordinator/beheer', { cookie: admin })).text();
      expect(page).toContain('<a href="/coordinator/aanmeldingen?programme=weg%2Foud-programma">weg/oud-programma</a>: 1');
      const orphan = await (await list(admin, 'weg/oud-programma')).text();
      expect(orphan).toContain('Wees');
      expect(orphan).toContain('niet meer in de inhoud');
    });

    it('see a production mail configuration error (and mails that do not leave) on their page', async () => {
      const from = process.env.SMTP_FROM;
      delete process.env.SMTP_FROM;
      try {
        await signup(postJson('/api/signup', validSignup({ name: 'Zonder afzender' })), context);
        await env.deliveries();
        await env.db.query(`UPDATE mail_queue SET attempts = 3 WHERE sent_at IS NULL`);
        const page = await (await call('GET', '/coordinator/beheer', { cookie: admin })).text();
        expect(page).toContain('<strong>Configuratiefout:</strong> SMTP_FROM ontbreekt');
        expect(page).toMatch(/Mail \d+ van .*: 3 pogingen \(configuratie: SMTP_FROM ontbreekt/);
      } finally {
        process.env.SMTP_FROM = from;
      }
      const fine = await (await call('GET', '/coordinator/beheer', { cookie: admin })).text();
      expect(fine).not.toContain('Configuratiefout');
    });

    it('read the audit log: who (person id), what, which programme and record, no personal data', async () => {
      await list(coordinator);
      await call('GET', `/coordinator/export?programme=${FIXTURE.open}`, { cookie: coordinator });
      await call('POST', '/coordinator/verwijderen', { cookie: coordinator, form: { programme: FIXTURE.open, id: ids[1] } });
      const rows = await env.db.query<{ actor_id: string; action: string; programme: string | null; record_id: string | null }>('SELECT actor_id, action, programme, record_id FROM audit_log ORDER BY id');
      const [person] = await env.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [FIXTURE.coordinatorEmail]);
      expect(rows.map((r) => r.action)).toEqual(['sign-in', 'sign-in', 'view', 'export', 'delete']);
      expect(rows.at(-1)).toMatchObject({ actor_id: person.id, programme: FIXTURE.open, record_id: ids[1] });
      expect(JSON.stringify(rows)).not.toMatch(/@|Ann|Sara/);
      const page = await (await call('GET', '/coordinator/beheer', { cookie: admin })).text();
      expect(page).toContain(`<td>delete</td><td>${FIXTURE.open}</td><td>${ids[1]}</td>`);
    });
  });

  describe('retention purge', () => {
    it('deletes old records, audit entries, expired links and sessions in SQL', async () => {
      // A sign-up of 13 months ago whose person never moved in the flow since (the trigger dated both alike).
      await env.db.query(`UPDATE submissions SET created_at = now() - interval '13 months' WHERE id = $1`, [ids[0]]);
      await env.db.query(`UPDATE flow_people SET created_at = now() - interval '13 months', status_changed_at = now() - interval '13 months' WHERE id = $1`, [ids[0]]);
      await env.db.query(`UPDATE flow_status_changes SET at = now() - interval '13 months' WHERE person_id = $1`, [ids[0]]);
      await env.db.query(`UPDATE sessions SET last_seen_at = now() - interval '3 hours' WHERE token_hash = (SELECT min(token_hash) FROM sessions)`);
      const deleted = await purge();
      expect(deleted).toMatchObject({ flowSignups: 1, records: 0, signInLinks: 2, sessions: 1 });
      expect((await env.records('signup')).map((r) => r.id)).not.toContain(ids[0]);
      expect(await env.db.query('SELECT 1 FROM sign_in_links')).toHaveLength(0);
      const later = new Date();
      later.setUTCMonth(later.getUTCMonth() + 13);
      const all = await purge(later);
      expect(all.flowSignups).toBe(5);
      expect(await env.records()).toHaveLength(0);
      expect(await env.db.query('SELECT 1 FROM audit_log')).toHaveLength(0);
      expect(await env.db.query('SELECT 1 FROM sessions')).toHaveLength(0);
    });
  });
}
