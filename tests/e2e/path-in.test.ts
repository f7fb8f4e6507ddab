/**
 * The way in for newcomers, as they meet it: the page in plain Dutch and in every translation, and the
 * programme finder answered by its function without JavaScript, in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, withPage as withBrowserPage } from '../support/browser';
import { startBuiltSite, type BuiltSite } from '../support/built-site';
import type { FunctionsEnv } from '../support/functions-env';
import { readAllContent } from '../../src/lib/content-files';
import { translationSchema, DUTCH_STRINGS } from '../../src/schemas/ui-strings';

const translations = readAllContent().translations.map((f) => translationSchema.parse(f.data));
const languages = [{ tag: 'nl', name: 'Nederlands', direction: 'ltr', checkedBy: 'bron', strings: undefined }, ...translations];
const pathOf = (tag: string) => (tag === 'nl' ? '/buddy/' : `/${tag}/buddy/`);

let env: FunctionsEnv;
let site: BuiltSite;
let browser: Browser;
beforeAll(async () => {
  site = await startBuiltSite({ smtp: false });
  ({ env, browser } = site);
});
afterAll(() => site?.close());

const withPage = <T>(options: { javaScriptEnabled?: boolean; width?: number }, use: (page: Page) => Promise<T>) => withBrowserPage(browser, options, use);

describe('the way in, in every language', () => {
  it('has eight languages: Dutch and the seven of the sign-up issue', () => {
    expect(languages.map((l) => l.tag).sort()).toEqual(['ar', 'en', 'fr', 'nl', 'prs', 'ru', 'tr', 'uk']);
  });

  it.each(languages.map((l) => [l.tag, l] as const))('%s: language, direction, alternates, switcher, notice and no axe violation', async (tag, language) => {
    await withPage({}, async (page) => {
      const response = await page.goto(site.url + pathOf(tag));
      expect(response?.status()).toBe(200);
      const html = page.locator('html');
      expect(await html.getAttribute('lang')).toBe(tag);
      expect(await html.getAttribute('dir')).toBe(language.direction);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
      expect(alternates.sort()).toEqual(languages.map((l) => l.tag).sort());
      // The switcher names every language in its own script, marked with its own language.
      for (const other of languages) {
        const link = page.locator(`.language-switcher a[hreflang="${other.tag}"]`);
        expect(await link.innerText()).toBe(other.name);
        expect(await link.getAttribute('lang')).toBe(other.tag);
      }
      const checked = Boolean(language.checkedBy);
      expect(await page.locator('meta[name="robots"][content="noindex"]').count()).toBe(checked ? 0 : 1);
      if (!checked) expect(await page.locator('.notice').first().innerText()).toBe(language.strings!.language_unchecked.text);
      const title = tag === 'nl' ? DUTCH_STRINGS.pathIn_title : language.strings!.pathIn_title.text;
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

/** axe needs script in the page: the page a script-less visitor got is checked again in a normal tab. */
const axeAt = (url: string) => withPage({}, async (page) => (await page.goto(url), await axeViolations(page)));

describe('the finder without JavaScript', () => {
  const search = async (page: Page, tag: string, query: string) => {
    await page.goto(site.url + pathOf(tag));
    await page.fill('#finder-waar', query);
    await Promise.all([page.waitForURL('**/buddy/zoeken/**'), page.click('.finder button[type="submit"]')]);
  };

  it.each(['3800', 'Sint-Truiden', 'sint truiden'])('"%s": Sint-Truiden first, with its sign-up, then nearby programmes', async (query) => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await search(page, 'nl', query);
      expect(await page.locator('h1').innerText()).toBe('Buddywerkingen voor Sint-Truiden (3800)');
      const signUp = page.getByRole('link', { name: 'Aanmelden bij Samen op pad' });
      expect(await signUp.getAttribute('href')).toBe('/aanmelden/sint-truiden/samen-op-pad/');
      expect(await page.locator('.finder-nearby li').count()).toBeGreaterThan(0);
      expect(await page.locator('#finder-waar').inputValue()).toBe(query);
      expect(await axeAt(page.url())).toEqual([]);
    });
  });

  it('says plainly when it does not know a postcode, at the field', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await search(page, 'nl', '9999');
      const field = page.locator('#finder-waar');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#finder-error').innerText()).toContain('We vinden geen postcode of gemeente "9999"');
      expect(await axeAt(page.url())).toEqual([]);
    });
  });

  it.each([
    ['ar', 'rtl'],
    ['uk', 'ltr'],
  ])('answers in %s, in its direction', async (tag, direction) => {
    const strings = translations.find((t) => t.tag === tag)!.strings;
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await search(page, tag, '3800');
      expect(await page.locator('html').getAttribute('lang')).toBe(tag);
      expect(await page.locator('html').getAttribute('dir')).toBe(direction);
      expect(await page.locator('h1').innerText()).toBe(strings.finder_resultTitle.text.replace('{place}', 'Sint-Truiden (3800)'));
      // The sign-up it offers is in the same language.
      expect(await page.locator('.finder-programmes a.button').first().getAttribute('href')).toBe(`/${tag}/aanmelden/sint-truiden/samen-op-pad/`);
      expect(await axeAt(page.url())).toEqual([]);
      await search(page, tag, 'Atlantis');
      expect(await page.locator('#finder-error').innerText()).toBe(strings.finder_unknown.text.replace('{query}', 'Atlantis'));
      expect(await axeAt(page.url())).toEqual([]);
    });
  });
});

describe('fonts', () => {
  it.each([
    ['ar', 'Noto Sans Arabic'],
    ['prs', 'Noto Sans Arabic'],
    ['uk', 'Noto Sans'],
    ['ru', 'Noto Sans'],
  ])('%s is set in the self-hosted %s, loaded from the site itself', async (tag, family) => {
    await withPage({}, async (page) => {
      const fonts: string[] = [];
      page.on('response', (r) => {
        if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(r.url());
      });
      await page.goto(site.url + pathOf(tag), { waitUntil: 'networkidle' });
      expect(await page.evaluate(`document.fonts.ready.then(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('"', '')))`)).toContain(family);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((url) => url.startsWith(site.url))).toBe(true);
    });
  });
});

describe('Arabic on a phone', () => {
  it('mirrors the layout, keeps the postcode field left-to-right and never scrolls sideways', async () => {
    await withPage({ width: 375 }, async (page) => {
      await page.goto(site.url + '/ar/buddy/');
      const item = page.locator('.pictogram-list li').first();
      const icon = await item.locator('svg').boundingBox();
      const text = await item.locator('span').boundingBox();
      expect(icon!.x).toBeGreaterThan(text!.x);
      const heading = await page.locator('h1').boundingBox();
      expect(heading!.x + heading!.width).toBeGreaterThan(375 - 40);
      expect(await page.locator('#finder-waar').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    });
  });
});
