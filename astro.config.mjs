// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { buildIntegration } from './src/lib/build-integration';
import { uncheckedLanguageTags } from './src/lib/site-manifest-build';
import { ALLOWED_MEDIA_EXTENSIONS, checkMediaFolder } from './src/lib/media-guard';

// Pages in a language nobody has checked yet are noindex: the sitemap leaves them out too.
const unchecked = uncheckedLanguageTags('./content').map((tag) => `/${tag}/`);

const isDev = process.argv.includes('dev');

/**
 * public/media/ is served on the site's own origin: the build stops on any file there that is not an
 * image, PDF or office document (see src/lib/media-guard.ts).
 */
const mediaGuard = {
  name: 'buddywerking:media-guard',
  hooks: {
    'astro:config:setup': () => {
      const problems = checkMediaFolder('public/media');
      if (problems.length > 0) {
        throw new Error(
          `Niet toegelaten bestanden in public/media/ (alleen ${ALLOWED_MEDIA_EXTENSIONS.join(', ')}):\n${problems.join('\n')}`,
        );
      }
    },
  },
};

/** Netlify's own emulation of Functions, Blobs and Database, only for `astro dev` (see README). */
async function netlifyDevPlugins() {
  if (!isDev) return [];
  const { default: netlify } = await import('@netlify/vite-plugin');
  const { devDatabase } = await import('./scripts/dev-database.mjs');
  const { withExactFunctionBodies } = await import('./scripts/dev-function-bodies.mjs');
  // devDatabase comes after netlify(): it migrates and seeds the local database netlify() started.
  // withExactFunctionBodies: an uploaded file reaches a function byte for byte, as on Netlify.
  return [...withExactFunctionBodies(netlify({ edgeFunctions: { enabled: false } })), devDatabase()];
}

export default defineConfig({
  // Netlify sets URL in production; locally the preview address keeps sitemap and feed absolute.
  site: process.env.URL ?? 'http://localhost:4321',
  // In dev, Astro answers paths without a trailing slash with its own 404 before Netlify's function
  // emulation sees them (POST /api/signup); the built site's links all end in a slash either way.
  trailingSlash: isDev ? 'ignore' : 'always',
  // Tests and benchmarks build into their own folder so they never clash with `dist/`.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mediaGuard,
    mdx(),
    sitemap({
      filter: (page) =>
        !page.includes('/admin') &&
        !page.includes('/coordinator') &&
        !page.includes('/functiepagina') &&
        !unchecked.some((prefix) => new URL(page).pathname.startsWith(prefix)),
    }),
    // _headers and the functions' manifest (src/lib/build-integration.ts); scripts/dev.mjs passes the CMS port.
    buildIntegration({ decapServerPort: process.env.PUBLIC_DECAP_SERVER_PORT ?? '8081' }),
  ],
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: await netlifyDevPlugins(),
    // Astro inlines small <script>s as inline modules, which the CSP (script-src 'self') blocks: never
    // inline JavaScript; other assets keep Vite's default size rule (undefined).
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
});
