// A copy of the project in a temporary folder (node_modules symlinked), built with the project's own
// `npm run build`: the benchmark never touches dist/ or .astro/ that others use, and can grow the content.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadTs } from './ts.mjs';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.netlify', '.outbox', '.cache', '.tmp', 'results.json']);

export function copyProject(label) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(basename(src)) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export const removeProject = (dir) => rmSync(dir, { recursive: true, force: true });

/** `npm run build` in the copy; its own Astro cache so nothing is shared with the real project. */
export function buildProject(dir) {
  const env = { ...process.env, ASTRO_CACHE_DIR: join(dir, '.cache', 'astro'), ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ASTRO_OUT_DIR;
  const started = process.hrtime.bigint();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const html = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { seconds, pages: html, dist: join(dir, 'dist') };
}

/** The copied collections: every folder collection of the registry but the starter-kit templates. */
const MULTIPLIED = ['practices', 'municipalities', 'handbooks', 'lessons'];

/** Rewrites every reference in `value` (found through the schema's own reference tags, src/lib/fields.ts) with `rename`. */
function renameReferences(fields, value, rename) {
  const visit = (field, v) => {
    if (v === undefined || v === null) return v;
    if (field.kind === 'reference') return typeof v === 'string' ? rename(v) : v;
    if (field.kind === 'list') return Array.isArray(v) ? v.map((item) => visit(field.element, item)) : v;
    if (field.kind === 'object') return renameReferences(field.fields, v, rename);
    return v;
  };
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const field = fields.find((f) => f.name === key);
      return [key, field ? visit(field, v) : v];
    }),
  );
}

const splitMarkdown = (source) => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { data: parseYaml(match[1]) ?? {}, body: match[2] } : { data: {}, body: source };
};

/**
 * Grows the copy's content to `factor` times its size: each practice, municipality, handbook and lesson
 * gets factor-1 copies with ids "<id>-x<k>", references renamed to the copies of the same round, and
 * a visible name suffix. Settings and starter-kit templates stay as they are.
 */
export async function multiplyContent(dir, factor) {
  const { COLLECTIONS, extensionOf, schemaOf } = await loadTs('src/schemas/collections.ts');
  const { fieldsOf } = await loadTs('src/lib/fields.ts');
  for (const collection of MULTIPLIED) {
    const ext = extensionOf(collection);
    const folder = join(dir, 'content', COLLECTIONS[collection].folder);
    const files = readdirSync(folder).filter((f) => f.endsWith(ext));
    const fields = fieldsOf(schemaOf(collection));
    for (const file of files) {
      const id = file.slice(0, -ext.length);
      const source = readFileSync(join(folder, file), 'utf8');
      const { data, body } = ext === '.md' ? splitMarkdown(source) : { data: parseYaml(source) ?? {}, body: undefined };
      for (let k = 1; k < factor; k++) {
        const copy = renameReferences(fields, structuredClone(data), (ref) => `${ref}-x${k}`);
        for (const field of ['name', 'title']) if (typeof copy[field] === 'string') copy[field] = `${copy[field]} ${k + 1}`;
        const text = body === undefined ? stringifyYaml(copy) : `---\n${stringifyYaml(copy)}---\n${body}`;
        writeFileSync(join(folder, `${id}-x${k}${ext}`), text);
      }
    }
  }
}

/** How much content the copy holds now. */
export async function contentCounts(dir) {
  const { readAllContent } = await loadTs('src/lib/content-files.ts');
  const content = readAllContent(join(dir, 'content'), dir);
  return {
    practices: content.practices.length,
    municipalities: content.municipalities.length,
    programmes: content.municipalities.reduce((n, m) => n + (m.data.programmes?.length ?? 0), 0),
    handbooks: content.handbooks.length,
    lessons: content.lessons.length,
  };
}
