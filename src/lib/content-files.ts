/**
 * Reads the content folder as plain files, outside Astro: for tests, the CMS checks, the functions'
 * programme list and the benchmarks. Astro itself reads the same files through src/content.config.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface ContentFile {
  collection: string;
  /** Entry id: the file name without extension, as Astro's glob loader makes it. */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export const COLLECTION_FOLDERS = {
  practices: { folder: 'practices', extension: '.md' },
  municipalities: { folder: 'municipalities', extension: '.yaml' },
  handbooks: { folder: 'handbooks', extension: '.md' },
  lessons: { folder: 'lessons', extension: '.yaml' },
} as const;
export type FileCollection = keyof typeof COLLECTION_FOLDERS;

/** Splits "---\nyaml\n---\nbody" into its parts. */
export function parseMarkdown(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1]) ?? {}) as Record<string, unknown>, body: match[2] };
}

export function readCollection(contentDir: string, collection: FileCollection, root = process.cwd()): ContentFile[] {
  const { folder, extension } = COLLECTION_FOLDERS[collection];
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const id = name.slice(0, -extension.length);
    const file = relative(root, path);
    if (extension === '.md') {
      const { data, body } = parseMarkdown(source);
      return { collection, id, file, data, body };
    }
    return { collection, id, file, data: (parseYaml(source) ?? {}) as Record<string, unknown> };
  });
}

export function readAllContent(contentDir = join(process.cwd(), 'content'), root = process.cwd()) {
  return Object.fromEntries(
    (Object.keys(COLLECTION_FOLDERS) as FileCollection[]).map((c) => [c, readCollection(contentDir, c, root)]),
  ) as Record<FileCollection, ContentFile[]>;
}
