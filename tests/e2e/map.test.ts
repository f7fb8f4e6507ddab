import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';
import { readAllContent } from '../../src/lib/content-files';

const site = useBuiltSite({ javaScriptEnabled: false });
const municipalities = readAllContent().municipalities;

describe('the map page without JavaScript', () => {
  it('has one named link per municipality, and the same links in the list per province', async () => {
    await site.page.goto(`${site.url}/kaart/`);
    const map = site.page.getByRole('group', { name: /Kaart van België/ });
    expect(await map.count()).toBe(1);
    const dots = map.locator('a');
    expect(await dots.count()).toBe(municipalities.length);
    const hrefs = await dots.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(municipalities.map((m) => `/gemeenten/${m.id}/`)));
    for (const label of await dots.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(/^.+ \((Antwerpen|Limburg|Oost-Vlaanderen|Vlaams-Brabant|West-Vlaanderen)\): /);
    }
    const listed = await site.page.locator('.map-province-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(listed)).toEqual(new Set(hrefs));
    for (const href of hrefs) expect((await fetch(site.url + href!)).status, href!).toBe(200);
  });

  it('reaches a dot with the Tab key and opens the municipality with Enter', async () => {
    await site.page.goto(`${site.url}/kaart/`);
    let inMap = false;
    for (let i = 0; i < 40 && !inMap; i++) {
      await site.page.keyboard.press('Tab');
      inMap = (await site.page.evaluate('!!document.activeElement?.closest("svg")')) as boolean;
    }
    expect(inMap).toBe(true);
    const href = (await site.page.evaluate('document.activeElement.getAttribute("href")')) as string;
    await site.page.keyboard.press('Enter');
    await expect.poll(() => new URL(site.page.url()).pathname).toBe(href);
  });

  it('gives the home page map a list of the same municipalities', async () => {
    await site.page.goto(`${site.url}/`);
    const figure = site.page.locator('.map-block:has(svg[role=group])');
    expect(await figure.count()).toBe(1);
    const dots = await figure.locator('svg a').count();
    await figure.locator('details summary').click();
    expect(await figure.locator('details li a').count()).toBe(dots);
  });
});
