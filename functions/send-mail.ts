/**
 * Scheduled every 5 minutes: sends queued mails that are due (new ones whose send after the response
 * did not finish, and retries with backoff). A configuration error in production is logged loudly by
 * the queue and shown to administrators on /coordinator/beheer.
 */
import type { Config, Context } from '@netlify/functions';
import { deliver } from './_shared/mail-queue';
import { empty } from './_shared/http';

export default async (_req: Request, context?: Context): Promise<Response> => {
  let total = { sent: 0, failed: 0 };
  // Batches until nothing is due, so a backlog after an outage drains in one run.
  for (let round = 0; round < 20; round++) {
    const result = await deliver({ context });
    total = { sent: total.sent + result.sent, failed: total.failed + result.failed };
    if (result.sent === 0) break;
  }
  console.log(`[send-mail] verstuurd: ${total.sent}, mislukt: ${total.failed}`);
  return empty(204);
};

export const config: Config = { schedule: '*/5 * * * *' };
