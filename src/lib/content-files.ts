/**
 * Reads the content folder as plain files, outside Astro: for tests, the CMS checks, the build's
 * manifest for the functions and the benchmarks. Astro itself reads the same files through
 * src/content.config.ts; both follow the collection registry (src/schemas/collections.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, FOLDER_COLLECTIONS, extensionOf, type FolderCollection } from '../schemas/collections';

export interface ContentFile {
  collection: string;
  /** Entry id: the file name without extension, as Astro's glob loader makes it. */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export type { FolderCollection };

/** Splits "---\nyaml\n---\nbody" into its parts. */
export function parseMarkdown(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parseYaml(match[1]) ?? {}) as Record<string, unknown>, body: match[2] };
}

export function readCollection(contentDir: string, collection: FolderCollection, root = process.cwd()): ContentFile[] {
  const { folder, format } = COLLECTIONS[collection];
  const extension = extensionOf(collection);
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
    if (format === 'markdown') {
      const { data, body } = parseMarkdown(source);
      return { collection, id, file, data, body };
    }
    return { collection, id, file, data: (parseYaml(source) ?? {}) as Record<string, unknown> };
  });
}

/** Every folder collection of the registry, by name. */
export function readAllContent(contentDir = join(process.cwd(), 'content'), root = process.cwd()) {
  return Object.fromEntries(FOLDER_COLLECTIONS.map((c) => [c, readCollection(contentDir, c, root)])) as Record<
    FolderCollection,
    ContentFile[]
  >;
}

/** The site settings file (content/settings/site.json), parsed but not yet validated. */
export function readSettingsFile(contentDir = join(process.cwd(), 'content')): unknown {
  return JSON.parse(readFileSync(join(contentDir, COLLECTIONS.settings.file), 'utf8'));
}
