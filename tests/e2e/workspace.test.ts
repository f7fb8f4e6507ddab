/**
 * The coordinators' workspace in Chromium on `npm run dev`, with the development accounts the dev server
 * seeds and JavaScript switched off (every list and form must work without it): a person signs up, the
 * coordinator signs in through the link mailed to the outbox, sees the sign-up, exports it and deletes
 * it; the administrator grants and revokes access. axe needs the page's JavaScript, so it checks the
 * same pages again in a second browser context with JavaScript and the same session cookie.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DevServer } from '../support/dev-server';
import { startWorkspaceBrowser, type workspaceBrowser } from '../support/workspace-browser';
import { DEV_ACCOUNTS } from '../../scripts/database.mjs';

let dev: DevServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const run = Date.now().toString(36);
const applicant = `Werkruimte Test ${run}`;

beforeAll(async () => {
  ({ dev, browser, ui, close: stop } = await startWorkspaceBrowser('workspace'));
}, 300_000);
afterAll(() => stop?.());

let ui: ReturnType<typeof workspaceBrowser>;
const check = (page: Page) => ui.check(page);
const signIn = (context: BrowserContext, email: string) => ui.signIn(context, email);

describe('coordinators\' workspace on npm run dev', () => {
  it('sign-up, then the coordinator signs in by mailed link, sees, exports and deletes it', { timeout: 180_000 }, async () => {
    const person = await browser.newContext({ javaScriptEnabled: false });
    person.setDefaultTimeout(30_000);
    const form = await person.newPage();
    await form.goto(`${dev.base}/aanmelden/${DEV_ACCOUNTS.programme}/`);
    await form.click('a:has-text("Ik wil buddy worden")');
    await form.fill('#signup-name', applicant);
    await form.fill('#signup-email', `werkruimte-${run}@example.org`);
    await form.fill('#signup-postalCode', '3800');
    await form.check('#signup-languages');
    await form.check('#signup-availability-za-vm');
    await form.check('#signup-consent');
    await form.click('button[type="submit"]');
    await form.waitForSelector('h1:has-text("Je aanmelding is goed aangekomen")');
    expect(await form.locator('main').innerText()).toContain('Samen op pad');
    const reference = await form.locator('.reference').innerText();
    expect(reference).toMatch(/^BW-/);
    await person.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(30_000);
    const page = await signIn(context, DEV_ACCOUNTS.coordinator);
    const [cookie] = (await context.cookies()).filter((c) => c.name === '__Host-bw_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    await check(page);
    await page.click(`a[href*="programme=${encodeURIComponent(DEV_ACCOUNTS.programme)}"]`);
    await page.waitForSelector('h1:has-text("Aanmeldingen")');
    const list = await page.locator('main').innerText();
    expect(list).toContain(applicant);
    expect(list).toContain(reference);
    await check(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download alle aanmeldingen")')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`"${applicant}"`);

    await page.click(`tr:has-text("${reference}") a:has-text("Verwijderen")`);
    await page.waitForSelector('h1:has-text("Aanmelding verwijderen?")');
    await check(page);
    await page.click('button:has-text("Definitief verwijderen")');
    await page.waitForSelector('text=De aanmelding is verwijderd.');
    expect(await page.locator('main').innerText()).not.toContain(applicant);

    // Another programme is not theirs, and the administrators' page is not for them.
    expect((await page.goto(`${dev.base}/coordinator/beheer`))?.status()).toBe(403);
    await page.goto(`${dev.base}/coordinator/`);
    await page.click('button:has-text("Afmelden")');
    await page.waitForSelector('#signin-email');
  });

  it('the administrator grants a coordinator access to a programme and revokes it', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(30_000);
    const page = await signIn(context, DEV_ACCOUNTS.admin);
    await page.click('a:has-text("Beheer")');
    await page.waitForSelector('h1:has-text("Beheer van de toegang")');
    await check(page);
    const newcomer = `nieuw-${run}@buddywerking.test`;
    await page.fill('#grant-email', newcomer);
    await page.locator('fieldset input[type="checkbox"]').first().check();
    await page.click('button:has-text("Toegang geven")');
    await page.waitForSelector(`text=${newcomer} kreeg toegang tot 1 buddywerking.`);
    const row = page.locator('tr', { hasText: newcomer });
    expect(await row.count()).toBe(1);
    await row.locator('button:has-text("Toegang intrekken")').click();
    await page.waitForSelector('text=De toegang is ingetrokken.');
    expect(await page.locator('tr', { hasText: newcomer }).count()).toBe(0);
  });

  it('has no axe violations on the workspace pages (sign-in, expired link, dashboard, list, deletion, administration)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${dev.base}/coordinator/inloggen?token=${'x'.repeat(43)}`);
    await check(page);
    await context.close();
    expect(ui.checked()).toBe(7);
    expect(ui.violations).toEqual([]);
  });
});
