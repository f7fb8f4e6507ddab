/**
 * The workspace's import, weekly digest, figures and retention (issue 13), on the database engine the
 * test file chooses (flow-reports.test.ts: embedded; flow-reports-postgres.test.ts: PostgreSQL 15).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import workspace from '../../functions/workspace';
import { createSignInLink, SESSION_COOKIE, useSignInLink } from '../../functions/_shared/sessions';
import { digestItems, queueWeeklyDigest } from '../../functions/_shared/digest';
import { db } from '../../functions/_shared/db';
import weeklyDigest, { config as weeklyDigestConfig } from '../../functions/weekly-digest';
import publicFiguresFunction, { config as publicFiguresConfig } from '../../functions/public-figures';
import computeNightly, { config as nightlyConfig } from '../../functions/compute-public-figures';
import { computePublicFigures } from '../../functions/_shared/public-figures';
import { purge } from '../../functions/_shared/purge';
import { FIXTURE, startFunctionsEnv, type FunctionsEnv } from '../support/functions-env';

export function flowReportsSuite(database: 'embedded' | 'server', more?: (env: () => FunctionsEnv) => void) {
  let env: FunctionsEnv;
  const base = 'http://127.0.0.1:9';
  let coordinator: string;

  beforeAll(async () => {
    env = database === 'server' ? await startFunctionsEnv({ database: 'server', smtp: false }) : await startFunctionsEnv({ smtp: false });
  });
  afterAll(() => env.close());
  beforeEach(async () => {
    await env.reset();
    await env.seedPeople();
    coordinator = await sessionFor(FIXTURE.coordinatorEmail);
  });

  async function sessionFor(email: string): Promise<string> {
    const [{ id }] = await env.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email]);
    const link = await createSignInLink(Number(id));
    return (await useSignInLink(link))!.sessionToken;
  }

  function get(path: string, cookie: string | undefined = coordinator) {
    return workspace(new Request(`${base}${path}`, { headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} }), {});
  }
  function post(path: string, body: FormData | URLSearchParams, { cookie = coordinator, origin = base }: { cookie?: string; origin?: string } = {}) {
    return workspace(new Request(`${base}${path}`, { method: 'POST', body, headers: { cookie: `${SESSION_COOKIE}=${cookie}`, origin } }), {});
  }

  const programme = encodeURIComponent(FIXTURE.open);

  describe('import', () => {
    const upload = (bytes: Uint8Array, path = `/coordinator/importeren?programme=${programme}`, options = {}) => {
      const form = new FormData();
      form.append('bestand', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), 'lijst.csv');
      return post(path, form, options);
    };
    /** The preview's hidden field, posted back as the browser would. */
    const confirmFrom = async (preview: Response) => {
      const html = await preview.text();
      const action = /<form method="post" action="([^"]+bevestigen[^"]+)"/.exec(html)![1].replaceAll('&amp;', '&');
      const value = /name="bestand" value="([^"]+)"/.exec(html)![1];
      return post(action, new URLSearchParams({ bestand: value }));
    };
    const imported = () =>
      env.db.query<{ role: string; status: string; details: Record<string, string>; imported: boolean; created_at: Date; waiting_since: Date | null; programme: string }>(
        `SELECT programme, role, status, details, imported, created_at, waiting_since FROM flow_people WHERE imported ORDER BY details->>'name'`,
      );

    const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
    const SHEET =
      'Ontvangen;Rol;Naam;E-mailadres;Postcode;Status;Wacht sinds\r\n' +
      '03/02/2025;buddy;Zoë Hendrickx;zoe@example.be;3800;wacht op een match;01/09/2025\r\n' +
      ';nieuwkomer;René Müller;;3500;;\r\n';
    const variants: [string, Uint8Array][] = [
      ['UTF-8 with BOM, semicolons', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SHEET)])],
      ['UTF-8 without BOM, commas', utf8(SHEET.replaceAll(';', ','))],
      ['Windows-1252, semicolons', cp1252(SHEET)],
    ];

    it('shows the upload form without script, for the programme\'s coordinator only', async () => {
      const page = await get(`/coordinator/importeren?programme=${programme}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('enctype="multipart/form-data"');
      expect(html).toContain('<label class="form-label" for="import-file">CSV-bestand</label>');
      expect(html).not.toContain('<script');
      // Reached from the dashboard.
      const dashboard = await (await get('/coordinator/')).text();
      expect(dashboard).toContain(`<a href="/coordinator/importeren?programme=${programme}">Mensen importeren`);
      expect(dashboard).toContain(`<a href="/coordinator/cijfers?programme=${programme}">Cijfers`);
      expect((await get(`/coordinator/importeren?programme=${encodeURIComponent(FIXTURE.openNoCoordinator)}`)).status).toBe(403);
      expect((await get(`/coordinator/importeren?programme=${programme}`, '')).status).toBe(401);
      expect((await upload(utf8(SHEET), undefined, { origin: 'https://evil.example' })).status).toBe(403);
      expect(await imported()).toHaveLength(0);
    });

    for (const [name, bytes] of variants) {
      it(`previews, then imports every row in one go: ${name}`, async () => {
        const preview = await upload(bytes);
        expect(preview.status).toBe(200);
        const copy = preview.clone();
        const html = await preview.text();
        expect(html).toContain('2 mensen om te importeren');
        expect(html).toContain('<td>Zoë Hendrickx</td>');
        expect(html).toContain('<td>René Müller</td>');
        expect(html).toContain('<td>wacht op een match sinds 01/09/2025</td>');
        expect(html).toContain(name.startsWith('Windows') ? 'Gelezen als Windows-1252' : 'Gelezen als UTF-8');
        // Nothing is stored by the preview.
        expect(await imported()).toHaveLength(0);

        const done = await confirmFrom(copy);
        expect(done.status).toBe(303);
        const after = await (await get(done.headers.get('location')!)).text();
        expect(after).toContain('2 mensen zijn geïmporteerd');
        expect(after).toContain('geïmporteerd (geen privacyverklaring op deze site)');

        const people = await imported();
        expect(people.map((p) => [p.programme, p.role, p.status, p.details])).toEqual([
          [FIXTURE.open, 'newcomer', 'new', { name: 'René Müller', postalCode: '3500' }],
          [FIXTURE.open, 'buddy', 'waiting', { name: 'Zoë Hendrickx', email: 'zoe@example.be', postalCode: '3800' }],
        ]);
        expect(people[1].created_at.toISOString()).toBe('2025-02-02T23:00:00.000Z');
        // Waiting since the day the sheet says, from midnight in Brussels (summer time).
        expect(people[1].waiting_since!.toISOString()).toBe('2025-08-31T22:00:00.000Z');
        const audit = await env.db.query<{ action: string; record_id: string; programme: string }>(`SELECT action, record_id, programme FROM audit_log WHERE action = 'import'`);
        expect(audit).toHaveLength(2);
        expect(JSON.stringify(audit)).not.toMatch(/Zoë|René|@/);
        expect(await env.db.query(`SELECT status FROM flow_status_changes ORDER BY status`)).toEqual([{ status: 'new' }, { status: 'waiting' }]);
        // The people list marks them with the same words.
        const list = await (await get(`/coordinator/mensen?programme=${programme}`)).text();
        expect(list.match(/geïmporteerd \(geen privacyverklaring op deze site\)/g)).toHaveLength(2);

        // The same list again: the preview says both rows look present already.
        const again = await (await upload(bytes)).text();
        expect(again).toContain('2 rijen lijken al in de werkruimte te staan');
        expect(again).toContain('<td>2 <strong>(staat er mogelijk al)</strong></td>');
      });
    }

    it('a bad row blocks all: the errors name row and column, nothing is stored, even when the preview is skipped', async () => {
      const bad = utf8(SHEET + 'buddy-ish;Bert;bert-at-example;3800;\r\n'.replace(/^/, ';'));
      const preview = await upload(bad);
      expect(preview.status).toBe(422);
      const html = await preview.text();
      expect(html).toContain('Er is niets geïmporteerd: 2 fouten in het bestand');
      expect(html).toContain('rij 4, kolom Rol: &quot;buddy-ish&quot; is geen rol');
      expect(html).toContain('rij 4, kolom E-mailadres: geen geldig e-mailadres');
      expect(html).not.toContain('bevestigen');
      // A hand-made confirmation with the bad file is refused the same way.
      const forced = await post(`/coordinator/importeren/bevestigen?programme=${programme}`, new URLSearchParams({ bestand: Buffer.from(bad).toString('base64') }));
      expect(forced.status).toBe(422);
      expect(await imported()).toHaveLength(0);
      expect(await env.db.query(`SELECT 1 FROM audit_log WHERE action = 'import'`)).toHaveLength(0);
    });

    it('stores nothing when the database fails half-way through the rows', async () => {
      const preview = await upload(utf8(SHEET));
      // The second person's history row fails: the first person, already written, must not stay.
      await env.db.query(`CREATE FUNCTION fail_second() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF (SELECT count(*) FROM flow_status_changes) >= 1 THEN RAISE EXCEPTION 'storing failed'; END IF; RETURN NEW; END $$`);
      await env.db.query('CREATE TRIGGER fail_second BEFORE INSERT ON flow_status_changes FOR EACH ROW EXECUTE FUNCTION fail_second()');
      try {
        await expect(confirmFrom(preview)).rejects.toThrow(/storing failed/);
      } finally {
        await env.db.query('DROP TRIGGER fail_second ON flow_status_changes');
        await env.db.query('DROP FUNCTION fail_second()');
      }
      expect(await imported()).toHaveLength(0);
      expect(await env.db.query(`SELECT 1 FROM audit_log WHERE action = 'import'`)).toHaveLength(0);
    });

    it('refuses an empty upload with a message naming the field', async () => {
      const res = await upload(new Uint8Array());
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('CSV-bestand: kies een bestand.');
      expect(html).toContain('aria-invalid="true"');
    });
  });

  /** A person in a programme's flow (imported, so no sign-up needed), with fields of flow_people. */
  let counter = 0;
  async function person(programme: string, role: 'buddy' | 'newcomer', name: string, fields: Record<string, unknown> = {}): Promise<string> {
    const id = (++counter).toString(16).padStart(32, '0');
    const columns = ['id', 'programme', 'role', 'imported', 'details', ...Object.keys(fields)];
    const values = [id, programme, role, true, JSON.stringify({ name }), ...Object.values(fields)];
    await env.db.query(`INSERT INTO flow_people (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
    return id;
  }
  async function duo(buddy: string, newcomer: string, startedOn: string, durationMonths: number | null, extra: Record<string, unknown> = {}): Promise<string> {
    const id = (++counter).toString(16).padStart(32, 'd');
    const columns = ['id', 'programme', 'buddy_id', 'newcomer_id', 'started_on', 'duration_months', ...Object.keys(extra)];
    const values = [id, FIXTURE.open, buddy, newcomer, startedOn, durationMonths, ...Object.values(extra)];
    await env.db.query(`INSERT INTO duos (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
    return id;
  }
  const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000);

  describe('weekly digest', () => {
    // Monday 23 November 2026, 07:00 in Brussels.
    const now = new Date('2026-11-23T06:00:00Z');
    let halfway: string;

    beforeEach(async () => {
      await env.db.query(`INSERT INTO programme_settings (programme, waiting_alert_days) VALUES ($1, 14)`, [FIXTURE.open]);
      await person(FIXTURE.open, 'buddy', 'Ann Peeters', { status: 'waiting', waiting_since: daysBefore(now, 20) });
      await person(FIXTURE.open, 'newcomer', 'Bram Smet', { status: 'waiting', waiting_since: daysBefore(now, 10) });
      await person(FIXTURE.open, 'newcomer', 'Chris Dua', { status: 'new' });
      await person(FIXTURE.open, 'buddy', 'Dina Vos', { status: 'intake-planned', intake_planned_on: '2026-11-30' });
      await person(FIXTURE.open, 'buddy', 'Eva Mertens', { status: 'intake-planned', intake_planned_on: '2026-11-20' });
      await person(FIXTURE.open, 'buddy', 'Finished Person', { status: 'finished', closed_at: daysBefore(now, 5) });
      // Half-way a six-month duo, no evaluation yet.
      halfway = await duo(await person(FIXTURE.open, 'buddy', 'Gert', { status: 'matched' }), await person(FIXTURE.open, 'newcomer', 'Hana', { status: 'matched' }), '2026-07-01', 6);
      // Ends on 1 December, evaluated already.
      const ending = await duo(await person(FIXTURE.open, 'buddy', 'Ines', { status: 'matched' }), await person(FIXTURE.open, 'newcomer', 'Jan', { status: 'matched' }), '2026-06-01', 6);
      const [{ buddy_id }] = await env.db.query<{ buddy_id: string }>('SELECT buddy_id FROM duos WHERE id = $1', [ending]);
      await env.db.query(`INSERT INTO evaluations (duo_id, person_id, answers, language) VALUES ($1, $2, '{}', 'nl')`, [ending, buddy_id]);
      // No fixed end (Bocholt): never due, never ending.
      await duo(await person(FIXTURE.open, 'buddy', 'Kim', { status: 'matched' }), await person(FIXTURE.open, 'newcomer', 'Lou', { status: 'matched' }), '2025-01-01', null);
      // An ended duo is not followed up.
      await duo(await person(FIXTURE.open, 'buddy', 'Mo', { status: 'finished' }), await person(FIXTURE.open, 'newcomer', 'Nor', { status: 'finished' }), '2026-01-01', 6, { ended_on: '2026-07-01' });
      // A programme without a coordinator gets no mail.
      await person(FIXTURE.openNoCoordinator, 'buddy', 'Olga', { status: 'waiting', waiting_since: daysBefore(now, 100) });
    });

    it('selects, per programme, who waits too long, intakes not done, mid-term evaluations due and duos near their end', async () => {
      const items = await digestItems(db, now);
      expect(items.map((i) => [i.programme, i.kind, i.names, i.date, i.total])).toEqual([
        [FIXTURE.open, 'waiting', 'Ann', '03/11/2026', 1],
        [FIXTURE.open, 'intake', 'Chris', null, 2],
        [FIXTURE.open, 'intake', 'Eva', '20/11/2026', 2],
        [FIXTURE.open, 'midterm', 'Gert & Hana', '01/10/2026', 1],
        [FIXTURE.open, 'ending', 'Ines & Jan', '01/12/2026', 1],
      ]);
      // The duo's page names the same half-way day as the mail.
      expect(await (await get(`/coordinator/duo?id=${halfway}`)).text()).toContain('<p>Halverwege: 1 oktober 2026.</p>');
      // The programme's own alert: with 21 days Ann (20 days) is not yet listed.
      await env.db.query('UPDATE programme_settings SET waiting_alert_days = 21');
      expect((await digestItems(db, now)).filter((i) => i.kind === 'waiting')).toEqual([]);
      // A week later, Ann has waited 27 days.
      expect((await digestItems(db, new Date('2026-11-30T06:00:00Z'))).filter((i) => i.kind === 'waiting').map((i) => i.names)).toEqual(['Ann']);
    });

    it('queues one mail per coordinator with first names only and links to the workspace', async () => {
      const result = await queueWeeklyDigest(now, 'https://buddy.example', (id) => (id === FIXTURE.open ? 'Samen op weg (Testgem)' : id));
      expect(result).toMatchObject({ mails: 1 });
      const mails = await env.db.query<{ recipient: string; subject: string; body: string }>('SELECT recipient, subject, body FROM mail_queue');
      expect(mails.map((m) => m.recipient)).toEqual([FIXTURE.coordinatorEmail]);
      const [mail] = mails;
      expect(mail.subject).toBe('Weekoverzicht buddywerking: 5 punten om op te volgen');
      expect(mail.body).toContain('maandag 23 november 2026');
      expect(mail.body).toContain('Samen op weg (Testgem)');
      expect(mail.body).toContain('Wachten langer dan 14 dagen op een match (1): Ann (sinds 03/11/2026).');
      expect(mail.body).toContain('Intake nog niet gedaan (2): Chris, Eva (gepland op 20/11/2026).');
      expect(mail.body).toContain('Tussentijdse evaluatie te doen (1): Gert & Hana (sinds 01/10/2026).');
      expect(mail.body).toContain("Duo's die binnen 30 dagen aflopen (1): Ines & Jan (einde 01/12/2026).");
      expect(mail.body).toContain(`Naar de werkruimte: https://buddy.example/coordinator/aanmeldingen?programme=${encodeURIComponent(FIXTURE.open)}`);
      expect(mail.body).not.toMatch(/Peeters|Mertens|Olga|Kim|@/);
    });

    it('queues the week\'s mails once: a second run in the same week queues nothing, the next week runs again', async () => {
      const name = () => 'Samen op weg (Testgem)';
      expect(await queueWeeklyDigest(now, 'https://buddy.example', name)).toMatchObject({ mails: 1, alreadyRan: false });
      // The schedule firing again an hour later, or someone running it by hand on Wednesday.
      expect(await queueWeeklyDigest(new Date('2026-11-23T07:00:00Z'), 'https://buddy.example', name)).toMatchObject({ mails: 0, ids: [], alreadyRan: true });
      expect(await queueWeeklyDigest(new Date('2026-11-25T10:00:00Z'), 'https://buddy.example', name)).toMatchObject({ mails: 0, alreadyRan: true });
      expect(await env.db.query('SELECT id FROM mail_queue')).toHaveLength(1);
      expect(await queueWeeklyDigest(new Date('2026-11-30T06:00:00Z'), 'https://buddy.example', name)).toMatchObject({ mails: 1, alreadyRan: false });
      expect(await env.db.query('SELECT id FROM mail_queue')).toHaveLength(2);
      expect(await env.db.query('SELECT period FROM scheduled_runs ORDER BY period')).toEqual([{ period: '2026-W48' }, { period: '2026-W49' }]);
    });

    it('runs as a scheduled function every Monday morning, with the site\'s address in the links', async () => {
      expect(weeklyDigestConfig.schedule).toBe('0 6 * * 1');
      process.env.URL = 'https://buddywerkingen.example';
      try {
        const res = await weeklyDigest(new Request('http://127.0.0.1:9/.netlify/functions/weekly-digest', { method: 'POST' }));
        expect(res.status).toBe(204);
      } finally {
        delete process.env.URL;
      }
      await env.deliveries();
      const [mail] = await env.db.query<{ recipient: string; body: string }>('SELECT recipient, body FROM mail_queue');
      expect(mail.recipient).toBe(FIXTURE.coordinatorEmail);
      // The programme's name from the build's manifest; Chris is new whatever today is.
      expect(mail.body).toContain('Samen op weg (Testgem)');
      expect(mail.body).toContain('Chris');
      expect(mail.body).toContain('https://buddywerkingen.example/coordinator/aanmeldingen?programme=');
    });
  });

  describe('figures for the coordinator', () => {
    it('shows accessible tables, a figure only from 5 people, audited; not for another programme', async () => {
      const now = Date.now();
      const ago = (days: number) => new Date(now - days * 86_400_000);
      // Six people matched after 10, 20, 30, 40, 50 and 60 days of waiting; two stopped (too few for their reason).
      for (const [i, days] of [10, 20, 30, 40, 50, 60].entries()) {
        const id = await person(FIXTURE.open, i % 2 ? 'buddy' : 'newcomer', `P${i}`, { status: 'matched', created_at: ago(100) });
        await env.db.query(`INSERT INTO flow_status_changes (person_id, status, at) VALUES ($1, 'waiting', $2), ($1, 'matched', $3)`, [id, ago(90), ago(90 - days)]);
      }
      for (const i of [1, 2]) await person(FIXTURE.open, 'buddy', `S${i}`, { status: 'stopped', stop_reason: 'moved', closed_at: ago(5) });
      const res = await get(`/coordinator/cijfers?programme=${programme}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<tr><th scope="row">Mediaan wachttijd tot een match (dagen)</th><td>35</td></tr>');
      expect(html).toContain('<tr><th scope="row">Aandeel gekoppeld van wie ooit op een match wachtte</th><td>100%</td></tr>');
      expect(html).toContain('<tr><th scope="row">Lopende duo’s</th><td><em>te weinig mensen om een cijfer te tonen</em></td></tr>');
      expect(html).toContain('<tr><th scope="row">verhuisd</th><td><em>te weinig mensen om een cijfer te tonen</em></td></tr>');
      expect(html).toContain('<h2>Aanmeldingen per maand, de laatste 12 maanden</h2><div class="table-scroll"><table><caption class="visually-hidden">Aanmeldingen per maand, de laatste 12 maanden</caption>');
      expect(html).not.toMatch(/P\d|S1/);
      expect(await env.db.query(`SELECT 1 FROM audit_log WHERE action = 'view' AND programme = $1`, [FIXTURE.open])).toHaveLength(1);
      expect((await get(`/coordinator/cijfers?programme=${encodeURIComponent(FIXTURE.openNoCoordinator)}`)).status).toBe(403);
      expect((await get(`/coordinator/cijfers?programme=${programme}`, '')).status).toBe(401);
    });
  });

  describe('public figures', () => {
    const now = new Date('2026-11-23T02:30:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const api = (path: string) => publicFiguresFunction(new Request(`${base}${path}`));

    beforeEach(async () => {
      await env.db.query(`INSERT INTO programme_settings (programme, publish_figures) VALUES ($1, true), ($2, false)`, [FIXTURE.open, FIXTURE.openNoCoordinator]);
      // Five matched within the last year after 10..50 days, one matched two years ago after 400 days (outside the window).
      for (const [i, days] of [10, 20, 30, 40, 50].entries()) {
        const id = await person(FIXTURE.open, 'buddy', `M${i}`, { status: 'matched' });
        await env.db.query(`INSERT INTO flow_status_changes (person_id, status, at) VALUES ($1, 'waiting', $2), ($1, 'matched', $3)`, [id, ago(200), ago(200 - days)]);
      }
      const old = await person(FIXTURE.open, 'newcomer', 'Oud', { status: 'finished' });
      await env.db.query(`INSERT INTO flow_status_changes (person_id, status, at) VALUES ($1, 'waiting', $2), ($1, 'matched', $3)`, [old, ago(1130), ago(730)]);
      // A newcomer waits now: the programme seeks buddies.
      await person(FIXTURE.open, 'newcomer', 'Wacht', { status: 'waiting', waiting_since: ago(3) });
      await person(FIXTURE.openNoCoordinator, 'buddy', 'Elders', { status: 'waiting', waiting_since: ago(3) });
    });

    it('are computed nightly for programmes that publish them, from 5 people or not at all', async () => {
      expect(nightlyConfig.schedule).toBe('30 2 * * *');
      expect(await computePublicFigures(now)).toBe(1);
      expect(await env.db.query('SELECT programme, seeks_buddies, seeks_newcomers, typical_wait_days FROM public_figures')).toEqual([
        { programme: FIXTURE.open, seeks_buddies: true, seeks_newcomers: false, typical_wait_days: 30 },
      ]);
      // One of the five matches leaves the data: four people are too few for a waiting time.
      await env.db.query(`DELETE FROM flow_people WHERE details->>'name' = 'M0'`);
      expect((await computeNightly()).status).toBe(204);
      expect(await env.db.query('SELECT typical_wait_days FROM public_figures')).toEqual([{ typical_wait_days: null }]);
    });

    it('are served as JSON; 404 for a programme that does not publish (or stopped)', async () => {
      expect(publicFiguresConfig.path).toEqual(['/api/cijfers', '/api/cijfers/*']);
      await computePublicFigures(now);
      const one = await api(`/api/cijfers/${FIXTURE.open}`);
      expect(one.status).toBe(200);
      expect(one.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await one.json()).toEqual({ programme: FIXTURE.open, seeksBuddies: true, seeksNewcomers: false, typicalWaitDays: 30, computedAt: now.toISOString() });
      expect(await (await api('/api/cijfers')).json()).toHaveLength(1);
      expect((await api(`/api/cijfers/${FIXTURE.openNoCoordinator}`)).status).toBe(404);
      expect((await api('/api/cijfers/../../etc')).status).toBe(404);
      // Turning publication off hides them at once, and the next night removes them.
      await env.db.query('UPDATE programme_settings SET publish_figures = false');
      expect((await api(`/api/cijfers/${FIXTURE.open}`)).status).toBe(404);
      expect(await (await api('/api/cijfers')).json()).toEqual([]);
      await computePublicFigures(now);
      expect(await env.db.query('SELECT 1 FROM public_figures')).toHaveLength(0);
    });
  });

  describe('retention from closing', () => {
    // 12 months' retention: the cutoff is 23 November 2025.
    const now = new Date('2026-11-23T03:00:00Z');
    let n = 0;
    /** A sign-up (it enters the flow by trigger, dated like the sign-up) with its person's later path. */
    async function signup(createdAt: string, name: string, path: { status?: string; at?: string; closed?: boolean } = {}): Promise<string> {
      const id = (++n).toString(16).padStart(32, 'e');
      await env.db.query(
        `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version, created_at)
         VALUES ($1, 'signup', $2, $3, 'buddy', $4, 't', 't', $5)`,
        [id, `BW-T${n}`, FIXTURE.open, JSON.stringify({ name }), createdAt],
      );
      if (path.status) {
        await env.db.query(`UPDATE flow_people SET status = $2, status_changed_at = $3, closed_at = $4 WHERE id = $1`, [id, path.status, path.at, path.closed ? path.at : null]);
        await env.db.query(`INSERT INTO flow_status_changes (person_id, status, at) VALUES ($1, $2, $3)`, [id, path.status, path.at]);
      }
      return id;
    }
    const remaining = async () => (await env.db.query<{ name: string }>(`SELECT coalesce(s.data->>'name', fp.details->>'name') AS name FROM flow_people fp LEFT JOIN submissions s ON s.id = fp.submission_id ORDER BY 1`)).map((r) => r.name);

    it('runs from the closing date; keeps whoever is still in the flow; the inactive and never closed follow the old rule', async () => {
      await signup('2024-01-10', 'Closed long ago', { status: 'stopped', at: '2025-06-01', closed: true });
      await signup('2024-01-10', 'Closed recently', { status: 'finished', at: '2026-03-01', closed: true });
      await signup('2024-01-10', 'Old but active', { status: 'waiting', at: '2026-05-01' });
      await signup('2024-01-10', 'Old and idle');
      await signup('2026-10-01', 'New');
      await person(FIXTURE.open, 'newcomer', 'Imported closed', { status: 'stopped', closed_at: '2025-01-01', created_at: '2024-01-01', status_changed_at: '2025-01-01' });
      await person(FIXTURE.open, 'newcomer', 'Imported idle', { status: 'new', created_at: '2024-01-01', status_changed_at: '2024-01-01' });
      // In a duo without a fixed end since 2024: never closed, no status change since, but in the flow.
      const bocholtBuddy = await person(FIXTURE.open, 'buddy', 'Duo runs (buddy)', { status: 'matched', created_at: '2024-01-01', status_changed_at: '2024-02-01' });
      const bocholtNewcomer = await person(FIXTURE.open, 'newcomer', 'Duo runs (newcomer)', { status: 'matched', created_at: '2024-01-01', status_changed_at: '2024-02-01' });
      await duo(bocholtBuddy, bocholtNewcomer, '2024-02-01', null);
      // A practice submission is kept by its age as before.
      await env.db.query(`INSERT INTO submissions (id, form, reference, data, form_version, privacy_version, created_at) VALUES ($1, 'practice-submission', 'PR-OLD', '{}', 't', 't', '2024-01-01')`, ['f'.repeat(32)]);

      const deleted = await purge(now);
      expect(deleted).toMatchObject({ flowSignups: 2, importedPeople: 2, records: 1 });
      expect(await remaining()).toEqual(['Closed recently', 'Duo runs (buddy)', 'Duo runs (newcomer)', 'New', 'Old but active']);
      expect((await env.records()).map((r) => r.data.name)).toEqual(['Closed recently', 'Old but active', 'New']);
      expect(await env.db.query('SELECT 1 FROM duos')).toHaveLength(1);
    });

    it('deletes a duo that ended before the cutoff with its evaluations and links; a member goes once both the duo and their path are past it', async () => {
      const buddy = await signup('2024-01-10', 'Buddy', { status: 'finished', at: '2025-10-01', closed: true });
      const newcomer = await signup('2024-01-10', 'Newcomer', { status: 'waiting', at: '2025-10-01' });
      const ended = await duo(buddy, newcomer, '2025-01-01', 6, { ended_on: '2025-09-30', end_reason: 'completed' });
      await env.db.query(`INSERT INTO evaluations (duo_id, person_id, answers, language) VALUES ($1, $2, '{"q":"a"}', 'nl')`, [ended, buddy]);
      await env.db.query(`INSERT INTO evaluation_links (token_hash, duo_id, person_id, expires_at) VALUES ('h1', $1, $2, '2025-06-01')`, [ended, newcomer]);
      // The newcomer is matched again in a duo that ended after the cutoff, and has since been closed long enough … not yet.
      const second = await person(FIXTURE.open, 'buddy', 'Second buddy', { status: 'finished', created_at: '2025-01-01', closed_at: '2025-11-01', status_changed_at: '2025-11-01' });
      await duo(second, newcomer, '2025-10-05', 1, { ended_on: '2025-12-01' });

      const deleted = await purge(now);
      expect(deleted).toMatchObject({ duos: 1, flowSignups: 1, importedPeople: 0 });
      // The buddy's path closed before the cutoff and their only duo ended before it: gone, with the evaluation.
      // The second buddy closed before the cutoff but their duo ended after it: kept, so the duo stays whole.
      expect(await remaining()).toEqual(['Newcomer', 'Second buddy']);
      expect(await env.db.query('SELECT 1 FROM evaluations')).toHaveLength(0);
      expect(await env.db.query('SELECT 1 FROM evaluation_links')).toHaveLength(0);
      expect(await env.db.query('SELECT ended_on::text FROM duos')).toEqual([{ ended_on: '2025-12-01' }]);
      expect(await env.db.query(`SELECT 1 FROM flow_status_changes WHERE person_id = $1`, [buddy])).toHaveLength(0);
    });
  });

  more?.(() => env);
}
