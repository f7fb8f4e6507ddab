/** Scheduled daily: the retention purge (functions/_shared/purge.ts). Logs counts only, never personal data. */
import type { Config } from '@netlify/functions';
import { purge } from './_shared/purge';

export default async (): Promise<Response> => {
  const deleted = await purge();
  console.log(`[purge] verwijderd: ${JSON.stringify(deleted)}`);
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@daily' };
