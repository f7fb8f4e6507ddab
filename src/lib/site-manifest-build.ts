/**
 * The build's side of the functions' manifest (src/lib/site-manifest.ts): the content part from the
 * content files, the pages with slots from the built site, and writing it. Run by the Astro
 * integration (src/lib/build-integration.ts) and by tests; never by a function.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { settingsSchema } from '../schemas/settings';
import { schemaOf } from '../schemas/collections';
import type { MunicipalityData } from '../schemas/municipality';
import { readAllContent, readSettingsFile } from './content-files';
import { hasSlot, MAIN_SLOT } from './page-slots';
import { readLocalities } from './postal';
import { DUTCH, fromTranslation, untranslatedTemplateTexts } from './i18n';
import { EVALUATION_TEMPLATE, evaluationTexts } from './evaluation-form';
import { translationSchema } from '../schemas/ui-strings';
import { templateSchema } from '../schemas/template';
import { MANIFEST_FILE, SHELL_PATH, type SiteManifest } from './site-manifest';

/** SITE_MANIFEST_DIR, or `site-manifest/` in the project: where the build writes it. */
export const manifestDirOf = (root: string) => process.env.SITE_MANIFEST_DIR ?? join(root, 'site-manifest');

/**
 * The content part, from the content files (which the build has validated as a whole); the settings
 * and every municipality are parsed with their schemas, so a bad file stops here too, never silently.
 */
export function contentManifest(contentDir: string): Omit<SiteManifest, 'pages'> {
  const content = readAllContent(contentDir, dirname(contentDir));
  const settings = settingsSchema.parse(readSettingsFile(contentDir));
  const practices = content.practices.map((p) => ({ id: p.id, title: String(p.data.title) }));
  const titles = new Map(practices.map((p) => [p.id, p.title]));
  const parsed = content.municipalities.map((file) => ({ id: file.id, data: schemaOf('municipalities').parse(file.data) as MunicipalityData }));
  const programmes = parsed.flatMap(({ id: municipalityId, data: municipality }) =>
    municipality.programmes.map((p) => ({
      id: `${municipalityId}/${p.slug}`,
      label: p.name ?? titles.get(String(p.practice)) ?? 'Buddywerking',
      municipality: municipality.name,
      practice: String(p.practice),
      acceptsSignups: p.acceptsSignups,
    })),
  );
  const municipalities = parsed.map(({ id, data }) => ({
    id,
    name: data.name,
    ...(data.currentMunicipality && { currentMunicipality: data.currentMunicipality }),
    postalCode: data.postalCode,
    coordinates: data.coordinates,
    programmes: programmes
      .filter((p) => p.id.startsWith(`${id}/`))
      .map(({ id: programmeId, label, acceptsSignups }) => ({ id: programmeId, label, acceptsSignups })),
  }));
  const translations = content.translations.map((file) => ({ id: file.id, data: translationSchema.parse(file.data) }));
  const languages = [DUTCH, ...translations.map(({ id, data }) => fromTranslation(id, data))];
  const templates = content.templates.map((file) => ({ id: file.id, ...templateSchema.parse(file.data), body: file.body ?? '' }));
  // A person reads the evaluation form in their language: a template text without a translation stops the build.
  const evaluation = templates.find((t) => t.id === EVALUATION_TEMPLATE);
  const untranslated = evaluation ? translations.flatMap(({ id, data }) => untranslatedTemplateTexts(id, data, evaluationTexts(evaluation.body))) : [];
  if (untranslated.length) throw new Error(untranslated.join('\n'));
  return { settings, programmes, practices, municipalities, localities: readLocalities(), languages, templates };
}

/** The pages a function fills in: every built page with a form slot, and the shell. */
export function capturePages(htmlByPath: Iterable<[string, string]>): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const [path, html] of htmlByPath) {
    const isShell = path === SHELL_PATH && hasSlot(html, MAIN_SLOT);
    if (isShell || /<!--slot:form:[a-z-]+-->/.test(html)) pages[path] = html;
  }
  if (!pages[SHELL_PATH]) throw new Error(`De bouw maakte geen paginasjabloon ${SHELL_PATH} voor de functies`);
  return pages;
}

export function writeManifest(dir: string, manifest: SiteManifest): void {
  mkdirSync(dir, { recursive: true });
  // Write then rename would need the same folder; a single file write is enough for a build step.
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** The built HTML files under `dist`, by URL path ("/a/b/index.html" → "/a/b/"). */
export function* builtHtml(dist: string): Generator<[string, string]> {
  const walk = function* (dir: string, path: string): Generator<[string, string]> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) yield* walk(join(dir, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html') yield [path, readFileSync(join(dir, entry.name), 'utf8')];
    }
  };
  if (existsSync(dist)) yield* walk(dist, '/');
}

/** Removes the shell page from the published folder: it is the functions', not the public's. */
export function removeShellFromSite(dist: string): void {
  rmSync(join(dist, SHELL_PATH), { recursive: true, force: true });
}


/** Languages nobody has checked yet: their pages are noindex and stay out of the sitemap. */
export function uncheckedLanguageTags(contentDir: string): string[] {
  return readAllContent(contentDir, dirname(contentDir))
    .translations.filter((file) => !translationSchema.parse(file.data).checkedBy)
    .map((file) => file.id);
}
