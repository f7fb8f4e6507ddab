import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

const status = () => site.page.locator('[data-search-status]');
const resultLinks = () => site.page.locator('[data-search-results] h3 a');

/** Opens the search page and waits until Pagefind has loaded and the first search has run. */
async function openSearch(query = '') {
  await site.page.goto(`${site.url}/zoeken/${query}`);
  await site.page.locator('[data-search][data-search-ready]').waitFor();
}

/** Types a query as a visitor does and waits for the announced count. */
async function search(term: string): Promise<number> {
  await site.page.getByLabel('Zoekterm').fill(term);
  await site.page.getByLabel('Zoekterm').press('Enter');
  await expect.poll(() => status().innerText()).toContain(`voor “${term}”`);
  return resultCount();
}

async function resultCount(): Promise<number> {
  const match = /^(\d+) resulta/.exec(await status().innerText());
  if (!match) throw new Error(`Geen aantal in "${await status().innerText()}"`);
  return Number(match[1]);
}

const mainText = async (url: string) => {
  const html = await (await fetch(new URL(url, site.url))).text();
  return (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, ' ');
};

describe('search in Dutch', () => {
  it('finds the practice for families with the singular "gezin"', async () => {
    await openSearch();
    expect(await search('gezin')).toBeGreaterThan(0);
    const top = await resultLinks().evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(top).toContain('/praktijken/buddywerking-voor-gezinnen/');
  });

  it('stems: "vrijwilliger" finds pages that only say "vrijwilligers"', async () => {
    await openSearch();
    expect(await search('vrijwilliger')).toBeGreaterThan(0);
    const urls = await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const texts = await Promise.all(urls.map(mainText));
    const onlyPlural = texts.filter((t) => /vrijwilligers/i.test(t) && !/\bvrijwilliger\b/i.test(t));
    expect(onlyPlural.length).toBeGreaterThan(0);
  });

  it('announces the count in a status region and shows results under a heading', async () => {
    await openSearch();
    await search('buddy');
    expect(await status().getAttribute('role')).toBe('status');
    expect(await resultLinks().count()).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('a province filter narrows the results to that province, and the URL keeps it', async () => {
    await openSearch();
    const all = await search('buddy');
    await site.page.getByRole('group', { name: 'Provincie' }).getByLabel(/^Limburg/).check();
    await expect.poll(resultCount).toBeLessThan(all);
    const narrowed = await resultCount();
    expect(narrowed).toBeGreaterThan(0);
    expect(await status().innerText()).toContain('met de gekozen filters');
    for (const about of await site.page.locator('.search-result__about').allInnerTexts()) expect(about).toContain('Limburg');
    expect(new URL(site.page.url()).searchParams.getAll('provincie')).toEqual(['Limburg']);

    // The same address restores the search: a shared link or the back button lands on the same results.
    await openSearch(new URL(site.page.url()).search);
    expect(await site.page.getByLabel('Zoekterm').inputValue()).toBe('buddy');
    expect(await site.page.getByRole('group', { name: 'Provincie' }).getByLabel(/^Limburg/).isChecked()).toBe(true);
    expect(await resultCount()).toBe(narrowed);
  });

  it('two values of one filter widen (or), two filters narrow (and)', async () => {
    await openSearch('?provincie=Limburg');
    const limburg = await resultCount();
    await site.page.getByRole('group', { name: 'Provincie' }).getByLabel(/^Antwerpen/).check();
    await expect.poll(resultCount).toBeGreaterThan(limburg);
    const twoProvinces = await resultCount();
    // Practice cards have no province: "Praktijk" and a province together match nothing.
    await site.page.getByRole('group', { name: 'Soort' }).getByLabel(/^Praktijk/).check();
    await expect.poll(() => status().innerText()).toMatch(/^0 resultaten/);
    expect(await status().innerText()).toContain('Deze combinatie van filters geeft niets');
    expect(twoProvinces).toBeGreaterThan(0);
  });

  it('counts per filter value follow the current query', async () => {
    const countOf = async (group: string, value: RegExp) => {
      const text = await site.page.getByRole('group', { name: group }).locator('label', { hasText: value }).innerText();
      return Number(/\((\d+)\)\s*$/.exec(text)![1]);
    };
    await openSearch();
    const allMunicipalities = await countOf('Soort', /^Gemeente/);
    const found = await search('Tandem');
    expect(found).toBeGreaterThan(0);
    await expect.poll(() => countOf('Soort', /^Gemeente/)).toBeLessThan(allMunicipalities);
    const municipalitiesWithTandem = await countOf('Soort', /^Gemeente/);
    await site.page.getByRole('group', { name: 'Soort' }).getByLabel(/^Gemeente/).check();
    await expect.poll(resultCount).toBe(municipalitiesWithTandem);
  });

  it('keeps page metadata (province, postal code, crumbs) out of the excerpts', async () => {
    await openSearch('?type=Gemeente');
    await search('Limburg');
    const excerpts = await site.page.locator('.search-result__excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Provincie\s*Limburg|Postcode\s*\d|Startpagina/);
  });

  it('category tags on a practice page lead to the search filtered on that category', async () => {
    await site.page.goto(`${site.url}/praktijken/buddywerking/`);
    await site.page.locator('main .tags').first().getByRole('link', { name: 'Taalbeleid' }).click();
    await site.page.locator('[data-search][data-search-ready]').waitFor();
    expect(new URL(site.page.url()).searchParams.get('categorie')).toBe('Taalbeleid');
    expect(await site.page.getByRole('group', { name: 'Categorie' }).getByLabel(/^Taalbeleid/).isChecked()).toBe(true);
    expect(await resultCount()).toBeGreaterThan(0);
  });

  it('offers the filters the pages declare', async () => {
    await openSearch();
    const legends = await site.page.locator('fieldset:not([hidden]) legend').allInnerTexts();
    expect(legends).toEqual(expect.arrayContaining(['Soort', 'Provincie', 'Categorie', 'Beleidsdomein']));
  });
});

describe('keyboard and accessibility', () => {
  it('"Toon meer resultaten" appends results and moves focus to the first new one', async () => {
    await openSearch('?type=Gemeente');
    const total = await resultCount();
    expect(total).toBeGreaterThan(20);
    expect(await resultLinks().count()).toBe(20);
    await site.page.getByRole('button', { name: /Toon meer resultaten/ }).click();
    await expect.poll(() => resultLinks().count()).toBe(Math.min(40, total));
    const focused = await site.page.evaluate('document.activeElement?.getAttribute("href")');
    expect(focused).toBe(await resultLinks().nth(20).getAttribute('href'));
  });

  it('has no axe violations with results and filters on screen', async () => {
    await openSearch('?q=buddy&provincie=Limburg');
    expect(await resultLinks().count()).toBeGreaterThan(0);
    expect(await axeViolations(site.page)).toEqual([]);
  });
});

describe('on a phone', () => {
  it('folds the filters so the results come first, and names how many are chosen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const phone = await context.newPage();
    await phone.goto(`${site.url}/zoeken/?q=buddy`);
    await phone.locator('[data-search][data-search-ready]').waitFor();
    const panel = phone.locator('[data-search-filters]');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const results = await phone.locator('[data-search-results]').boundingBox();
    expect(results!.y).toBeLessThan(800);
    await phone.getByText('Filters', { exact: true }).click();
    await phone.getByRole('group', { name: 'Provincie' }).getByLabel(/^Limburg/).check();
    await expect.poll(() => panel.locator('summary').innerText()).toBe('Filters (1 gekozen)');
    const width = await phone.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390); // nothing sticks out sideways
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('explains that search needs JavaScript and links to the indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/zoeken/?q=gezin`);
    expect(await noJs.locator('[data-search]').isVisible()).toBe(false);
    const fallback = noJs.locator('[data-search-fallback]');
    expect(await fallback.innerText()).toContain('JavaScript');
    for (const href of ['/praktijken/', '/gemeenten/provincie/limburg/', '/draaiboeken/', '/lessen/']) {
      expect(await fallback.locator(`a[href="${href}"]`).count(), href).toBe(1);
      expect((await fetch(site.url + href)).status, href).toBe(200);
    }
    await context.close();
  });
});
