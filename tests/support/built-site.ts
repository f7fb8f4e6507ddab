/**
 * What the e2e tests of the built site with its functions share: a functions environment (database, and
 * an SMTP server unless `smtp: false`), the functions reading the manifest the build under test wrote,
 * the site and functions on one origin, and Chromium. `close()` stops them in reverse order.
 */
import type { Browser } from 'playwright-core';
import { clearContentCache } from '../../functions/_shared/content';
import { launchBrowser } from './browser';
import { startFunctionsEnv, type FunctionsEnv } from './functions-env';
import { BUILT_MANIFEST, SITE_DIST } from './site';
import { serveSiteWithFunctions } from './site-with-functions';

export interface BuiltSite {
  env: FunctionsEnv;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBuiltSite(options: { smtp?: boolean } = {}): Promise<BuiltSite> {
  const env = await startFunctionsEnv(options);
  process.env.SITE_MANIFEST_DIR = BUILT_MANIFEST;
  clearContentCache();
  const site = await serveSiteWithFunctions(SITE_DIST).catch(async (error) => {
    await env.close();
    throw error;
  });
  const browser = await launchBrowser().catch(async (error) => {
    await site.close();
    await env.close();
    throw error;
  });
  return {
    env,
    url: site.url,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
      await env.close();
    },
  };
}
