/** Reads what a .docx says: its paragraphs with their style, as a reader (or a test) sees them. */
import { strFromU8, unzipSync } from 'fflate';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

export interface DocxParagraph {
  style?: string;
  text: string;
}

export function documentXml(docx: Uint8Array): string {
  const xml = unzipSync(docx)['word/document.xml'];
  if (!xml) throw new Error('word/document.xml ontbreekt');
  return strFromU8(xml);
}

export function paragraphsOf(docx: Uint8Array): DocxParagraph[] {
  return [...documentXml(docx).matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1],
    text: unescapeXml([...inner.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

/** "Heading2" paragraphs' text, and so on per level. */
export const headingsOf = (docx: Uint8Array, level: number) =>
  paragraphsOf(docx)
    .filter((p) => p.style === `Heading${level}`)
    .map((p) => p.text);
