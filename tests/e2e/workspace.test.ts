/**
 * The coordinators' workspace in Chromium on `npm run dev`, with the development accounts the dev server
 * seeds and JavaScript switched off (every list and form must work without it): a person signs up, the
 * coordinator signs in through the link mailed to the outbox, sees the sign-up, exports it and deletes
 * it; the administrator grants and revokes access. axe needs the page's JavaScript, so it checks the
 * same pages again in a second browser context with JavaScript and the same session cookie.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server';
import { DEV_ACCOUNTS } from '../../scripts/database.mjs';

const outbox = mkdtempSync(join(tmpdir(), 'workspace-outbox-'));
let dev: DevServer;
let browser: Browser;
const run = Date.now().toString(36);
const applicant = `Werkruimte Test ${run}`;

beforeAll(async () => {
  dev = await startDevServer({ MAIL_OUTBOX_DIR: outbox, ASTRO_CACHE_DIR: join(outbox, 'cache') });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  dev?.stop();
  rmSync(outbox, { recursive: true, force: true });
});

/** Quoted-printable soft breaks and escapes, as nodemailer writes long lines. */
const decodeQp = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** The newest sign-in link mailed to `email` after `since` files were there. */
async function mailedLink(email: string, seen: Set<string>): Promise<string> {
  const text = await waitFor(`inloglink voor ${email}`, () => {
    for (const file of readdirSync(outbox).filter((f) => f.endsWith('.eml') && !seen.has(f))) {
      const mail = decodeQp(readFileSync(join(outbox, file), 'utf8'));
      if (mail.includes(`To: ${email}`) && mail.includes('/coordinator/inloggen?token=')) return mail;
    }
    return undefined;
  });
  const link = new URL(/(https?:\/\/\S+\/coordinator\/inloggen\?token=[\w-]+)/.exec(text)![1]);
  return `${dev.base}${link.pathname}${link.search}`;
}

const violations: string[] = [];
let checked = 0;
/** axe on the page just shown (a GET), opened again with JavaScript and the same cookies. */
async function check(page: Page) {
  const withScript = await browser.newContext({ storageState: await page.context().storageState() });
  const again = await withScript.newPage();
  // In dev, Vite may reload a page once while it optimises the scripts it met for the first time.
  for (let attempt = 1; ; attempt++) {
    try {
      await again.goto(page.url(), { waitUntil: 'networkidle' });
      violations.push(...(await axeViolations(again)));
      break;
    } catch (error) {
      if (attempt === 3 || !/context was destroyed/.test(String(error))) throw error;
    }
  }
  await withScript.close();
  checked++;
}

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  const seen = new Set(readdirSync(outbox));
  await page.goto(`${dev.base}/coordinator/`);
  await check(page);
  await page.fill('#signin-email', email);
  await page.click('button[type="submit"]');
  await page.waitForSelector('h1:has-text("Kijk in je mailbox")');
  await page.goto(await mailedLink(email, seen));
  await Promise.all([page.waitForURL('**/coordinator/'), page.click('button:has-text("Inloggen")')]);
  expect(await page.locator('h1').innerText()).toBe('Werkruimte voor coördinatoren');
  return page;
}

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
    await page.waitForSelector(`text=${newcomer} kreeg toegang tot 1 buddywerking(en).`);
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
    expect(checked).toBe(7);
    expect(violations).toEqual([]);
  });
});
