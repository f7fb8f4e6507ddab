/**
 * Words that run into each other on the built pages ("coördinator vanSamen op pad", "mail
 * naarsamenleven@vvsg.be"): Astro drops the line break between a text and the element on the next
 * line, so a missing `{' '}` only shows in the output. This reads every page as the browser lays out
 * inline content: a letter or digit directly followed by an inline element that starts with one (or
 * the reverse) is a run-together word. Inside one text node (a word, a line break, then `{name}`) the
 * names the content gives (municipalities, programmes, the publisher, the contact address) must not
 * follow a letter directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { filesUnder } from '../support/built-pages';
import { readAllContent } from '../../src/lib/content-files';
import { SITE_DIST } from '../support/site';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'em', 'i', 'kbd', 'label', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time']);
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'head']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

const decode = (text: string) =>
  text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&#(\d+);/g, (_, c) => String.fromCodePoint(Number(c)))
    .replace(/&#x([0-9a-f]+);/gi, (_, c) => String.fromCodePoint(parseInt(c, 16)))
    .replace(/&[a-z]+;/gi, '&');

const isHidden = (node: Node) => node.type === ELEMENT_NODE && ('hidden' in (node.attributes ?? {}) || SKIPPED.has(node.name));

/** The text a reader sees inside a node (hidden parts left out). */
function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decode(String(node.value));
  if (node.type !== ELEMENT_NODE || isHidden(node)) return '';
  return (node.children ?? []).map(textOf).join('');
}

const flows = (node: Node) => node.type === TEXT_NODE || (node.type === ELEMENT_NODE && INLINE.has(node.name) && !isHidden(node));

/** Places where two neighbouring pieces of inline content meet without a space: "before|after". */
export function runTogetherWords(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.type !== ELEMENT_NODE && node.type !== 0) return;
    if (node.type === ELEMENT_NODE && isHidden(node)) return;
    const children = (node.children ?? []).filter((c: Node) => c.type === TEXT_NODE || c.type === ELEMENT_NODE);
    for (let i = 1; i < children.length; i++) {
      const [before, after] = [children[i - 1], children[i]];
      if (!flows(before) || !flows(after) || (before.type === TEXT_NODE && after.type === TEXT_NODE)) continue;
      const left = textOf(before);
      const right = textOf(after);
      if (WORD_CHAR.test(left.at(-1) ?? '') && WORD_CHAR.test(right[0] ?? '')) {
        found.push(`${left.slice(-25).trimStart()}|${right.slice(0, 25).trimEnd()}`);
      }
    }
    children.forEach(visit);
  };
  visit(parse(html));
  return found;
}

/** The visible text of a page: inline tags vanish (their neighbours touch), other tags separate. */
function pageText(html: string): string {
  const withoutCode = html.replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<head\b[\s\S]*?<\/head>/i, ' ');
  const inline = [...INLINE].join('|');
  return decode(
    withoutCode.replace(new RegExp(`</?(?:${inline})\\b[^>]*>`, 'gi'), '').replace(/<[^>]+>/g, ' '),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names inserted by expressions, each directly after a letter or digit somewhere in `text`. */
export function namesGluedOn(text: string, names: string[]): string[] {
  return names.flatMap((name) =>
    [...text.matchAll(new RegExp(`[\\p{L}\\p{N}]${escapeRegExp(name)}`, 'gu'))].map((m) =>
      text.slice(Math.max(0, m.index - 20), m.index + m[0].length).trim(),
    ),
  );
}

const content = readAllContent();
const settings = JSON.parse(readFileSync('content/settings/site.json', 'utf8')) as Record<string, string>;
const names = [
  settings.publisher,
  settings.contactEmail,
  ...content.municipalities.map((m) => m.data.name as string),
  ...content.municipalities.flatMap((m) => (m.data.programmes as { name?: string }[] | undefined ?? []).map((p) => p.name ?? '')),
  ...content.practices.map((p) => p.data.title as string),
].filter((name, i, all) => name && name.length > 2 && all.indexOf(name) === i);

describe('words on the built pages', () => {
  it('the check sees a word that runs into a link, and accepts a space', () => {
    expect(runTogetherWords('<p>mail naar<a href="mailto:x@y.be">x@y.be</a>.</p>')).toEqual(['mail naar|x@y.be']);
    expect(runTogetherWords('<p>van<strong>Samen</strong> op pad</p>')).toEqual(['van|Samen']);
    expect(runTogetherWords('<p>mail naar <a href="mailto:x@y.be">x@y.be</a>, of <em>bel</em>.</p>')).toEqual([]);
    expect(runTogetherWords('<p><a href="/a/">Gent</a><span hidden>x</span></p>')).toEqual([]);
    expect(namesGluedOn(pageText('<p>De coördinator vanSamen op pad neemt contact op.</p>'), ['Samen op pad'])).toEqual([
      'De coördinator vanSamen op pad',
    ]);
    expect(namesGluedOn(pageText('<p>van <b>Samen op pad</b></p>'), ['Samen op pad'])).toEqual([]);
  });

  it('no word runs into the next on any page', () => {
    const pages = filesUnder(SITE_DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((file) =>
      runTogetherWords(readFileSync(join(SITE_DIST, file), 'utf8')).map((where) => `${file}: «${where}»`),
    );
    expect(problems).toEqual([]);
  });

  it('makes no promise nobody keeps: "(gegevens volgen)", "(link volgt)", "Meer details volgen"', () => {
    const pages = filesUnder(SITE_DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    const promises = pages.filter((file) => /gegevens volgen|link volgt|details volgen/i.test(pageText(readFileSync(join(SITE_DIST, file), 'utf8'))));
    expect(promises).toEqual([]);
  });

  it('no name from the content follows a letter directly', () => {
    expect(names.length).toBeGreaterThan(60);
    const pages = filesUnder(SITE_DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    const problems = pages.flatMap((file) =>
      namesGluedOn(pageText(readFileSync(join(SITE_DIST, file), 'utf8')), names).map((where) => `${file}: «${where}»`),
    );
    expect(problems).toEqual([]);
  });
});
