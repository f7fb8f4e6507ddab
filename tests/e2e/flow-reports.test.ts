/**
 * The import, the coordinator's figures and the public figures (issue 13) in Chromium, on the built site
 * with the real functions behind it (tests/support/site-with-functions.ts): the pages a coordinator sees,
 * their error state, axe (WCAG 2.1 AA) on each; the municipality page's figures with and without
 * JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations } from '../support/browser';
import { startBuiltSite, type BuiltSite } from '../support/built-site';
import { FIXTURE, type FunctionsEnv } from '../support/functions-env';
import { siteContent } from '../../functions/_shared/content';
import { computePublicFigures } from '../../functions/_shared/public-figures';
import { createSignInLink } from '../../functions/_shared/sessions';

let env: FunctionsEnv;
let site: BuiltSite;
let browser: Browser;
let programme: { id: string; municipality: string };
let coordinatorId: number;
const files = mkdtempSync(join(tmpdir(), 'flow-reports-e2e-'));

beforeAll(async () => {
  site = await startBuiltSite({ smtp: false });
  ({ env, browser } = site);
  const first = [...siteContent().programmes.values()].find((p) => p.acceptsSignups)!;
  programme = { id: first.id, municipality: first.id.split('/')[0] };
  await env.seedPeople();
  await env.db.query(`INSERT INTO programme_access (person_id, programme) SELECT id, $1 FROM people WHERE email = $2`, [programme.id, FIXTURE.coordinatorEmail]);
  const [{ id }] = await env.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [FIXTURE.coordinatorEmail]);
  coordinatorId = Number(id);
});
afterAll(async () => {
  await site?.close();
  rmSync(files, { recursive: true, force: true });
});

/** A browser context signed in as the coordinator, through a sign-in link's button as in the mail. */
async function signedIn(): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/coordinator/inloggen?token=${await createSignInLink(coordinatorId)}`);
  await Promise.all([page.waitForSelector('h1:has-text("Werkruimte voor coördinatoren")'), page.click('button:has-text("Inloggen")')]);
  await page.close();
  return context;
}

describe('workspace pages of the import and the figures', () => {
  it('upload, error state, preview, import and figures: no axe violations, every step by keyboard', async () => {
    const violations: string[] = [];
    const context = await signedIn();
    const page = await context.newPage();
    const query = `programme=${encodeURIComponent(programme.id)}`;

    await page.goto(`${site.url}/coordinator/importeren?${query}`);
    expect(await page.locator('h1').innerText()).toMatch(/^Mensen importeren: /);
    violations.push(...(await axeViolations(page)));

    // A bad file: the error state.
    const bad = join(files, 'fout.csv');
    writeFileSync(bad, 'Rol;Naam;E-mailadres\r\nbuddy;An;geen-adres\r\n');
    await page.setInputFiles('#import-file', bad);
    await Promise.all([page.waitForURL(/importeren/), page.locator('button:has-text("Voorbeeld tonen")').click()]);
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').innerText()).toContain('rij 2, kolom E-mailadres: geen geldig e-mailadres');
    violations.push(...(await axeViolations(page)));

    // A good file, Windows-1252 with commas, chosen and sent by keyboard.
    const good = join(files, 'lijst.csv');
    writeFileSync(good, Buffer.from('Rol,Naam,Postcode\r\nbuddy,Zoë Hendrickx,3800\r\nnieuwkomer,René,3500\r\n', 'latin1'));
    await page.setInputFiles('#import-file', good);
    await page.focus('#import-file');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Voorbeeld tonen');
    await Promise.all([page.waitForSelector('caption:has-text("2 mensen om te importeren")'), page.keyboard.press('Enter')]);
    expect(await page.locator('table').innerText()).toContain('Zoë Hendrickx');
    violations.push(...(await axeViolations(page)));
    await page.locator('button:has-text("Importeren (2)")').focus();
    await Promise.all([page.waitForSelector('text=2 mensen zijn geïmporteerd'), page.keyboard.press('Enter')]);
    violations.push(...(await axeViolations(page)));
    expect(await env.db.query('SELECT 1 FROM flow_people WHERE imported AND programme = $1', [programme.id])).toHaveLength(2);

    await page.goto(`${site.url}/coordinator/cijfers?${query}`);
    expect(await page.locator('h2').allInnerTexts()).toContain('Aanmeldingen per maand, de laatste 12 maanden');
    expect(await page.locator('main').innerText()).toContain('te weinig mensen om een cijfer te tonen');
    violations.push(...(await axeViolations(page)));
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('public figures on the municipality page', () => {
  const municipalityPage = () => `${site.url}/gemeenten/${programme.municipality}/`;

  it('shows them with a small script when the programme publishes; links to the JSON without JavaScript; removes the entry when it does not', async () => {
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    await env.db.query(`INSERT INTO programme_settings (programme, publish_figures) VALUES ($1, true)`, [programme.id]);
    for (const [i, days] of [5, 10, 15, 20, 25].entries()) {
      const id = (i + 1).toString(16).padStart(32, 'a');
      await env.db.query(`INSERT INTO flow_people (id, programme, role, imported, status) VALUES ($1, $2, 'buddy', true, 'matched')`, [id, programme.id]);
      await env.db.query(`INSERT INTO flow_status_changes (person_id, status, at) VALUES ($1, 'waiting', $2), ($1, 'matched', $3)`, [id, ago(60), ago(60 - days)]);
    }
    await env.db.query(`INSERT INTO flow_people (id, programme, role, imported, status, waiting_since) VALUES ($1, $2, 'newcomer', true, 'waiting', now())`, ['b'.repeat(32), programme.id]);
    await computePublicFigures(new Date());

    const withScript = await browser.newContext();
    const page = await withScript.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(municipalityPage());
    const entry = page.locator(`[data-public-figures="/api/cijfers/${programme.id}"]`);
    await entry.locator('p', { hasText: 'Typische wachttijd tot een match: 15 dagen.' }).waitFor();
    expect(await entry.innerText()).toContain('Zoekt nu buddy’s.');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(municipalityPage());
    const link = plain.locator(`a[href="/api/cijfers/${programme.id}"]`);
    expect(await link.count()).toBe(1);
    const json = await (await fetch(`${site.url}/api/cijfers/${programme.id}`)).json();
    expect(json).toMatchObject({ programme: programme.id, seeksBuddies: true, seeksNewcomers: false, typicalWaitDays: 15 });

    await env.db.query('UPDATE programme_settings SET publish_figures = false');
    await page.reload();
    await page.waitForFunction(`!document.querySelector('[data-public-figures]')`);
    expect(await page.locator('[data-public-figures-term]').count()).toBe(0);
    await withScript.close();
    await noScript.close();
  });
});
