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
    const dots = map.locator('a.map-link');
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
    const dots = await figure.locator('svg a.map-link').count();
    await figure.locator('details summary').click();
    expect(await figure.locator('details li a').count()).toBe(dots);
  });

  it('on a touch screen, gives every dot or group of close dots a target of at least 24 px, none overlapping', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${site.url}/kaart/`);
    const targets = phone.locator('svg a.map-group');
    const boxes = await targets.evaluateAll((links) => links.map((a) => a.querySelector('.map-group__target')!.getBoundingClientRect().toJSON()));
    expect(boxes.length).toBeGreaterThan(5);
    expect(await phone.locator('svg a.map-link').first().isVisible()).toBe(false);
    for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    const centres = boxes.map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 }));
    for (const [i, a] of centres.entries())
      for (const b of centres.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 0.5);
    const names = await targets.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
    const covered = names.flatMap((n) => (/^\d+ gemeenten dicht bij elkaar: (.*)$/.exec(n)?.[1].split(', ') ?? [n.split(' (')[0]]));
    expect(covered.sort()).toEqual(municipalities.map((m) => m.data.name as string).sort());

    const group = targets.filter({ has: phone.locator('.map-dot--group') }).first();
    const href = (await group.getAttribute('href'))!;
    await group.locator('.map-group__target').tap();
    await expect.poll(() => new URL(phone.url()).hash).toBe(new URL(href, site.url).hash);
    expect(await phone.locator(`${new URL(href, site.url).hash} a`).count()).toBeGreaterThan(1);
    await context.close();
  });
});
