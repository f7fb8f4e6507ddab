/**
 * The media folder (editors' uploads, served at /media/ on the site's own origin) may hold images,
 * PDFs and office documents only: anything else (a .js, an .html) would run with the site's rights.
 * The build refuses to go on when the folder holds another file; the CMS only offers these types, but
 * the build is the real guard (files can also arrive through git).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { UPLOAD_TYPES } from './security-headers';

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // docx, xlsx, pptx, odt, ods, odp
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // doc, xls, ppt

/** Allowed extensions with the bytes such a file starts with (SVG is checked as text). */
const SIGNATURES: Record<string, number[][]> = {
  '.png': [[0x89, 0x50, 0x4e, 0x47]],
  '.jpg': [[0xff, 0xd8, 0xff]],
  '.jpeg': [[0xff, 0xd8, 0xff]],
  '.gif': [[0x47, 0x49, 0x46, 0x38]],
  '.webp': [[0x52, 0x49, 0x46, 0x46]],
  '.avif': [[0x00, 0x00, 0x00]],
  '.pdf': [[0x25, 0x50, 0x44, 0x46]],
  '.doc': [OLE],
  '.xls': [OLE],
  '.ppt': [OLE],
  '.docx': [ZIP],
  '.xlsx': [ZIP],
  '.pptx': [ZIP],
  '.odt': [ZIP],
  '.ods': [ZIP],
  '.odp': [ZIP],
};
/** What editors may upload: the same list the per-type header rules are made from (src/lib/security-headers.ts). */
export const ALLOWED_MEDIA_EXTENSIONS = Object.values(UPLOAD_TYPES)
  .flat()
  .map((ext) => `.${ext}`);
for (const ext of ALLOWED_MEDIA_EXTENSIONS) {
  if (ext !== '.svg' && !SIGNATURES[ext]) throw new Error(`Geen bestandshandtekening voor ${ext} in src/lib/media-guard.ts`);
}

/** SVG is an image only without scripts, event handlers or javascript: links. */
const svgProblem = (text: string) =>
  !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)
    ? 'geen SVG-afbeelding'
    : /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(text)
      ? 'SVG met script'
      : undefined;

/** Why a file may not be in the media folder, or undefined when it may. */
export function mediaFileProblem(name: string, content: Buffer): string | undefined {
  const extension = extname(name).toLowerCase();
  if (name === '.gitkeep' && content.length === 0) return undefined;
  if (extension === '.svg') return svgProblem(content.toString('utf8'));
  const signatures = SIGNATURES[extension];
  if (!signatures) return `bestandstype ${extension || '(zonder extensie)'} is niet toegelaten`;
  if (!signatures.some((bytes) => bytes.every((byte, i) => content[i] === byte))) return `inhoud is geen echt ${extension}-bestand`;
  return undefined;
}

/** Every file under `folder` that is not allowed, as "path: reason". */
export function checkMediaFolder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      const problem = mediaFileProblem(entry.name, readFileSync(path));
      return problem ? [`${relative(process.cwd(), path)}: ${problem}`] : [];
    });
}
