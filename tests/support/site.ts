/** The built site under test: `dist/` from `npm run build`, or SITE_DIST. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic, type StaticServer } from './static-server';

export const SITE_DIST = resolve(process.env.SITE_DIST ?? 'dist');

export async function serveBuiltSite(): Promise<StaticServer> {
  if (!existsSync(resolve(SITE_DIST, 'index.html'))) {
    throw new Error(`Geen gebouwde site in ${SITE_DIST}: run eerst 'npm run build'`);
  }
  return serveStatic(SITE_DIST);
}
