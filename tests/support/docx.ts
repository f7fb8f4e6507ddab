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

/**
 * The text LibreOffice reads from a .docx (converted to plain text by `soffice --headless`): proof a
 * real word processor opens it, and what it shows.
 */
export async function textInLibreOffice(docx: Uint8Array): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const work = mkdtempSync(join(tmpdir(), 'docx-libreoffice-'));
  try {
    writeFileSync(join(work, 'document.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, join(work, 'document.docx')], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    return readFileSync(join(work, 'document.txt'), 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
