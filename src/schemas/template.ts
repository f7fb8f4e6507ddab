/** A starter-kit template (sjabloon): Markdown that the build turns into a .docx and a printable page. */
import { z } from 'astro/zod';
import { text } from './common';
import { PLACEHOLDER_KEYS } from '../lib/starterkit/placeholders';

export const templateSchema = z.object({
  /** Title of the document, e.g. "Handelingsplan"; may hold placeholders such as {{programma}}. */
  title: text('De titel'),
  /** One or two sentences: what the template is for; shown in the list and the read-me. */
  summary: text('De samenvatting'),
  /** Position in the kit and on the starter-kit page (1 comes first). */
  order: z.number({ message: 'Geef een volgnummer' }).int().min(1),
  /** File name of the .docx without extension: lowercase letters, digits and hyphens, e.g. "handelingsplan". */
  fileName: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en koppeltekens'),
  /** Placeholders the body uses, e.g. gemeente for {{gemeente}}; the personalisation form fills them in. */
  placeholders: z.array(z.enum(PLACEHOLDER_KEYS)).default([]),
});
export type TemplateData = z.infer<typeof templateSchema>;
