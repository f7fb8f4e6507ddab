/** /rss.xml: the practice cards, most recently updated first, so followers see changes to the database. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSettings, loadContent } from '../lib/content';
import { practiceUrl } from '../lib/format';

export const GET: APIRoute = async ({ site }) => {
  const [{ practices }, settings] = await Promise.all([loadContent(), getSettings()]);
  const newestFirst = [...practices].sort(
    (a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title, 'nl'),
  );
  return rss({
    title: `${settings.siteName}: bijgewerkte praktijken`,
    description: settings.tagline ?? `Praktijkdatabank van ${settings.publisher}`,
    site: site!,
    customData: '<language>nl-be</language>',
    items: newestFirst.map((practice) => ({
      title: practice.data.title,
      link: practiceUrl(practice.id),
      pubDate: practice.data.updated,
      description: practice.data.summary,
      categories: [...practice.data.categories, ...practice.data.policyDomains],
    })),
  });
};
