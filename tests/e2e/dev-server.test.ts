/**
 * The README's run command does what it says: `npm run dev` serves the site, the CMS and the form
 * functions with local Blobs, pages look as in production (styled, no CSP violation), a sign-up
 * sent to it is stored and mailed to the local outbox, and a file uploaded to a function arrives whole.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server';
import { launchBrowser } from '../support/browser';
import { workspaceBrowser } from '../support/workspace-browser';
import { PRIVACY_NOTICE_VERSION } from '../../src/schemas/form-fields';
import { DEV_ACCOUNTS } from '../../scripts/database.mjs';

const outbox = mkdtempSync(join(tmpdir(), 'dev-outbox-'));
let dev: DevServer;

beforeAll(async () => {
  dev = await startDevServer({
    MAIL_OUTBOX_DIR: outbox,
    ASTRO_CACHE_DIR: join(outbox, 'cache'),
    SITE_MANIFEST_DIR: join(outbox, 'manifest'),
  });
}, 300_000);
afterAll(() => {
  dev?.stop();
  rmSync(outbox, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the home page, the CMS and a sign-up page', async () => {
    for (const path of ['/', '/admin/', '/aanmelden/sint-truiden/samen-op-pad/']) {
      expect((await fetch(dev.base + path)).status, path).toBe(200);
    }
  });

  it('shows pages styled as in production, with no Content-Security-Policy violation', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
      });
      for (const path of ['/', '/praktijken/buddywerking/', '/aanmelden/sint-truiden/samen-op-pad/']) {
        // Vite may reload the page once while it optimises dependencies on first use (during or just
        // after the load): then the page is read again.
        const { response, styled } = await waitFor(`${path} in dev`, async () => {
          const response = await page.goto(dev.base + path, { waitUntil: 'load' });
          // The site's stylesheet applies: the skip link is moved off screen and the header has its colour.
          const styled = await page.evaluate(`({
            skip: getComputedStyle(document.querySelector('.skip-link')).position,
            header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
          })`);
          return response ? { response, styled } : undefined;
        });
        expect(response.headers()['content-security-policy'], path).toMatch(/default-src 'self'/);
        expect(styled, path).toEqual({ skip: 'absolute', header: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/) });
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('accepts a sign-up through the local function, stores it and writes both mails to the outbox', async () => {
    const response = await fetch(`${dev.base}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: dev.base },
      body: JSON.stringify({
        programme: 'sint-truiden/samen-op-pad',
        role: 'newcomer',
        name: 'Dev Testpersoon',
        email: 'dev-test@example.org',
        postalCode: '3800',
        languages: ['ar', 'en'],
        interests: 'wandelen',
        availability: ['wo-nm'],
        dutchLevel: 'beetje',
        formLanguage: 'ar',
        consent: true,
        privacyVersion: PRIVACY_NOTICE_VERSION,
        idempotencyKey: `dev-${Date.now()}`,
      }),
    });
    const body = await response.text();
    expect(response.status, body).toBeLessThan(300);
    const mails = await waitFor('twee mails in de outbox', () => {
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      return files.length >= 2 ? files : undefined;
    });
    const text = mails.map((f) => readFileSync(join(outbox, f), 'utf8')).join('\n');
    expect(text).toContain('dev-test@example.org');
  });

  it('shows the preview of a CSV uploaded on the import page (Windows-1252 and UTF-8), names read correctly', { timeout: 180_000 }, async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await workspaceBrowser(dev, browser, outbox).signIn(context, DEV_ACCOUNTS.coordinator);
      const text = 'Rol;Naam;E-mailadres\r\nnieuwkomer;Renée Dubois;renee.dubois@example.org\r\n';
      // What a Belgian Excel writes (é is the single byte 0xE9, not valid UTF-8), and UTF-8.
      for (const [encoding, described] of [['latin1', 'Windows-1252'], ['utf8', 'UTF-8']] as const) {
        await page.goto(`${dev.base}/coordinator/importeren?programme=${encodeURIComponent(DEV_ACCOUNTS.programme)}`);
        await page.setInputFiles('#import-file', { name: 'ledenlijst-é.csv', mimeType: 'text/csv', buffer: Buffer.from(text, encoding) });
        const [response] = await Promise.all([page.waitForNavigation(), page.click('button:has-text("Voorbeeld tonen")')]);
        const main = await page.locator('main').innerText();
        expect(response?.status(), main).toBe(200);
        expect(main).toContain(`Gelezen als ${described}, kolommen gescheiden door puntkomma’s.`);
        expect(await page.locator('caption').innerText()).toBe('1 persoon om te importeren');
        expect(await page.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(
          expect.arrayContaining(['Nieuwkomer die een buddy zoekt', 'Renée Dubois', 'renee.dubois@example.org']),
        );
      }
    } finally {
      await browser.close();
    }
  });
});
