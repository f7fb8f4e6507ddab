/** /data/lessen.json: every success factor and pitfall with its sources (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { jsonResponse, lessonRecords } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { lessons } = await loadContent();
  return jsonResponse(lessonRecords(lessons, site!));
};
