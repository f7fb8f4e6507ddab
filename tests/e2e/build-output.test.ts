/**
 * What the build hands to the functions stays out of the published site: the manifest and the page
 * shell are written beside `dist/`, never in it, and a visitor cannot fetch them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../support/built-pages';
import { BUILT_MANIFEST, SITE_DIST, serveBuiltSite } from '../support/site';
import type { StaticServer } from '../support/static-server';
import { MANIFEST_FILE, SHELL_PATH, readManifest } from '../../src/lib/site-manifest';
import { MAIN_SLOT, TITLE_SLOT, formSlot, hasSlot } from '../../src/lib/page-slots';
import { signupFormUrl } from '../../src/lib/format';
import { localePath } from '../../src/lib/i18n';

describe('the functions’ manifest', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveBuiltSite();
  });
  afterAll(() => server?.close());

  it('is written beside the site, with the shell and every form page the functions fill in', () => {
    const manifest = readManifest(BUILT_MANIFEST);
    expect(hasSlot(manifest.pages[SHELL_PATH], MAIN_SLOT)).toBe(true);
    expect(hasSlot(manifest.pages[SHELL_PATH], TITLE_SLOT)).toBe(true);
    expect(manifest.pages[SHELL_PATH]).toContain('class="site-header"');
    const open = manifest.programmes.filter((p) => p.acceptsSignups);
    expect(open.length).toBeGreaterThan(0);
    // Both forms of each programme, in every language.
    for (const p of open) {
      for (const { language } of manifest.languages) {
        for (const role of ['buddy', 'newcomer'] as const) {
          const path = localePath(language.tag, signupFormUrl(p.id, role));
          expect(hasSlot(manifest.pages[path], formSlot('signup')), path).toBe(true);
        }
      }
    }
    expect(manifest.languages.map((l) => l.language.tag).sort()).toEqual(['ar', 'en', 'fr', 'nl', 'prs', 'ru', 'tr', 'uk']);
    expect(hasSlot(manifest.pages['/praktijk-indienen/'], formSlot('practice-submission'))).toBe(true);
    expect(hasSlot(manifest.pages['/wijziging-doorgeven/'], formSlot('feedback'))).toBe(true);
  });

  it('is not in the published folder, and neither is the shell page', () => {
    const files = filesUnder(SITE_DIST).map((f) => f.replaceAll('\\', '/'));
    expect(files.filter((f) => f.endsWith(MANIFEST_FILE) || f.includes('site-manifest') || f.includes('functiepagina'))).toEqual([]);
    expect(existsSync(join(SITE_DIST, SHELL_PATH))).toBe(false);
    expect(readFileSync(join(SITE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('functiepagina');
  });

  it('cannot be fetched from the site', async () => {
    for (const path of [SHELL_PATH, `/${MANIFEST_FILE}`, `/site-manifest/${MANIFEST_FILE}`]) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('"programmes"');
    }
  });
});
