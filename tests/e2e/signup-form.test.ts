/**
 * The sign-up form in Chromium, on the built site with the real functions behind /api/ (Blobs server,
 * SMTP server): bad input shows the error summary, keeps the values and moves focus; good input lands
 * on the thank-you page, stores the record and sends the mails. With and without JavaScript.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import { startFunctionsEnv, type FunctionsEnv } from '../support/functions-env';
import { serveSiteWithFunctions } from '../support/site-with-functions';
import { BUILT_MANIFEST } from '../support/site';
import { clearContentCache, siteContent } from '../../functions/_shared/content';
import { resetRateLimit } from '../../functions/_shared/rate-limit';
import { signupUrl } from '../../src/lib/format';

const DIST = process.env.SITE_DIST ?? 'dist';
let env: FunctionsEnv;
let site: { url: string; close(): Promise<void> };
let browser: Browser;
let programme: string;

beforeAll(async () => {
  env = await startFunctionsEnv();
  // The functions read what the build under test wrote for them.
  process.env.SITE_MANIFEST_DIR = BUILT_MANIFEST;
  process.env.MIN_FILL_SECONDS = '1';
  clearContentCache();
  programme = [...siteContent().programmes.values()].find((p) => p.acceptsSignups)!.id;
  site = await serveSiteWithFunctions(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await env?.close();
});
beforeEach(async () => {
  await env.clearStore('signups');
  env.mails.length = 0;
  resetRateLimit();
});

async function fillBadInput(page: Page) {
  await page.fill('#signup-name', 'Amira <El> "Idrissi"');
  await page.fill('#signup-email', 'amira-at-example');
  await page.fill('#signup-postalCode', '38');
  await page.fill('#signup-languages', 'Arabisch, Frans');
  await page.fill('#signup-availability', 'Zaterdag');
}

async function fixInput(page: Page) {
  await page.check('#signup-role-newcomer');
  await page.fill('#signup-email', 'amira@example.org');
  await page.fill('#signup-postalCode', '3800');
  await page.check('#signup-consent');
}

async function expectKeptValues(page: Page) {
  expect(await page.inputValue('#signup-name')).toBe('Amira <El> "Idrissi"');
  expect(await page.inputValue('#signup-email')).toBe('amira-at-example');
  expect(await page.inputValue('#signup-languages')).toBe('Arabisch, Frans');
  expect(await page.inputValue('#signup-availability')).toBe('Zaterdag');
}

async function expectErrorState(page: Page) {
  const summary = page.locator('#signup-errors');
  expect(await summary.isVisible()).toBe(true);
  const text = await summary.innerText();
  expect(text).toContain('Er zijn 4 problemen met het formulier');
  for (const message of ['Rol: kies', 'E-mailadres: geef een geldig e-mailadres', 'Postcode: geef een Belgische postcode', 'Toestemming: vink aan']) {
    expect(text).toContain(message);
  }
  expect(await page.getAttribute('#signup-email', 'aria-invalid')).toBe('true');
  expect(await page.locator('#signup-email-error').innerText()).toContain('E-mailadres:');
  expect(await page.title()).toMatch(/^Fout: /);
  // Focus on the summary, so keyboard and screen reader users start there.
  expect(await page.locator('#signup-errors:focus').count()).toBe(1);
  // The summary links go to the fields.
  expect(await summary.locator('a[href="#signup-email"]').count()).toBe(1);
}

async function expectStoredAndMailed(name: string) {
  const keys = await env.keys('signups');
  expect(keys).toHaveLength(1);
  expect(keys[0].startsWith(`${programme}/`)).toBe(true);
  for (let i = 0; i < 100 && env.mails.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
  expect(env.mails).toHaveLength(2);
  const confirmation = env.mails.find((m) => m.to.includes('amira@example.org'))!;
  expect(confirmation.text).toContain(`Dag ${name}`);
  expect(confirmation.subject).toMatch(/^Bedankt voor je aanmelding bij /);
}

describe.each([true, false])('sign-up form with JavaScript %s', (javaScriptEnabled) => {
  it('bad input: error summary, values kept, focus; good input: thank-you page, record, mails', async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site.url}${signupUrl(programme)}`);
      expect(response?.status()).toBe(200);
      await fillBadInput(page);
      const posts: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
      await page.click('button[type="submit"]');
      await page.waitForSelector('#signup-errors h2');
      // With JS the shared schema catches it in the browser; without, the function answers with the same form.
      expect(posts.length).toBe(javaScriptEnabled ? 0 : 1);
      await expectErrorState(page);
      await expectKeptValues(page);
      // The real page around the form (header, styles), not a bare fallback.
      expect(await page.locator('header.site-header').count()).toBe(1);
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `signup-errors-js-${javaScriptEnabled}.png`), fullPage: true });
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      expect(await env.keys('signups')).toHaveLength(0);

      await fixInput(page);
      await page.waitForTimeout(1100);
      await Promise.all([page.waitForURL('**/aanmelden/bedankt/'), page.click('button[type="submit"]')]);
      expect(await page.locator('h1').innerText()).toContain('Bedankt');
      await expectStoredAndMailed('Amira <El> "Idrissi"');
    } finally {
      await context.close();
    }
  });
});
