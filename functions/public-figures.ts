/**
 * The public figures as JSON (open data): GET /api/cijfers for every programme that publishes them,
 * GET /api/cijfers/<municipality>/<programme> for one (404 when it does not publish). Read by the
 * municipality page's small script, linked from it for readers without JavaScript.
 */
import type { Config } from '@netlify/functions';
import { PUBLIC_FIGURES_PATH } from '../src/lib/public-figures';
import { DatabaseUnavailable } from './_shared/db';
import { empty, json } from './_shared/http';
import { publishedFigures } from './_shared/public-figures';

const PROGRAMME = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default async (req: Request): Promise<Response> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return empty(405, { allow: 'GET, HEAD' });
  const path = new URL(req.url).pathname.replace(/\/+$/, '');
  const programme = path === PUBLIC_FIGURES_PATH ? undefined : path.slice(PUBLIC_FIGURES_PATH.length + 1);
  if (programme !== undefined && !PROGRAMME.test(programme)) return json(404, { error: 'Deze buddywerking bestaat niet of publiceert geen cijfers.' });
  try {
    const figures = await publishedFigures(programme);
    if (programme === undefined) return json(200, figures);
    return figures.length ? json(200, figures[0]) : json(404, { error: 'Deze buddywerking publiceert geen cijfers.' });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailable)) throw error;
    console.error('[public-figures] database onbereikbaar');
    return json(503, { error: 'Even niet beschikbaar: probeer het later opnieuw.' }, { 'retry-after': '120' });
  }
};

// Literal paths: Netlify reads this object without running the module.
export const config: Config = { path: ['/api/cijfers', '/api/cijfers/*'] };
