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

  it('says plainly what is not known about a programme, and where to pass it on', async () => {
    await site.page.goto(site.url + '/gemeenten/ardooie/');
    const summary = site.page.getByRole('complementary', { name: 'In het kort' });
    expect(await summary.innerText()).toContain('De contactgegevens van deze buddywerking staan nog niet in de databank.');
    expect(await summary.getByRole('link', { name: /Geef ze door/ }).getAttribute('href')).toMatch(/^\/wijziging-doorgeven\//);
    expect(await site.page.locator('main').innerText()).not.toMatch(/gegevens volgen|link volgt|Meer details volgen/);
  });

  it('promises that a programme will contact you only where you can sign up online', async () => {
    const online = content.municipalities.flatMap((m) =>
      ((m.data.programmes ?? []) as { slug: string; acceptsSignups?: boolean }[]).filter((p) => p.acceptsSignups).map((p) => `/aanmelden/${m.id}/${p.slug}/`),
    );
    expect(online.length).toBeGreaterThan(0);
    for (const path of online.flatMap((p) => [`${p}buddy/`, `${p}deelnemer/`])) {
      await site.page.goto(site.url + path);
      expect(await site.page.locator('main .lead').innerText(), path).toMatch(/Daarna neemt de buddywerking contact met je op/);
    }
    await site.page.goto(site.url + '/aanmelden/');
    const overview = await site.page.locator('main').innerText();
    expect(overview).not.toMatch(/op de pagina van je gemeente vind je hoe je de buddywerking contacteert/);
    expect(overview).toContain('staan de contactgegevens nog niet in de databank');
    await site.page.goto(site.url + '/gemeenten/ardooie/');
    expect(await site.page.locator('main').innerText()).not.toMatch(/neemt (daarna )?contact met je op/);
  });

  it('marks the municipalities with a contact or online sign-up in the index', async () => {
    await site.page.goto(site.url + '/gemeenten/');
    const item = (name: string) => site.page.locator('.municipality-columns li', { has: site.page.getByRole('link', { name, exact: true }) });
    expect(await item('Zingem').innerText()).toContain('contactgegevens');
    expect(await item('Sint-Truiden').innerText()).toContain('online aanmelden');
    expect(await item('Ardooie').innerText()).not.toMatch(/contactgegevens|online aanmelden/);
  });

  it('puts the sign-up button before the long text on a phone, under a compact header with a working menu', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const phone = await context.newPage();
    await phone.goto(site.url + '/gemeenten/sint-truiden/');
    const header = await phone.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(90);
    const signup = await phone.getByRole('link', { name: /Aanmelden als buddy of nieuwkomer/ }).boundingBox();
    const text = await phone.locator('.programme p').first().boundingBox();
    expect(signup!.y).toBeLessThan(text!.y);
    const menu = phone.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await menu.getByRole('link', { name: 'Praktijken' }).isVisible()).toBe(false);
    await phone.getByText('Menu', { exact: true }).click();
    await menu.getByRole('link', { name: 'Praktijken' }).click();
    expect(new URL(phone.url()).pathname).toBe('/praktijken/');
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('fits every kind of page into a 320 px wide screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const phone = await context.newPage();
    for (const path of ['/', '/gemeenten/', '/gemeenten/zingem/', '/gemeenten/gent/', '/praktijken/buddywerking/', '/lessen/', '/kaart/', '/open-data/', '/aanmelden/', '/aanmelden/sint-truiden/samen-op-pad/', '/starterkit/handelingsplan/', '/draaiboeken/bocholt-buddywerking/', '/privacy/', '/toegankelijkheid/']) {
      await phone.goto(site.url + path);
      expect(await phone.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(320);
    }
    await context.close();
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
