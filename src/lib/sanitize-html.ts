/**
 * Allow-list sanitiser for HTML that editors can put in Markdown bodies (practice cards, handbooks).
 * Only the elements and attributes below survive; script-like elements go with their content, any
 * other element is replaced by its content, and links only keep web, mail, phone or local targets.
 * Applied at build to the rendered pages and to the Markdown in the open-data files.
 */
import { COMMENT_NODE, DOCTYPE_NODE, ELEMENT_NODE, TEXT_NODE, parse, renderSync } from 'ultrahtml';

type HtmlNode = { type: number; name?: string; attributes?: Record<string, string>; children?: HtmlNode[]; value?: string };

const ALLOWED: Record<string, string[]> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [],
  blockquote: [],
  br: [],
  code: [],
  dd: [],
  del: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  hr: [],
  i: [],
  img: ['src', 'alt', 'title', 'width', 'height'],
  li: [],
  ol: ['start'],
  p: [],
  pre: [],
  s: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  tr: [],
  ul: [],
};

/** Elements removed together with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript',
  'textarea', 'select', 'option', 'button', 'svg', 'math', 'title', 'head', 'base', 'link', 'meta',
]);

const URL_ATTRIBUTES = new Set(['href', 'src']);

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);?/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A target the site may link to: http(s), mailto, tel, or a path/fragment without a scheme. */
export function isSafeUrl(raw: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const value = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1].toLowerCase();
  return scheme === undefined ? !value.startsWith('//') || false : ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

const escapeAttribute = (value: string) => value.replace(/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/gi, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function clean(nodes: HtmlNode[] = []): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.type === TEXT_NODE) return [node];
    if (node.type === COMMENT_NODE || node.type === DOCTYPE_NODE) return [];
    if (node.type !== ELEMENT_NODE) return clean(node.children);
    const name = (node.name ?? '').toLowerCase();
    if (DROPPED.has(name)) return [];
    const allowed = ALLOWED[name];
    if (!allowed) return clean(node.children);
    const attributes = Object.fromEntries(
      Object.entries(node.attributes ?? {})
        .filter(([attribute]) => allowed.includes(attribute.toLowerCase()))
        .filter(([attribute, value]) => !URL_ATTRIBUTES.has(attribute.toLowerCase()) || isSafeUrl(String(value)))
        .map(([attribute, value]) => [attribute.toLowerCase(), escapeAttribute(String(value))]),
    );
    return [{ ...node, name, attributes, children: clean(node.children) }];
  });
}

/** The HTML with everything outside the allow-list removed. */
export function sanitizeHtml(html: string): string {
  // Comments are removed before parsing: ultrahtml loses the text in front of one.
  const document = parse(html.replace(/<!--[\s\S]*?(?:-->|$)/g, '')) as HtmlNode;
  document.children = clean(document.children);
  return renderSync(document as Parameters<typeof renderSync>[0]);
}

/** Markdown with its raw HTML sanitised the same way; Markdown syntax itself is left as it is. */
export const sanitizeMarkdown = (markdown: string) => (/[<&]/.test(markdown) ? sanitizeHtml(markdown) : markdown);
