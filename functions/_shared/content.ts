/**
 * The content the functions need (programmes that accept sign-ups, practice ids, site settings),
 * read from the content/ files (netlify.toml ships them with `included_files`), once per instance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollection } from '../../src/lib/content-files';
import { municipalitySchema } from '../../src/schemas/municipality';
import { settingsSchema, type SettingsData } from '../../src/schemas/settings';

export interface ProgrammeInfo {
  /** "<municipality>/<programme-slug>". */
  id: string;
  label: string;
  municipality: string;
  acceptsSignups: boolean;
}

export interface SiteContent {
  settings: SettingsData;
  programmes: Map<string, ProgrammeInfo>;
  /** Practice id → title. */
  practices: Map<string, string>;
}

/** CONTENT_DIR, else content/ next to the working directory or the Lambda task root. */
export function contentDir(): string {
  if (process.env.CONTENT_DIR) return process.env.CONTENT_DIR;
  const candidates = [join(process.cwd(), 'content'), join(process.env.LAMBDA_TASK_ROOT ?? '/var/task', 'content')];
  return candidates.find((dir) => existsSync(join(dir, 'settings', 'site.json'))) ?? candidates[0];
}

const cache = new Map<string, SiteContent>();

export function siteContent(dir = contentDir()): SiteContent {
  const cached = cache.get(dir);
  if (cached) return cached;
  const settings = settingsSchema.parse(JSON.parse(readFileSync(join(dir, 'settings', 'site.json'), 'utf8')));
  const practices = new Map(
    readCollection(dir, 'practices').map((p) => [p.id, typeof p.data.title === 'string' ? p.data.title : p.id]),
  );
  const programmes = new Map<string, ProgrammeInfo>();
  for (const file of readCollection(dir, 'municipalities')) {
    const parsed = municipalitySchema().safeParse(file.data);
    // An invalid file fails the site build; here it only means its programmes cannot be chosen.
    if (!parsed.success) continue;
    for (const p of parsed.data.programmes) {
      const id = `${file.id}/${p.slug}`;
      programmes.set(id, {
        id,
        label: p.name ?? practices.get(String(p.practice)) ?? 'Buddywerking',
        municipality: parsed.data.name,
        acceptsSignups: p.acceptsSignups,
      });
    }
  }
  const content = { settings, programmes, practices };
  cache.set(dir, content);
  return content;
}

/** Tests change the fixture between cases. */
export const clearContentCache = () => cache.clear();
