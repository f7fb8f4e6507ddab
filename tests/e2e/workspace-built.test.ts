/**
 * The workspace in Chromium on the built site with its functions: its widest pages on a 375 px phone
 * (the sign-up list, the administrators' page with its people and audit tables, the intake with its
 * availability grid), where tables may scroll inside their own container but the page must not scroll
 * sideways (WCAG 1.4.10); and a refused form that puts the focus on its error summary.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startBuiltSite, type BuiltSite } from '../support/built-site';
import { FIXTURE, type FunctionsEnv } from '../support/functions-env';
import { siteContent } from '../../functions/_shared/content';
import { createSignInLink } from '../../functions/_shared/sessions';

let env: FunctionsEnv;
let site: BuiltSite;
let browser: Browser;
let programme: string;
let newcomer: string;

beforeAll(async () => {
  site = await startBuiltSite({ smtp: false });
  ({ env, browser } = site);
  programme = [...siteContent().programmes.values()].find((p) => p.acceptsSignups)!.id;
  await env.seedPeople();
  await env.db.query(`INSERT INTO programme_access (person_id, programme) SELECT id, $1 FROM people WHERE email = $2`, [programme, FIXTURE.coordinatorEmail]);
  // Sign-ups with long words and addresses, as people type them.
  for (const [role, name] of [['newcomer', 'Oleksandra Kovalenko-Shevchenko'], ['buddy', 'Annemarie Vandenbroucke-Verstraeten']]) {
    const id = randomBytes(16).toString('hex');
    await env.db.query(
      `INSERT INTO submissions (id, form, reference, programme, role, data, form_version, privacy_version) VALUES ($1, 'signup', $2, $3, $4, $5, 'test', '2026-11-22')`,
      [id, `BW-${id.slice(0, 5).toUpperCase()}-${id.slice(5, 10).toUpperCase()}`, programme, role, JSON.stringify({
        programme, role, name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@voorbeeldgemeente-vlaanderen.be`, phone: '+32 470 12 34 56', postalCode: '3800',
        languages: ['nl', 'uk', 'ru', 'en'], availability: ['ma-vm', 'wo-nm', 'za-vm', 'zo-nm'], interests: 'Koken, fietsen, wandelen, samen naar de bibliotheek', formLanguage: 'nl',
      })],
    );
    if (role === 'newcomer') newcomer = id;
  }
  // A coordinator with access to several programmes, for the administrators' table.
  await env.db.query(`INSERT INTO people (email) VALUES ('coordinator.met.een.lang.adres@voorbeeldgemeente-vlaanderen.be')`);
  await env.db.query(
    `INSERT INTO programme_access (person_id, programme) SELECT p.id, x FROM people p, unnest($1::text[]) x WHERE p.email LIKE 'coordinator.met%'`,
    [[...siteContent().programmes.keys()].slice(0, 3)],
  );
}, 300_000);
afterAll(() => site?.close());

async function signedIn(email: string, javaScriptEnabled = true): Promise<BrowserContext> {
  const [{ id }] = await env.db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email]);
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.url}/coordinator/inloggen?token=${await createSignInLink(Number(id))}`);
  await Promise.all([page.waitForSelector('h1:has-text("Werkruimte voor coördinatoren")'), page.click('button:has-text("Inloggen")')]);
  await page.close();
  return context;
}

describe('the workspace on a 375 px phone', () => {
  it('the sign-up list, the administrators\' page and the intake do not scroll sideways', async () => {
    const coordinator = await signedIn(FIXTURE.coordinatorEmail);
    const admin = await signedIn(FIXTURE.adminEmail);
    const pages: [BrowserContext, string][] = [
      [coordinator, `/coordinator/aanmeldingen?programme=${encodeURIComponent(programme)}`],
      [coordinator, `/coordinator/intake?id=${newcomer}`],
      [admin, '/coordinator/beheer'],
    ];
    for (const [context, path] of pages) {
      const page = await context.newPage();
      const res = await page.goto(`${site.url}${path}`);
      expect(res?.status(), path).toBe(200);
      expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(375);
      await page.close();
    }
    await coordinator.close();
    await admin.close();
  });

  it("a refused access grant keeps the typed address and puts the focus on the error summary (JavaScript off)", async () => {
    // Without JavaScript: the focus comes from the page itself (autofocus), not from a script.
    const admin = await signedIn(FIXTURE.adminEmail, false);
    const page = await admin.newPage();
    await page.goto(`${site.url}/coordinator/beheer`);
    await page.fill('#grant-email', 'sara@gemeente');
    await page.click('button:has-text("Toegang geven")');
    await page.waitForSelector('.error-summary');
    expect(await page.evaluate('document.activeElement.className')).toBe('error-summary');
    expect(await page.inputValue('#grant-email')).toBe('sara@gemeente');
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([
      'E-mailadres van de coördinator: geef een geldig e-mailadres, bijvoorbeeld naam@gemeente.be',
      'Buddywerkingen: kies minstens één buddywerking uit de lijst',
    ]);
    await admin.close();
  });
});
