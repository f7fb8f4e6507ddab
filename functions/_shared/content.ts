/**
 * The content the functions need (programmes that accept sign-ups, practice titles, site settings),
 * from the manifest the build writes (src/lib/site-manifest.ts), read once per instance. Functions
 * never read content/: what they know is what the published site was built from.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, readManifest, type SiteManifest } from '../../src/lib/site-manifest';
import type { SettingsData } from '../../src/schemas/settings';
import type { StarterTemplate } from '../../src/lib/starterkit/kit';

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
  /** Built pages with slots, by URL path (src/lib/page-slots.ts). */
  pages: SiteManifest['pages'];
  /** For the programme finder. */
  municipalities: SiteManifest['municipalities'];
  localities: SiteManifest['localities'];
  /** The way in's words by language tag, Dutch ("nl") included. */
  languages: Map<string, SiteManifest['languages'][number]>;
  /** Starter-kit templates by id ("handelingsplan"). */
  templates: Map<string, StarterTemplate>;
}

/**
 * SITE_MANIFEST_DIR, else site-manifest/ beside the working directory (astro dev, tests) or in the
 * deployed function's folder (netlify.toml ships it with `included_files`).
 */
export function manifestDir(): string {
  if (process.env.SITE_MANIFEST_DIR) return process.env.SITE_MANIFEST_DIR;
  const candidates = [join(process.cwd(), 'site-manifest'), join(process.env.LAMBDA_TASK_ROOT ?? '/var/task', 'site-manifest')];
  const found = candidates.find((dir) => existsSync(join(dir, MANIFEST_FILE)));
  if (!found) throw new Error(`Geen ${MANIFEST_FILE} van de bouw gevonden in ${candidates.join(' of ')}: bouw de site (npm run build)`);
  return found;
}

const cache = new Map<string, { version: number; content: SiteContent }>();

export function siteContent(dir = manifestDir()): SiteContent {
  // Read again when the file changed (astro dev writes the pages once its server answers).
  const version = statSync(join(dir, MANIFEST_FILE)).mtimeMs;
  const cached = cache.get(dir);
  if (cached?.version === version) return cached.content;
  const manifest = readManifest(dir);
  const programmes = new Map(
    manifest.programmes.map((p) => [
      p.id,
      {
        id: p.id,
        label: p.label,
        municipality: p.municipality,
        acceptsSignups: p.acceptsSignups,
      },
    ]),
  );
  const content = {
    settings: manifest.settings,
    programmes,
    practices: new Map(manifest.practices.map((p) => [p.id, p.title])),
    pages: manifest.pages,
    municipalities: manifest.municipalities,
    localities: manifest.localities,
    languages: new Map(manifest.languages.map((l) => [l.language.tag, l])),
    templates: new Map((manifest.templates ?? []).map((t) => [t.id, t])),
  };
  cache.set(dir, { version, content });
  return content;
}

/** Tests change the manifest between cases; `astro dev` rewrites it when the pages are ready. */
export const clearContentCache = () => cache.clear();
