import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';
import { readAllContent } from '../../src/lib/content-files';

const site = useBuiltSite({ javaScriptEnabled: false });
const content = readAllContent();

describe('a visitor without JavaScript', () => {
  it('goes from home to a practice to a municipality', async () => {
    await site.page.goto(site.url + '/');
    const stats = await site.page.locator('.stats').innerText();
    expect(stats).toContain(`${content.municipalities.length}\ngemeenten`);
    expect(stats).toContain(`${content.practices.length}\npraktijkfiches`);
    expect(stats).toMatch(/\d+\nlokale buddywerkingen/);

    await site.page.getByRole('link', { name: 'Praktijken bekijken' }).click();
    await expect.poll(() => site.page.url()).toBe(site.url + '/praktijken/');
    await site.page.getByRole('heading', { level: 2 }).getByRole('link', { name: 'Buddywerking', exact: true }).click();
    expect(await site.page.getByRole('heading', { level: 1 }).innerText()).toBe('Buddywerking');
    expect(await site.page.getByRole('heading', { name: 'Succesfactoren' }).count()).toBe(1);
    expect(await site.page.locator('#gemeenten').innerText()).toMatch(/Deze praktijk in \d+ gemeenten/);

    await site.page.locator('main').getByRole('link', { name: 'Bocholt', exact: true }).click();
    expect(await site.page.getByRole('heading', { level: 1 }).innerText()).toBe('Bocholt');
    const main = await site.page.locator('main').innerText();
    expect(main).toContain('Er wordt steeds in een driehoek gewerkt');
    expect(main).toContain('Contact coördinator buddywerkingen OCMW');
    expect(main).toContain('Buddywerkingen in de buurt');
  });

  it('filters municipalities by province with plain links', async () => {
    await site.page.goto(site.url + '/gemeenten/');
    await site.page.getByRole('navigation', { name: 'Filter op provincie' }).getByRole('link', { name: /^Limburg/ }).click();
    expect(site.page.url()).toBe(site.url + '/gemeenten/provincie/limburg/');
    const names = await site.page.locator('main .municipality-columns a').allInnerTexts();
    const limburg = content.municipalities.filter((m) => m.data.province === 'Limburg').map((m) => m.data.name);
    expect(names.sort()).toEqual([...limburg].sort());
  });

  it('shows the phone number Zingem gives, as a link to call', async () => {
    await site.page.goto(site.url + '/gemeenten/zingem/');
    expect(await site.page.getByRole('link', { name: '09/389.68.10' }).getAttribute('href')).toBe('tel:+3293896810');
  });

  it('answers unknown addresses with the 404 page', async () => {
    const response = await site.page.goto(site.url + '/bestaat-niet/');
    expect(response?.status()).toBe(404);
    expect(await site.page.getByRole('heading', { level: 1 }).innerText()).toBe('Deze pagina bestaat niet (meer)');
  });
});
