/** /data/praktijken.csv: one row per practice card (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { csvResponse, practiceColumns, practiceRecords, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { practices, municipalities } = await loadContent();
  return csvResponse(toCsv(practiceColumns(), practiceRecords(practices, municipalities, site!)));
};
