/** /data/draaiboeken.json: every handbook, report and case study (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { handbookRecords, jsonResponse } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { handbooks } = await loadContent();
  return jsonResponse(handbookRecords(handbooks, site!));
};
