import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveBuiltSite } from '../support/site';
import type { StaticServer } from '../support/static-server';
import { readAllContent } from '../../src/lib/content-files';

let server: StaticServer;
let browser: Browser;
let page: Page;
const content = readAllContent();

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  // Reading and navigating must work without JavaScript.
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a visitor without JavaScript', () => {
  it('goes from home to a practice to a municipality', async () => {
    await page.goto(server.url + '/');
    const stats = await page.locator('.stats').innerText();
    expect(stats).toContain(`${content.municipalities.length}\ngemeenten`);
    expect(stats).toContain(`${content.practices.length}\npraktijken`);

    await page.getByRole('link', { name: 'Praktijken bekijken' }).click();
    await expect.poll(() => page.url()).toBe(server.url + '/praktijken/');
    await page.getByRole('heading', { level: 2 }).getByRole('link', { name: 'Buddywerking', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Buddywerking');
    expect(await page.getByRole('heading', { name: 'Succesfactoren' }).count()).toBe(1);
    expect(await page.locator('#gemeenten').innerText()).toMatch(/Deze praktijk in \d+ gemeenten/);

    await page.locator('main').getByRole('link', { name: 'Bocholt', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Bocholt');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Er wordt steeds in een driehoek gewerkt');
    expect(main).toContain('Contact coördinator buddywerkingen OCMW');
    expect(main).toContain('Buddywerkingen in de buurt');
  });

  it('filters municipalities by province with plain links', async () => {
    await page.goto(server.url + '/gemeenten/');
    await page.getByRole('navigation', { name: 'Filter op provincie' }).getByRole('link', { name: /^Limburg/ }).click();
    expect(page.url()).toBe(server.url + '/gemeenten/provincie/limburg/');
    const names = await page.locator('main .municipality-columns a').allInnerTexts();
    const limburg = content.municipalities.filter((m) => m.data.province === 'Limburg').map((m) => m.data.name);
    expect(names.sort()).toEqual([...limburg].sort());
  });

  it('shows the phone number Zingem gives, as a link to call', async () => {
    await page.goto(server.url + '/gemeenten/zingem/');
    expect(await page.getByRole('link', { name: '09/389.68.10' }).getAttribute('href')).toBe('tel:+3293896810');
  });

  it('answers unknown addresses with the 404 page', async () => {
    const response = await page.goto(server.url + '/bestaat-niet/');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/niet gevonden/i);
  });
});
