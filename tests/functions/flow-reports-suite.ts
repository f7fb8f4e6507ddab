/**
 * The workspace's import, weekly digest, figures and retention (issue 13), on the database engine the
 * test file chooses (flow-reports.test.ts: embedded; flow-reports-postgres.test.ts: PostgreSQL 15).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import workspace from '../../functions/workspace';
import { createSignInLink, SESSION_COOKIE, useSignInLink } from '../../functions/_shared/sessions';
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
      form.append('bestand', new Blob([bytes], { type: 'text/csv' }), 'lijst.csv');
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
    const SHEET = 'Ontvangen;Rol;Naam;E-mailadres;Postcode;Status\r\n03/02/2025;buddy;Zoë Hendrickx;zoe@example.be;3800;wacht op een match\r\n;nieuwkomer;René Müller;;3500;\r\n';
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
        expect(people[1].waiting_since).not.toBeNull();
        const audit = await env.db.query<{ action: string; record_id: string; programme: string }>(`SELECT action, record_id, programme FROM audit_log WHERE action = 'import'`);
        expect(audit).toHaveLength(2);
        expect(JSON.stringify(audit)).not.toMatch(/Zoë|René|@/);
        expect(await env.db.query(`SELECT status FROM flow_status_changes ORDER BY status`)).toEqual([{ status: 'new' }, { status: 'waiting' }]);
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

    it('refuses an empty upload with a message naming the field', async () => {
      const res = await upload(new Uint8Array());
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('CSV-bestand: kies een bestand.');
      expect(html).toContain('aria-invalid="true"');
    });
  });

  more?.(() => env);
}
