/**
 * The project's layers point one way: schemas ← lib ← pages/components, functions, admin. This reads
 * every module's imports (static and dynamic) and fails with the file and the import that break a rule.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const SOURCE = /\.(ts|mjs|js|astro)$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => SOURCE.test(file) && statSync(file).isFile());
}

/** The module specifiers a file imports: `import … from`, `export … from`, `import()`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A relative import as a path from the project root ("src/lib/fields"), or the package name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(dirname(file), specifier)).replace(/\.(ts|mjs|js)$/, '');
}

const rel = (file: string) => relative(ROOT, file);

/** Every (file, imported target) pair under the given folders. */
const edges = (...dirs: string[]) =>
  dirs.flatMap((dir) => filesUnder(join(ROOT, dir)).flatMap((file) => importsOf(file).map((spec) => ({ file: rel(file), to: target(file, spec) }))));

/** Files reachable from `start` through relative imports (what a bundler would pull in). */
function reachable(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(join(ROOT, file))) {
      if (!spec.startsWith('.')) continue;
      const base = target(join(ROOT, file), spec);
      const resolved = ['.ts', '.mjs', '.js', '.astro', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(join(ROOT, f)));
      if (resolved) queue.push(resolved);
    }
  }
  return seen;
}

describe('layers point one way', () => {
  it('schemas import only zod and each other', () => {
    const wrong = edges('src/schemas').filter(({ to }) => !(to === 'astro/zod' || to.startsWith('src/schemas/')));
    expect(wrong).toEqual([]);
  });

  it('lib and forms import no page, component, layout, function or CMS module', () => {
    const wrong = edges('src/lib', 'src/forms').filter(({ to }) =>
      ['src/pages/', 'src/components/', 'src/layouts/', 'functions/', 'admin/'].some((layer) => to.startsWith(layer)),
    );
    expect(wrong).toEqual([]);
  });

  it('pages, components and layouts import nothing from functions/, and only the CMS page loads the CMS', () => {
    const wrong = edges('src/pages', 'src/components', 'src/layouts').filter(
      ({ file, to }) => to.startsWith('functions/') || (to.startsWith('admin/') && file !== 'src/pages/admin/index.astro'),
    );
    expect(wrong).toEqual([]);
  });

  it('the CMS imports no function and no page', () => {
    const wrong = edges('admin').filter(({ to }) => to.startsWith('functions/') || to.startsWith('src/pages/'));
    expect(wrong).toEqual([]);
  });

  it('functions read what the build produced: nothing that reads content/ or Astro is bundled with them', () => {
    const functionFiles = filesUnder(join(ROOT, 'functions')).map(rel);
    const bundled = reachable(functionFiles);
    const forbidden = [...bundled].filter((file) => /^src\/(lib\/(content-files|content|site-manifest-build|validate-content)\.ts|pages\/|components\/)/.test(file));
    expect(forbidden).toEqual([]);
    const astro = edges('functions').filter(({ to }) => to.startsWith('astro:'));
    expect(astro).toEqual([]);
  });
});

describe('the model is read through public APIs, and said once', () => {
  const scanned = ['src', 'admin', 'functions', 'bench'].flatMap((dir) => filesUnder(join(ROOT, dir)));

  it("never reaches into zod's internals", () => {
    expect(scanned.filter((file) => readFileSync(file, 'utf8').includes('_zod')).map(rel)).toEqual([]);
  });

  it('writes the Content-Security-Policy in one module', () => {
    const policies = [...scanned, join(ROOT, 'netlify.toml'), join(ROOT, 'astro.config.mjs')]
      .filter((file) => /default-src\s/.test(readFileSync(file, 'utf8')))
      .map(rel);
    expect(policies).toEqual(['src/lib/security-headers.ts']);
  });
});
