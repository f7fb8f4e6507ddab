/**
 * /admin/ as production serves it: the built site behind netlify.toml's headers, on a host name that
 * is not localhost (so Decap uses Git Gateway + the bundled Identity widget, not decap-server). The
 * CMS must start under the admin Content-Security-Policy without a single violation, and stay out of
 * search engines and the site search.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser';
import { serveBuiltSite, SITE_DIST } from '../support/site';
import type { StaticServer } from '../support/static-server';

const HOST = 'cms.example';
let server: StaticServer;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  server = await serveBuiltSite();
  origin = `http://${HOST}:${new URL(server.url).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      // Production is https; Decap needs a secure context (crypto.randomUUID).
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/admin/ in productie', () => {
  test('Decap start onder de eigen CSP, zonder overtredingen, met inloggen via Netlify Identity', async () => {
    const page = await browser.newPage();
    await page.addInitScript(
      "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${origin}/admin/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
    expect(headers['x-robots-tag']).toBe('noindex, nofollow');
    await page.getByRole('button', { name: 'Inloggen met Netlify Identity' }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate('window.__csp')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('noindex en buiten Pagefind', () => {
    const admin = readFileSync(join(SITE_DIST, 'admin/index.html'), 'utf8');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).not.toContain('data-pagefind-body');
    expect(readFileSync(join(SITE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
  });
});
