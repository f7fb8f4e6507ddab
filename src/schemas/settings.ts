/** Site-wide settings, one file (content/settings/site.json) editable in the CMS. */
import { z } from 'astro/zod';
import { emailAddress, text } from './common';
import { words } from './meta';

export const settingsSchema = z.object({
  /** Site name in the header and page titles. */
  siteName: text('De naam van de site').meta(words({ title: 'Naam van de site', hint: 'In de kop en de paginatitels.' })),
  /** Short tagline under the name. */
  tagline: z
    .string()
    .optional()
    .meta(words({ title: 'Ondertitel', hint: 'Korte zin onder de naam (optioneel).' })),
  /** General contact address (from the cards: "Mail samenleven@vvsg.be"). */
  contactEmail: emailAddress().meta(words({ title: 'Algemeen contactadres', hint: 'Bv. samenleven@vvsg.be.' })),
  /** Address for privacy questions and requests to see or delete data. */
  privacyEmail: emailAddress().meta(
    words({
      title: 'Privacy-contactadres',
      hint: 'Voor vragen over privacy en verzoeken om gegevens in te zien of te wissen.',
    }),
  ),
  /** Organisation responsible for the site. */
  publisher: text('De uitgever').meta(words({ title: 'Uitgever', hint: 'Organisatie die verantwoordelijk is voor de site.' })),
  /** Invitation on every card to submit a missing practice. */
  submitPracticeText: text('De tekst').meta(
    words({
      title: 'Oproep nieuwe praktijk',
      hint: 'Tekst op elke praktijkfiche om een ontbrekende praktijk in te sturen.',
      multiline: true,
    }),
  ),
  /** Invitation on every card to send a correction. */
  feedbackText: text('De tekst').meta(
    words({ title: 'Oproep correctie', hint: 'Tekst op elke praktijkfiche om een correctie door te geven.', multiline: true }),
  ),
  /** Extra line in the footer. */
  footerText: z
    .string()
    .optional()
    .meta(words({ title: 'Voettekst', hint: 'Extra regel onderaan elke pagina (optioneel).' })),
});
export type SettingsData = z.infer<typeof settingsSchema>;
