/**
 * What the build adds around Astro's pages, as an Astro integration (astro.config.mjs):
 * - after `astro build`: Netlify's `_headers` file from the one policy module, and the functions'
 *   manifest with the pages they fill in (the shell page then leaves the published folder);
 * - in `astro dev`: the same manifest (pages fetched from the dev server once it listens) and the same
 *   headers, with development's few extra sources, so development looks like production.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { signupFormUrl } from './format';
import { localePath } from './i18n';
import { ADMIN_CSP, PUBLIC_CSP, devPolicy, headerRules, headersFile } from './security-headers';
import { SHELL_PATH } from './site-manifest';
import { builtHtml, capturePages, contentManifest, manifestDirOf, removeShellFromSite, writeManifest } from './site-manifest-build';

/** The form pages and the shell, fetched from the running dev server (what the build would have written). */
async function devPages(base: string, paths: string[]): Promise<[string, string][]> {
  const pages: [string, string][] = [];
  for (const path of paths) {
    const response = await fetch(new URL(path, base));
    if (response.ok) pages.push([path, await response.text()]);
  }
  return pages;
}

export function buildIntegration(options: { decapServerPort: string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'buddywerking:build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = capturePages(builtHtml(dist));
        removeShellFromSite(dist);
        const manifestDir = manifestDirOf(root);
        writeManifest(manifestDir, { ...contentManifest(join(root, 'content')), pages });
        const topLevel = readdirSync(dist, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
        // Pagefind writes its index after this hook (npm run build): its folder gets the rule already.
        if (!topLevel.some((e) => e.name === 'pagefind')) topLevel.push({ name: 'pagefind', folder: true });
        writeFileSync(join(dist, '_headers'), headersFile(headerRules(topLevel)));
        logger.info(`manifest voor de functies in ${manifestDir} (${Object.keys(pages).length} pagina's), _headers geschreven`);
      },
      'astro:server:setup': ({ server }) => {
        // Netlify's emulation applies netlify.toml's and a previous build's _headers; development
        // replaces each Content-Security-Policy with the same policy plus what Vite needs, and lets
        // the CMS reach decap-server on its own port.
        server.middlewares.use((req, res, next) => {
          const admin = req.url?.startsWith('/admin') ?? false;
          const policy = admin
            ? devPolicy(ADMIN_CSP, [`http://127.0.0.1:${options.decapServerPort}`, `http://localhost:${options.decapServerPort}`])
            : devPolicy(PUBLIC_CSP);
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            name.toLowerCase() === 'content-security-policy' ? setHeader(name, policy) : setHeader(name, value);
          res.setHeader('Content-Security-Policy', policy);
          next();
        });
      },
      'astro:server:start': async ({ address, logger }) => {
        const manifestDir = manifestDirOf(root);
        const content = contentManifest(join(root, 'content'));
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const base = `http://${host === '::' || host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
        const signupForms = content.programmes
          .filter((p) => p.acceptsSignups)
          .flatMap((p) => content.languages.flatMap(({ language }) => (['buddy', 'newcomer'] as const).map((role) => localePath(language.tag, signupFormUrl(p.id, role)))));
        const formPaths = ['/praktijk-indienen/', '/wijziging-doorgeven/', ...signupForms];
        // The content part at once (the functions can check sign-ups), the pages once the server answers.
        writeManifest(manifestDir, { ...content, pages: {} });
        devPages(base, [SHELL_PATH, ...formPaths])
          .then((pages) => writeManifest(manifestDir, { ...content, pages: capturePages(pages) }))
          .then(() => logger.info(`manifest voor de functies in ${manifestDir}`))
          .catch((error: Error) => logger.error(`manifest voor de functies niet geschreven: ${error.message}`));
      },
    },
  };
}
