/** The whole generic kit as one zip (read-me and every .docx); also the no-JavaScript answer of the form. */
import type { APIRoute } from 'astro';
import { genericKit } from '../../lib/starterkit/collection';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array((await genericKit()).zip), { headers: { 'Content-Type': 'application/zip' } });
