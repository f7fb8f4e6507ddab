/**
 * The HTML pages of a built site, parsed once: for the quality checks (links, CSP, personal data) that
 * read `dist/` directly instead of going through a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

export interface PageElement {
  name: string;
  attributes: Record<string, string>;
  /** 1-based line in the file, for messages. */
  line: number;
  /** Text of a <script> or <style> element. */
  text: string;
}

export interface BuiltPage {
  /** Path relative to the dist folder, e.g. "praktijken/buddywerking/index.html". */
  file: string;
  /** URL path it is served at, e.g. "/praktijken/buddywerking/". */
  path: string;
  elements: PageElement[];
}

/** Every file under `dir`, relative to it, with "/" separators. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** "a/b/index.html" → "/a/b/", "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Attribute values as the browser reads them (ultrahtml leaves entities encoded). */
const decodeEntities = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function parsePage(html: string): PageElement[] {
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const elements: PageElement[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    const attributes = Object.fromEntries(
      Object.entries(element.attributes ?? {}).map(([name, value]) => [name.toLowerCase(), decodeEntities(String(value))]),
    );
    const text = element.children?.map((child) => (child as { value?: string }).value ?? '').join('') ?? '';
    elements.push({ name: element.name.toLowerCase(), attributes, line: lineOf(element.loc?.[0]?.start ?? 0), text });
  });
  return elements;
}

/** Every HTML page of the built site, parsed. */
export function builtPages(dist: string): BuiltPage[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: urlPathOf(file), elements: parsePage(readFileSync(join(dist, file), 'utf8')) }));
}

/** Pages of the public site: everything except the CMS under /admin/. */
export const isPublicPath = (path: string) => !path.startsWith('/admin/');
