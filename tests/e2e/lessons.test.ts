import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';
import { readAllContent } from '../../src/lib/content-files';

const site = useBuiltSite({ javaScriptEnabled: false });
const lessons = readAllContent().lessons;

const statements = () => site.page.locator('.lesson__statement').allInnerTexts();

describe('the lesson library without JavaScript', () => {
  it('lists every statement compactly and opens one on its explanation and sources', async () => {
    await site.page.goto(`${site.url}/lessen/`);
    expect((await statements()).length).toBe(lessons.length);
    const first = site.page.locator('.lesson').first();
    expect(await first.locator('.lesson__body').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('.lesson__body').isVisible()).toBe(true);
    expect(await first.locator('.lesson__sources a').count()).toBeGreaterThan(0);
  });

  it('filters by kind and theme with plain links, the counts following the other filter', async () => {
    await site.page.goto(`${site.url}/lessen/`);
    await site.page.getByRole('navigation', { name: 'Soort les' }).getByRole('link', { name: /^Valkuilen/ }).click();
    expect(new URL(site.page.url()).pathname).toBe('/lessen/soort/valkuilen/');
    const pitfalls = lessons.filter((l) => l.data.kind === 'valkuil');
    expect((await statements()).length).toBe(pitfalls.length);
    expect(await site.page.locator('.lesson--succesfactor').count()).toBe(0);

    const themes = site.page.getByRole('navigation', { name: 'Thema' });
    const organisatie = pitfalls.filter((l) => l.data.theme === 'organisatie').length;
    expect(organisatie).toBeGreaterThan(0);
    await themes.getByRole('link', { name: new RegExp(`^Organisatie.*\\(${organisatie}\\)$`) }).click();
    expect(new URL(site.page.url()).pathname).toBe('/lessen/organisatie/valkuilen/');
    expect((await statements()).length).toBe(organisatie);
    expect(await site.page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Valkuilen.*: Organisatie/);
  });

  it('says when a combination has no lessons instead of linking to nothing', async () => {
    await site.page.goto(`${site.url}/lessen/soort/valkuilen/`);
    const empty = site.page.locator('.filter-links__empty');
    const themesWithoutPitfalls = new Set(readAllContent().lessons.map((l) => l.data.theme)).size -
      new Set(lessons.filter((l) => l.data.kind === 'valkuil').map((l) => l.data.theme)).size;
    expect(await empty.count()).toBe(themesWithoutPitfalls);
    for (const text of await empty.allInnerTexts()) expect(text).toMatch(/\(0\)$/);
  });
});
