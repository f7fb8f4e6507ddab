/** Site-wide settings, one file (content/settings/site.json) editable in the CMS. */
import { z } from 'astro/zod';
import { text } from './common';

export const settingsSchema = z.object({
  /** Site name in the header and page titles. */
  siteName: text('De naam van de site'),
  /** Short tagline under the name. */
  tagline: z.string().optional(),
  /** General contact address (from the cards: "Mail samenleven@vvsg.be"). */
  contactEmail: z.email({ message: 'Geef een geldig e-mailadres' }),
  /** Address for privacy questions and requests to see or delete data. */
  privacyEmail: z.email({ message: 'Geef een geldig e-mailadres' }),
  /** Organisation responsible for the site. */
  publisher: text('De uitgever'),
  /** Invitation on every card to submit a missing practice. */
  submitPracticeText: text('De tekst'),
  /** Invitation on every card to send a correction. */
  feedbackText: text('De tekst'),
  /** Extra line in the footer. */
  footerText: z.string().optional(),
});
export type SettingsData = z.infer<typeof settingsSchema>;
