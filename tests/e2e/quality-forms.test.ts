/**
 * Accessibility of the public forms (the sign-up's two in every language) as loaded and in their ERROR state (axe, WCAG 2.1 AA): sent empty with
 * JavaScript (the inline summary) and as a browser without it gets them (the page the function renders), on the built site with
 * the real functions behind /api/. The pages themselves are covered by accessibility.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/browser';
import { startBuiltSite, type BuiltSite } from '../support/built-site';
import type { FunctionsEnv } from '../support/functions-env';
import { SITE_DIST } from '../support/site';
import { siteContent } from '../../functions/_shared/content';
import { signupFormUrl } from '../../src/lib/format';
import { localePath } from '../../src/lib/i18n';

let env: FunctionsEnv;
let site: BuiltSite;
let browser: Browser;
const forms: { id: string; path: string }[] = [];

beforeAll(async () => {
  site = await startBuiltSite();
  ({ env, browser } = site);
  const programme = [...siteContent().programmes.values()].find((p) => p.acceptsSignups);
  // Both sign-up forms in every language.
  for (const tag of programme ? siteContent().languages.keys() : []) {
    for (const role of ['buddy', 'newcomer'] as const) forms.push({ id: 'signup', path: localePath(tag, signupFormUrl(programme!.id, role)) });
  }
  forms.push({ id: 'practice-submission', path: '/praktijk-indienen/' }, { id: 'feedback', path: '/wijziging-doorgeven/' });
});
afterAll(() => site?.close());

const built = (path: string) => existsSync(join(SITE_DIST, path, 'index.html'));

describe('forms in their error state', () => {
  it('are all built', () => {
    expect(forms.map((f) => f.path).filter((p) => !built(p))).toEqual([]);
    expect(forms).toHaveLength(2 * 8 + 2);
  });

  // axe runs inside the page, so JavaScript stays on; the "server" case posts with form.submit(), which
  // skips the submit event the enhancement listens to, exactly like a browser without JavaScript.
  for (const renderedBy of ['browser', 'server'] as const) {
    it(`have no axe violations after an empty submit, errors rendered by the ${renderedBy}`, async () => {
      const violations: string[] = [];
      for (const form of forms) {
        await env.reset();
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(site.url + form.path);
        // The form as it loads, once.
        if (renderedBy === 'browser') violations.push(...(await axeViolations(page)).map((v) => `${form.path} (as loaded): ${v}`));
        if (renderedBy === 'browser') await page.locator(`#${form.id}-form [type="submit"]`).click();
        else {
          const response = page.waitForResponse((r) => r.url().includes('/api/'));
          await page.evaluate(`document.getElementById('${form.id}-form').submit()`);
          expect((await response).status(), form.path).toBeGreaterThanOrEqual(400);
          await page.waitForLoadState('load');
        }
        const summary = page.locator('.error-summary');
        await summary.waitFor({ timeout: 10_000 });
        expect(await summary.locator('a').count(), form.path).toBeGreaterThan(0);
        violations.push(...(await axeViolations(page)).map((v) => `${form.path} (${renderedBy}): ${v}`));
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }
});

describe('a refusal made before the post is read', () => {
  it('answers a sign-up too large to read with a page in the form\'s language, with no axe violations', async () => {
    const violations: string[] = [];
    for (const form of forms.filter((f) => f.id === 'signup' && f.path.endsWith('/deelnemer/'))) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(site.url + form.path);
      const tag = (await page.locator('html').getAttribute('lang'))!;
      const response = page.waitForResponse((r) => r.url().includes('/api/'));
      // More than the 32 kB a post may hold: a script can set a value past maxlength.
      await page.evaluate(`(() => {
        const form = document.getElementById('signup-form');
        form.querySelector('textarea').value = 'x'.repeat(40000);
        form.submit();
      })()`);
      expect((await response).status(), form.path).toBe(413);
      await page.waitForLoadState('load');
      expect(await page.locator('html').getAttribute('lang'), form.path).toBe(tag);
      const words = siteContent().languages.get(tag)!.strings;
      expect(await page.locator('.error-summary h2').innerText(), form.path).toBe(words.form_refused);
      violations.push(...(await axeViolations(page)).map((v) => `${form.path} (413): ${v}`));
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});
