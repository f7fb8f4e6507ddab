/** Each template as a .docx, generated at build time by the same code as the personalised kit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { docxName } from '../../lib/starterkit/kit';
import { DOCX_MIME, genericKit, loadTemplates } from '../../lib/starterkit/collection';

export const getStaticPaths = (async () =>
  (await loadTemplates()).map((template) => ({ params: { file: template.fileName }, props: { name: docxName(template) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = (await genericKit()).documents.get(props.name as string);
  if (!bytes) throw new Error(`Geen document ${props.name}`);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': DOCX_MIME } });
};
