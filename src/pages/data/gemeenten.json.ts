/** /data/gemeenten.json: every municipality with its programmes nested (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { jsonResponse, municipalityRecords } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { municipalities } = await loadContent();
  return jsonResponse(municipalityRecords(municipalities, site!));
};
