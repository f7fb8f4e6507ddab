/** Scheduled nightly: recomputes the public figures of the programmes that publish them. Logs a count only. */
import type { Config } from '@netlify/functions';
import { computePublicFigures } from './_shared/public-figures';
import { empty } from './_shared/http';

export default async (): Promise<Response> => {
  const programmes = await computePublicFigures(new Date());
  console.log(`[public-figures] ${programmes} buddywerking(en) publiceren cijfers`);
  return empty(204);
};

export const config: Config = { schedule: '30 2 * * *' };
