import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveBuiltSite } from '../support/site';
import type { StaticServer } from '../support/static-server';
import { readAllContent } from '../../src/lib/content-files';

let server: StaticServer;
let browser: Browser;
let page: Page;
const municipalities = readAllContent().municipalities;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  // The map is server-rendered SVG: it must work with JavaScript off.
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the map page without JavaScript', () => {
  it('has one named link per municipality, and the same links in the list per province', async () => {
    await page.goto(`${server.url}/kaart/`);
    const map = page.getByRole('group', { name: /Kaart van België/ });
    expect(await map.count()).toBe(1);
    const dots = map.locator('a');
    expect(await dots.count()).toBe(municipalities.length);
    const hrefs = await dots.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(municipalities.map((m) => `/gemeenten/${m.id}/`)));
    for (const label of await dots.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(/^.+ \((Antwerpen|Limburg|Oost-Vlaanderen|Vlaams-Brabant|West-Vlaanderen)\): /);
    }
    const listed = await page.locator('.map-province-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(listed)).toEqual(new Set(hrefs));
    for (const href of hrefs) expect((await fetch(server.url + href!)).status, href!).toBe(200);
  });

  it('reaches a dot with the Tab key and opens the municipality with Enter', async () => {
    await page.goto(`${server.url}/kaart/`);
    let inMap = false;
    for (let i = 0; i < 40 && !inMap; i++) {
      await page.keyboard.press('Tab');
      inMap = (await page.evaluate('!!document.activeElement?.closest("svg")')) as boolean;
    }
    expect(inMap).toBe(true);
    const href = (await page.evaluate('document.activeElement.getAttribute("href")')) as string;
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
  });

  it('gives the home page map a list of the same municipalities', async () => {
    await page.goto(`${server.url}/`);
    const figure = page.locator('.map-block:has(svg[role=group])');
    expect(await figure.count()).toBe(1);
    const dots = await figure.locator('svg a').count();
    await figure.locator('details summary').click();
    expect(await figure.locator('details li a').count()).toBe(dots);
  });
});
