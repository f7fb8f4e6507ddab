/**
 * The coordinators' workspace in Chromium on `npm run dev`: signing in through the link mailed to the
 * outbox, and axe on each page shown. axe needs the page's JavaScript, while the workspace is used with
 * JavaScript off, so a page is checked again in a second context with JavaScript and the same cookies.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './browser';
import { decodeMail } from './decode-mail';
import { startDevServer, waitFor, type DevServer } from './dev-server';

export function workspaceBrowser(dev: DevServer, browser: Browser, outbox: string) {
  const violations: string[] = [];
  let checked = 0;

  /** The newest mail to `email` holding `marker`, among files not in `seen`. */
  const mailed = (email: string, marker: string, seen: Set<string>) =>
    waitFor(`mail voor ${email}`, () => {
      for (const file of readdirSync(outbox).filter((f) => f.endsWith('.eml') && !seen.has(f))) {
        const mail = decodeMail(readFileSync(join(outbox, file), 'utf8'));
        if (mail.includes(`To: ${email}`) && mail.includes(marker)) return mail;
      }
      return undefined;
    });

  /** axe on a page, as it is now, in a context with JavaScript (for error states after a POST). */
  async function checkWithScript(page: Page) {
    violations.push(...(await axeViolations(page)));
    checked++;
  }

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
    const text = await mailed(email, '/coordinator/inloggen?token=', seen);
    const link = new URL(/(https?:\/\/\S+\/coordinator\/inloggen\?token=[\w-]+)/.exec(text)![1]);
    await page.goto(`${dev.base}${link.pathname}${link.search}`);
    await Promise.all([page.waitForURL('**/coordinator/'), page.click('button:has-text("Inloggen")')]);
    expect(await page.locator('h1').innerText()).toBe('Werkruimte voor coördinatoren');
    return page;
  }

  return { violations, checked: () => checked, check, checkWithScript, signIn, mailed };
}

/** `npm run dev` with its own outbox, and Chromium: what a workspace browser test starts and stops. */
export async function startWorkspaceBrowser(name: string) {
  const outbox = mkdtempSync(join(tmpdir(), `${name}-outbox-`));
  const dev = await startDevServer({ MAIL_OUTBOX_DIR: outbox, ASTRO_CACHE_DIR: join(outbox, 'cache') });
  const browser = await launchBrowser();
  return {
    dev,
    browser,
    ui: workspaceBrowser(dev, browser, outbox),
    async close() {
      await browser.close();
      dev.stop();
      rmSync(outbox, { recursive: true, force: true });
    },
  };
}
