/** /data/praktijken.json: every practice card, all schema fields (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { jsonResponse, practiceRecords } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { practices, municipalities } = await loadContent();
  return jsonResponse(practiceRecords(practices, municipalities, site!));
};
