/**
 * Words that run into each other on the built pages ("coördinator vanSamen op pad", "mail
 * naarsamenleven@vvsg.be"): Astro drops the line break between a text and the element on the next
 * line, so a missing `{' '}` only shows in the output. This reads every page as the browser lays out
 * inline content: a letter or digit directly followed by an inline element that starts with one (or
 * the reverse) is a run-together word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { filesUnder } from '../support/built-pages';
import { SITE_DIST } from '../support/site';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'em', 'i', 'kbd', 'label', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time']);
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript', 'head']);
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

describe('words on the built pages', () => {
  it('the check sees a word that runs into a link, and accepts a space', () => {
    expect(runTogetherWords('<p>mail naar<a href="mailto:x@y.be">x@y.be</a>.</p>')).toEqual(['mail naar|x@y.be']);
    expect(runTogetherWords('<p>van<strong>Samen</strong> op pad</p>')).toEqual(['van|Samen']);
    expect(runTogetherWords('<p>mail naar <a href="mailto:x@y.be">x@y.be</a>, of <em>bel</em>.</p>')).toEqual([]);
    expect(runTogetherWords('<p><a href="/a/">Gent</a><span hidden>x</span></p>')).toEqual([]);
  });

  it('no word runs into the next on any page', () => {
    const pages = filesUnder(SITE_DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((file) =>
      runTogetherWords(readFileSync(join(SITE_DIST, file), 'utf8')).map((where) => `${file}: «${where}»`),
    );
    expect(problems).toEqual([]);
  });
});
