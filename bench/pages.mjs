// Page weight per page type and the cost of a first search, measured in Debian's Chromium against the
// built site served like Netlify (tests/support/static-server.ts, netlify.toml headers).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTs } from './ts.mjs';

/** One representative URL per page type, found in the built site. */
export function pageTypes(dist) {
  const first = (folder, depth) => {
    const files = readdirSync(join(dist, folder), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('index.html') && f.split('/').length === depth + 1 && !f.startsWith('provincie/'))
      .sort();
    return files[0] ? `/${folder}/${files[0].replace(/index\.html$/, '')}` : undefined;
  };
  return Object.fromEntries(
    Object.entries({
      home: '/',
      practice: first('praktijken', 1),
      municipality: first('gemeenten', 1),
      search: '/zoeken/',
      signup: first('aanmelden', 2),
      signupForm: first('aanmelden', 3),
    }).filter(([, url]) => url),
  );
}

const KIND = { document: 'html', stylesheet: 'css', script: 'js' };

/** Everything the browser fetches for `url`, by kind, raw and gzip bytes. */
async function measure(browser, url, { settle } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (settle) await settle(page);
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({
      url: new URL(response.url()).pathname,
      kind: KIND[response.request().resourceType()] ?? (response.url().endsWith('.wasm') ? 'wasm' : 'other'),
      raw: body.length,
      gzip: gzipSync(body).length,
    });
  }
  await context.close();
  return files;
}

const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);

/** The first programme's newcomer form in every language built (Dutch at its path, the others under /<tag>/). */
export function signupFormPaths(dist) {
  const signup = pageTypes(dist).signup;
  if (!signup) return {};
  const form = `${signup}deelnemer/`;
  const tags = readdirSync(dist).filter((dir) => /^[a-z]{2,3}$/.test(dir) && existsSync(join(dist, dir, form, 'index.html')));
  return Object.fromEntries([['nl', form], ...tags.sort().map((tag) => [tag, `/${tag}${form}`])]);
}

/** HTML, CSS and JS (raw and gzip) of a page as Chromium loads it, and the scripts it ran. */
function weightOf(files) {
  const byKind = (kind) => files.filter((f) => f.kind === kind);
  const weight = {
    requests: files.length,
    ...Object.fromEntries(['html', 'css', 'js'].map((kind) => [kind, { raw: sum(byKind(kind), 'raw'), gzip: sum(byKind(kind), 'gzip') }])),
    scripts: byKind('js').map((f) => f.url),
  };
  weight.totalGzip = weight.html.gzip + weight.css.gzip + weight.js.gzip;
  return weight;
}

/** `baseUrl` serves `dist`. */
export async function measurePages(dist, baseUrl) {
  const { launchBrowser } = await loadTs('tests/support/browser.ts');
  const server = { url: baseUrl };
  const browser = await launchBrowser();
  try {
    const weight = {};
    for (const [type, path] of Object.entries(pageTypes(dist))) {
      weight[type] = { path, ...weightOf(await measure(browser, server.url + path)) };
    }
    // The sign-up form in every language (issue 12: at most 15 KB gzip of script in each).
    const signupLanguages = {};
    for (const [tag, path] of Object.entries(signupFormPaths(dist))) {
      signupLanguages[tag] = { path, ...weightOf(await measure(browser, server.url + path)) };
    }

    const pagefindDir = join(dist, 'pagefind');
    const indexFiles = readdirSync(pagefindDir, { recursive: true }).map(String).filter((f) => statSync(join(pagefindDir, f)).isFile());
    const query = 'buddy';
    const searchFiles = await measure(browser, `${server.url}/zoeken/?q=${query}`, {
      settle: async (page) => {
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
      },
    });
    const fetched = searchFiles.filter((f) => f.url.startsWith('/pagefind/'));
    const search = {
      indexFiles: indexFiles.length,
      indexBytes: indexFiles.reduce((n, f) => n + statSync(join(pagefindDir, f)).size, 0),
      query,
      firstQuery: { requests: fetched.length, raw: sum(fetched, 'raw'), gzip: sum(fetched, 'gzip') },
    };
    return { weight, signupLanguages, search };
  } finally {
    await browser.close();
  }
}
