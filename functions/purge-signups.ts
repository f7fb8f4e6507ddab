/**
 * Scheduled daily: deletes sign-ups, practice submissions and corrections older than the retention
 * period (SIGNUP_RETENTION_MONTHS, default 12). Logs counts only, never personal data.
 */
import type { Config } from '@netlify/functions';
import { getStore } from '@netlify/blobs';
import { config as env } from './_shared/config';

export const STORES = ['signups', 'practice-submissions', 'feedback'] as const;

/** The moment before which records are deleted. */
export function cutoff(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

export async function purge(now = new Date()): Promise<Record<string, number>> {
  const limit = cutoff(now, env().retentionMonths).toISOString();
  const deleted: Record<string, number> = {};
  for (const name of STORES) {
    const store = getStore({ name, consistency: 'strong' });
    const { blobs } = await store.list();
    deleted[name] = 0;
    for (const { key } of blobs) {
      const record = (await store.get(key, { type: 'json' })) as { createdAt?: unknown } | null;
      // A record without a readable date is old data of unknown age: it goes too.
      if (!record || typeof record.createdAt !== 'string' || record.createdAt < limit) {
        await store.delete(key);
        deleted[name]++;
      }
    }
  }
  return deleted;
}

export default async (): Promise<Response> => {
  const deleted = await purge();
  console.log(`[purge-signups] verwijderd: ${JSON.stringify(deleted)}`);
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@daily' };
