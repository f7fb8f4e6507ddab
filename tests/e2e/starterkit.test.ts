/**
 * The built starter kit as a municipality gets it: the zip and .docx files in the built site, opened by
 * a real office suite (LibreOffice → PDF → pdftotext), and the personalisation form in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { buildKit, docxName, KIT_FILE_NAME, README_NAME, templateDocx } from '../../src/lib/starterkit/kit';
import { parseTemplate, plainText } from '../../src/lib/starterkit/markdown';
import { PLACEHOLDERS, type PlaceholderValues } from '../../src/lib/starterkit/placeholders';
import { readTemplates } from '../../src/lib/starterkit/read-templates';
import { axeViolations, launchBrowser } from '../support/browser';
import { headingsOf, documentXml, paragraphsOf } from '../support/docx';
import { SITE_DIST, serveBuiltSite } from '../support/site';
import type { StaticServer } from '../support/static-server';

const templates = readTemplates();
const builtZip = () => new Uint8Array(readFileSync(join(SITE_DIST, 'starterkit', KIT_FILE_NAME)));
const headingsOfTemplate = (body: string) =>
  parseTemplate(body).flatMap((b) => (b.type === 'heading' && b.level === 2 ? [plainText(b.content)] : []));
const squash = (text: string) => text.replace(/\s+/g, ' ');
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'starterkit-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built kit', () => {
  it('is byte-identical to a fresh generation, and each .docx to its copy in the zip', async () => {
    const zip = builtZip();
    expect(same(await buildKit(templates), zip)).toBe(true);
    expect(same(await buildKit(templates), await buildKit(templates))).toBe(true);
    const files = unzipSync(zip);
    for (const t of templates) {
      const built = new Uint8Array(readFileSync(join(SITE_DIST, 'starterkit', docxName(t))));
      expect(same(built, files[docxName(t)]), docxName(t)).toBe(true);
      expect(same(built, await templateDocx(t)), docxName(t)).toBe(true);
    }
  });

  it('holds a read-me and every template with its headings', () => {
    const files = unzipSync(builtZip());
    expect(strFromU8(files[README_NAME])).toContain('Starterkit buddywerking');
    for (const t of templates) {
      const docx = files[docxName(t)];
      expect(docx, docxName(t)).toBeDefined();
      expect(headingsOf(docx, 1)).toEqual([t.title]);
      expect(headingsOf(docx, 2)).toEqual(headingsOfTemplate(t.body));
    }
  });

  it('opens in LibreOffice: every PDF holds the title and the headings', () => {
    const docs = join(work, 'docs');
    const pdfs = join(work, 'pdf');
    const files = unzipSync(builtZip());
    execFileSync('mkdir', ['-p', docs]);
    for (const t of templates) writeFileSync(join(docs, docxName(t)), files[docxName(t)]);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfs,
        ...templates.map((t) => join(docs, docxName(t)))],
      { stdio: 'pipe', timeout: 180_000 },
    );
    expect(readdirSync(pdfs).sort()).toEqual(templates.map((t) => `${t.fileName}.pdf`).sort());
    for (const t of templates) {
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', join(pdfs, `${t.fileName}.pdf`), '-'], { encoding: 'utf8' }));
      for (const heading of [t.title, ...headingsOfTemplate(t.body)]) expect(text, `${t.fileName}.pdf`).toContain(heading);
    }
  });
});

describe('the starter-kit pages in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveBuiltSite();
    browser = await launchBrowser();
  });
  // A context per page: axe needs one.
  const newPage = async (options: Parameters<Browser['newContext']>[0] = {}) => (await browser.newContext(options)).newPage();
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every template with its page, its .docx and the zip, with sizes', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/starterkit/`);
    for (const t of templates) {
      await expect(page.locator(`a[href="/starterkit/${t.fileName}/"]`).textContent()).resolves.toBe(t.title);
      const item = page.locator('.starterkit-list > li', { has: page.locator(`a[href="/starterkit/${docxName(t)}"]`) });
      const size = Math.round(readFileSync(join(SITE_DIST, 'starterkit', docxName(t))).byteLength / 1024);
      await expect(item.textContent()).resolves.toContain(`(${size} kB)`);
    }
    const zipSize = Math.round(builtZip().byteLength / 1024);
    await expect(page.locator('main').textContent()).resolves.toContain(`zip, ${zipSize} kB`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('builds a personalised kit in the browser, identical to the build’s generator', async () => {
    const values: Required<PlaceholderValues> = {
      gemeente: 'Hoogstraten',
      programma: 'Buddy’s in Hoogstraten',
      coordinator: 'Testcoördinator',
      contact: '03 000 00 00',
      duur: '9 maanden',
      frequentie: 'elke week',
    };
    const page = await newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/starterkit/`);
    for (const [key, value] of Object.entries(values)) await page.getByLabel(PLACEHOLDERS[key as keyof typeof PLACEHOLDERS].label).fill(value);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de starterkit' }).click()]);
    expect(download.suggestedFilename()).toBe('starterkit-buddywerking-hoogstraten.zip');
    const path = join(work, download.suggestedFilename());
    await download.saveAs(path);
    await expect(page.locator('#starterkit-status').textContent()).resolves.toContain('Klaar');
    const bytes = new Uint8Array(readFileSync(path));
    const files = unzipSync(bytes);
    expect(strFromU8(files[README_NAME])).toContain('Hoogstraten');
    for (const t of templates) {
      const xml = documentXml(files[docxName(t)]);
      const text = paragraphsOf(files[docxName(t)]).map((p) => p.text).join('\n');
      expect(xml, t.fileName).not.toContain('{{');
      for (const { fallback } of Object.values(PLACEHOLDERS)) expect(text, t.fileName).not.toContain(fallback);
      if (t.placeholders.includes('gemeente')) expect(text, t.fileName).toContain('Hoogstraten');
    }
    expect(same(bytes, await buildKit(templates, values))).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, the form downloads the generic kit and puts nothing typed in the URL', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/starterkit/`);
    await page.getByLabel(PLACEHOLDERS.gemeente.label).fill('Hoogstraten');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de starterkit' }).click()]);
    expect(download.url()).not.toContain('Hoogstraten');
    const path = join(work, 'generic.zip');
    await download.saveAs(path);
    expect(same(new Uint8Array(readFileSync(path)), builtZip())).toBe(true);
    await context.close();
  });

  it('shows each template as an accessible page that prints without the site around it', async () => {
    const page = await newPage();
    for (const t of templates) {
      await page.goto(`${server.url}/starterkit/${t.fileName}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(t.title);
      await expect(page.locator('main h2').allTextContents()).resolves.toEqual(headingsOfTemplate(t.body));
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.starterkit-document .notice').isVisible()).resolves.toBe(false);
    await expect(page.locator('.starterkit-document table').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
