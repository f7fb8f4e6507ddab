/** The built site under test: `dist/` from `npm run build`, or SITE_DIST. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';

export const SITE_DIST = resolve(process.env.SITE_DIST ?? 'dist');
/** What the same build wrote for the functions (src/lib/site-manifest.ts); read before any test changes the variable. */
export const BUILT_MANIFEST = resolve(process.env.SITE_MANIFEST_DIR ?? 'site-manifest');

export async function serveBuiltSite(): Promise<StaticServer> {
  if (!existsSync(resolve(SITE_DIST, 'index.html'))) {
    throw new Error(`Geen gebouwde site in ${SITE_DIST}: run eerst 'npm run build'`);
  }
  return serveStatic(SITE_DIST);
}

export interface BuiltSite {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * Serves the built site and opens Chromium on it for the tests of one file; closes both afterwards.
 * The fields are filled in beforeAll, so read them inside tests.
 */
export function useBuiltSite(options: { javaScriptEnabled?: boolean } = {}): BuiltSite {
  const site = {} as BuiltSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveBuiltSite();
    site.url = server.url;
    site.browser = await launchBrowser();
    site.context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
    site.page = await site.context.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
