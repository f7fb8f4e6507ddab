/**
 * Links on every built page: internal links and fragments resolve to something the site serves (a file,
 * a folder index, a function path or a redirect from netlify.toml); external links are well-formed URLs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { builtPages, type BuiltPage } from '../support/built-pages';
import { SITE_DIST } from '../support/site';

const pages = builtPages(SITE_DIST);
const byPath = new Map(pages.map((p) => [p.path, p]));

/** The site's own origin, as Astro wrote it into the sitemap (absolute canonical links use it). */
const siteOrigin = (() => {
  const index = join(SITE_DIST, 'sitemap-index.xml');
  const loc = existsSync(index) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1] : undefined;
  return loc ? new URL(loc).origin : undefined;
})();

/** Paths the Netlify Functions answer (`export const config = { path: '/api/…' }`). */
const functionPaths = (() => {
  if (!existsSync('functions')) return [];
  return readdirSync('functions')
    .filter((f) => /\.(m?[jt]s)$/.test(f))
    // One path or a list of them: every one counts.
    .flatMap((f) => [...readFileSync(join('functions', f), 'utf8').matchAll(/path:\s*(\[[^\]]*\]|['"`][^'"`]+['"`])/g)])
    .flatMap((m) => [...m[1].matchAll(/['"`](\/[^'"`]+)['"`]/g)].map((p) => p[1]));
})();

const redirects = ((parseToml(readFileSync('netlify.toml', 'utf8')) as { redirects?: { from: string }[] }).redirects ?? []).map((r) => r.from);

const matchesPattern = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern.replace(/\/$/, '') === path.replace(/\/$/, '');

/** The HTML page at a URL path, or whether some other file is served there. */
function resolveInternal(pathname: string): { page?: BuiltPage; exists: boolean } {
  const path = decodeURIComponent(pathname);
  const page = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
  if (page) return { page, exists: true };
  const file = join(SITE_DIST, path);
  if (existsSync(file) && statSync(file).isFile()) return { exists: true };
  const served = functionPaths.some((p) => matchesPattern(p, path)) || redirects.some((p) => matchesPattern(p, path));
  return { exists: served };
}

const hasAnchor = (page: BuiltPage, fragment: string) =>
  page.elements.some((el) => el.attributes.id === fragment || (el.name === 'a' && el.attributes.name === fragment));

/** Every URL a page refers to, with where it is. */
function referencesOf(page: BuiltPage): { url: string; at: string }[] {
  const refs: { url: string; at: string }[] = [];
  for (const el of page.elements) {
    const at = `${page.file}:${el.line} <${el.name}>`;
    for (const name of ['href', 'src', 'action', 'poster', 'data']) {
      const value = el.attributes[name];
      // A <form> without action posts to itself; <base>, <object data> are not used here.
      if (value !== undefined && !(name === 'data' && el.name !== 'object')) refs.push({ url: value, at });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of el.attributes[name]?.split(',') ?? []) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ url, at });
      }
    }
  }
  return refs;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Why a link is broken, or undefined when it is fine. */
function problemWith(page: BuiltPage, raw: string): string | undefined {
  if (raw.trim() !== raw || /\s/.test(raw)) return 'spaties in het adres';
  if (raw === '') return 'leeg adres';
  if (raw.startsWith('#')) {
    const fragment = decodeURIComponent(raw.slice(1));
    return fragment === '' || fragment === 'top' || hasAnchor(page, fragment) ? undefined : `anker #${fragment} bestaat niet op deze pagina`;
  }
  if (/^mailto:/i.test(raw)) {
    const address = decodeURIComponent(raw.slice(7).split('?')[0]);
    return address.split(',').every((a) => EMAIL.test(a.trim())) ? undefined : 'ongeldig e-mailadres';
  }
  if (/^tel:/i.test(raw)) return /^tel:\+?[0-9]{6,15}$/.test(raw) ? undefined : 'ongeldig telefoonnummer (verwacht tel:+32…)';
  if (/^data:/i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, `http://site.invalid${page.path}`);
  } catch {
    return 'geen geldig adres';
  }
  const internal = url.origin === 'http://site.invalid' || url.origin === siteOrigin;
  if (!internal) {
    if (!['http:', 'https:'].includes(url.protocol)) return `onverwacht protocol ${url.protocol}`;
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) return `ongeldige host ${url.hostname}`;
    return undefined;
  }
  const target = resolveInternal(url.pathname);
  if (!target.exists) return `${url.pathname} bestaat niet`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.page && !hasAnchor(target.page, fragment)) return `anker #${fragment} bestaat niet op ${target.page.path}`;
  return undefined;
}

describe('links on the built pages', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has no broken internal link or fragment and only well-formed external links', () => {
    // The same broken link in the footer of every page is one problem: grouped, with where it occurs.
    const problems = new Map<string, string[]>();
    let checked = 0;
    for (const page of pages) {
      for (const { url, at } of referencesOf(page)) {
        checked++;
        const problem = problemWith(page, url);
        if (problem) problems.set(`${url}: ${problem}`, [...(problems.get(`${url}: ${problem}`) ?? []), at]);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    const report = [...problems].map(([problem, where]) => `${problem} (${where.length}×, o.a. ${where.slice(0, 2).join(', ')})`);
    expect(report).toEqual([]);
  });
});
