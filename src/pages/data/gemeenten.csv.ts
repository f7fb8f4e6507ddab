/** /data/gemeenten.csv: one row per programme, the municipality's columns repeated (see /open-data/). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content';
import { csvResponse, municipalityColumns, municipalityRecords, municipalityRows, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { municipalities } = await loadContent();
  return csvResponse(toCsv(municipalityColumns(), municipalityRows(municipalityRecords(municipalities, site!))));
};
