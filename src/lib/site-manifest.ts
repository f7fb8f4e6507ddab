/**
 * What the functions know of the site, written by the build (and by `astro dev`) outside the
 * published folder and shipped with the functions (netlify.toml `included_files`): the programmes and
 * their sign-up status, the practices, the settings, and the built pages a function fills in (the
 * form pages with their form slot, the page shell). Functions read this, never content/; the build
 * side is src/lib/site-manifest-build.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsData } from '../schemas/settings';
import type { FinderMunicipality } from './finder';
import type { Locality } from './postal';
import type { LanguageStrings } from './i18n';
import type { StarterTemplate } from './starterkit/kit';

export interface ManifestProgramme {
  /** "<municipality>/<programme-slug>". */
  id: string;
  /** The programme's own name, or its practice's title. */
  label: string;
  municipality: string;
  practice: string;
  acceptsSignups: boolean;
}

export interface SiteManifest {
  settings: SettingsData;
  programmes: ManifestProgramme[];
  practices: { id: string; title: string }[];
  /** Every municipality with its place and programmes, for the programme finder (src/lib/finder.ts). */
  municipalities: FinderMunicipality[];
  /** The Belgian postal localities (src/data/), for the finder. */
  localities: Locality[];
  /** The way in's words: Dutch first, then every translation. */
  languages: LanguageStrings[];
  /** The starter kit's templates (the workspace fills in the action plan and builds the evaluation form). */
  templates: StarterTemplate[];
  /** Built pages by URL path ("/praktijk-indienen/"), with their slots; SHELL_PATH is the empty shell. */
  pages: Record<string, string>;
}

export const MANIFEST_FILE = 'manifest.json';
/** The built page that becomes the shell of function-rendered pages (src/pages/functiepagina.astro). */
export const SHELL_PATH = '/functiepagina/';

export function readManifest(dir: string): SiteManifest {
  return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as SiteManifest;
}

