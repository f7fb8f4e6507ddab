/**
 * Security headers from netlify.toml, and whether the built pages live within the Content-Security-Policy:
 * statically (no inline script, style or handler in the HTML) and in Chromium with the headers applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { headersFor, netlifyHeaderRules } from '../support/static-server';
import { builtPages, isPublicPath, type BuiltPage } from '../support/built-pages';
import { launchBrowser } from '../support/browser';
import { serveBuiltSite, SITE_DIST } from '../support/site';
import type { StaticServer } from '../support/static-server';

const rules = netlifyHeaderRules();
const pages = builtPages(SITE_DIST);
const publicPages = pages.filter((p) => isPublicPath(p.path));

/** "a 'x' b; c d" → { a: ["'x'", "b"], c: ["d"] }. */
function parseCsp(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

const csp = (path: string) => headersFor(path, rules)['content-security-policy'];

describe('netlify.toml', () => {
  const home = headersFor('/', rules);
  const policy = parseCsp(home['content-security-policy'] ?? '');

  it('gives public pages a strict CSP', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy everywhere', () => {
    for (const path of ['/', '/praktijken/', '/admin/', '/_astro/x.css']) {
      const headers = headersFor(path, rules);
      expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/);
    }
  });

  it('gives every public page exactly the public CSP, never two policies', () => {
    const wrong = publicPages.filter((p) => csp(p.path) !== home['content-security-policy']).map((p) => `${p.path}: ${csp(p.path) ?? 'geen CSP'}`);
    expect(wrong, 'voeg een [[headers]]-regel voor deze map toe in netlify.toml').toEqual([]);
  });

  it('leaves /admin/ only its own CSP (the public one would break the CMS)', () => {
    const adminRules = rules.filter((r) => r.for.startsWith('/admin'));
    const adminCsp = adminRules.map((r) => r.values['Content-Security-Policy']).find(Boolean);
    expect(csp('/admin/')).toBe(adminCsp);
    if (adminCsp) {
      expect(parseCsp(adminCsp)['frame-ancestors']).toBeDefined();
      expect(parseCsp(adminCsp)['script-src']).not.toContain("'unsafe-inline'");
    }
  });
});

/** What a page holds that the public CSP would block. */
function inlineViolations(page: BuiltPage): string[] {
  const found: string[] = [];
  const executable = (type = '') => ['', 'module', 'text/javascript', 'application/javascript'].includes(type.toLowerCase());
  for (const el of page.elements) {
    const at = `${page.file}:${el.line}`;
    if (el.name === 'script' && !el.attributes.src && executable(el.attributes.type)) found.push(`${at} inline <script>`);
    if (el.name === 'style') found.push(`${at} <style>-element`);
    if ('style' in el.attributes) found.push(`${at} style="${el.attributes.style}" op <${el.name}>`);
    for (const name of Object.keys(el.attributes)) if (/^on[a-z]+$/.test(name)) found.push(`${at} ${name}= op <${el.name}>`);
    for (const name of ['href', 'src', 'action', 'formaction']) {
      if (/^\s*javascript:/i.test(el.attributes[name] ?? '')) found.push(`${at} javascript:-adres in ${name}`);
    }
  }
  return found;
}

describe('the built pages and the CSP', () => {
  it('have no inline script, style element, style attribute or event handler', () => {
    expect(publicPages.length).toBeGreaterThan(0);
    expect(publicPages.flatMap(inlineViolations)).toEqual([]);
  });

  describe('in Chromium with the headers applied', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveBuiltSite();
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('report no CSP violation on any public page, also while searching', async () => {
      const context = await browser.newContext();
      // Init scripts run outside the page's CSP, so the listener itself is never blocked.
      await context.addInitScript(
        `document.addEventListener('securitypolicyviolation', (e) => (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));`,
      );
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      const collect = async () => {
        const list = (await page.evaluate('window.__cspViolations || []')) as string[];
        violations.push(...list.map((v) => `${page.url()}: ${v}`));
      };
      for (const { path } of publicPages) {
        const response = await page.goto(server.url + path, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy'], path).toBeDefined();
        await collect();
      }
      // The search page loads Pagefind (WebAssembly, fetches) only once a query is typed.
      if (publicPages.some((p) => p.path === '/zoeken/')) {
        await page.goto(server.url + '/zoeken/?q=buddy', { waitUntil: 'networkidle' });
        expect(await page.locator('[data-search-results] li, .search-results li').count()).toBeGreaterThan(0);
        await collect();
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  });
});
