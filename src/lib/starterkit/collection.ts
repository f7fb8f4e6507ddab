/** Astro side of the starter kit: the templates collection and the generic kit, generated once per build. */
import { getCollection } from 'astro:content';
import { buildKit, byOrder, kitDocuments, type StarterTemplate } from './kit';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let templates: Promise<StarterTemplate[]> | undefined;
export function loadTemplates(): Promise<StarterTemplate[]> {
  templates ??= getCollection('templates').then((entries) =>
    entries.map((entry) => ({ id: entry.id, ...entry.data, body: entry.body ?? '' })).sort(byOrder),
  );
  return templates;
}

let generic: Promise<{ documents: Map<string, Uint8Array>; zip: Uint8Array }> | undefined;
/** The generic kit: what the .docx and .zip endpoints serve and the sizes the starter-kit page shows. */
export function genericKit() {
  generic ??= loadTemplates().then(async (list) => ({
    documents: new Map(await kitDocuments(list)),
    zip: await buildKit(list),
  }));
  return generic;
}

/** "9 kB" for a link text; at least 1. */
export const formatSize = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nl-BE')} kB`;
