import { describe, expect, it } from 'vitest';
import { axeViolations, sitemapPaths } from '../support/browser';
import { useBuiltSite } from '../support/site';
import { readAllContent } from '../../src/lib/content-files';

const site = useBuiltSite();

/** Runs axe on each path in turn (one tab, 2-core machine) and collects every violation. */
async function audit(paths: string[]): Promise<string[]> {
  const page = await site.context.newPage();
  const violations: string[] = [];
  for (const path of paths) {
    const response = await page.goto(site.url + path);
    if (!response?.ok() && path !== '/404-bestaat-niet/') violations.push(`${path}: HTTP ${response?.status()}`);
    violations.push(...(await axeViolations(page)));
  }
  await page.close();
  return violations;
}

describe('WCAG 2.1 AA (axe: wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  it('finds no violation on any page in the sitemap', async () => {
    const paths = await sitemapPaths(site.url);
    // The sitemap must list the site, not a fragment of it: every municipality has a page.
    const municipalities = readAllContent().municipalities.length;
    expect(paths.length).toBeGreaterThan(municipalities);
    expect(paths).toContain('/');
    const started = Date.now();
    const violations = await audit(paths);
    console.log(`axe: ${paths.length} pagina's in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(violations).toEqual([]);
  });

  it('finds no violation on the 404 page, which is not in the sitemap', async () => {
    expect(await audit(['/404-bestaat-niet/'])).toEqual([]);
  });
});
