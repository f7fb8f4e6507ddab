/** A starter-kit template (sjabloon): Markdown that the build turns into a .docx and a printable page. */
import { z } from 'astro/zod';
import { listOf, patterned, text } from './common';
import { words } from './meta';
import { placeholderSchema } from './placeholders';

export const templateSchema = z.object({
  /** Title of the document, e.g. "Handelingsplan"; may hold placeholders such as {{programma}}. */
  title: text('De titel').meta(
    words({ title: 'Titel', hint: 'Titel van het document, bv. "Handelingsplan"; mag plaatshouders bevatten zoals {{programma}}.' }),
  ),
  /** One or two sentences: what the template is for; shown in the list and the read-me. */
  summary: text('De samenvatting').meta(
    words({ title: 'Samenvatting', hint: 'Waarvoor het sjabloon dient, in één of twee zinnen.', multiline: true }),
  ),
  /** Position in the kit and on the starter-kit page (1 comes first). */
  order: z
    .number({ message: 'Geef een volgnummer' })
    .int()
    .min(1)
    .meta(words({ title: 'Volgnummer', hint: 'Plaats in het startpakket; 1 komt eerst.' })),
  /** File name of the .docx without extension: lowercase letters, digits and hyphens, e.g. "handelingsplan". */
  fileName: patterned(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en koppeltekens').meta(
    words({
      title: 'Bestandsnaam',
      hint: 'Naam van het .docx-bestand zonder extensie: kleine letters, cijfers en koppeltekens, bv. "handelingsplan".',
    }),
  ),
  /** Placeholders the body uses, e.g. gemeente for {{gemeente}}; the personalisation form fills them in. */
  placeholders: listOf(placeholderSchema,
      words({
        title: 'Plaatshouders',
        hint: 'De plaatshouders die de tekst gebruikt; het formulier van het startpakket vult ze in.',
      }),
    ),
});
export type TemplateData = z.infer<typeof templateSchema>;
