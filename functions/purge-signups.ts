/** Scheduled daily: the retention purge (functions/_shared/purge.ts). Logs counts only, never personal data. */
import type { Config } from '@netlify/functions';
import { purge } from './_shared/purge';
import { empty } from './_shared/http';

export default async (): Promise<Response> => {
  const deleted = await purge();
  console.log(`[purge] verwijderd: ${JSON.stringify(deleted)}`);
  return empty(204);
};

export const config: Config = { schedule: '@daily' };
