/**
 * Scheduled every Monday at 06:00 UTC (07:00 in Belgium in winter, 08:00 in summer): queues the weekly
 * follow-up mail for each coordinator (functions/_shared/digest.ts), once per week; send-mail delivers it.
 * Logs counts only.
 */
import type { Config } from '@netlify/functions';
import { siteContent } from './_shared/content';
import { queueWeeklyDigest } from './_shared/digest';
import { deliverAfterResponse } from './_shared/mail-queue';
import { empty } from './_shared/http';

/** The site's address for the links: Netlify's URL (the main domain), else the address this ran on. */
const siteUrl = (req: Request) => (process.env.URL || new URL(req.url).origin).replace(/\/+$/, '');

export default async (req: Request): Promise<Response> => {
  const programmes = siteContent().programmes;
  const name = (id: string) => {
    const p = programmes.get(id);
    return p ? `${p.label} (${p.municipality})` : id;
  };
  const result = await queueWeeklyDigest(new Date(), siteUrl(req), name);
  if (result.alreadyRan) {
    console.log(`[weekly-digest] deze week al verstuurd: niets in de wachtrij gezet`);
    return empty(204);
  }
  deliverAfterResponse(result.ids);
  console.log(`[weekly-digest] ${result.mails} mail(s) voor ${result.coordinators} coördinator(en) in de wachtrij`);
  return empty(204);
};

export const config: Config = { schedule: '0 6 * * 1' };
