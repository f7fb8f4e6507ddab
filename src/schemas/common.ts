/** Small building blocks reused by several content schemas. */
import { z } from 'astro/zod';

/** Non-empty text after trimming; the message names what is missing. */
export const text = (what: string) => z.string().trim().min(1, `${what} mag niet leeg zijn`);

/** A link that may not have a target yet: the sources give many labels without one. */
export const linkSchema = z.object({
  /** What the reader sees, e.g. "Artikel in het stadsmagazine". */
  label: text('Het label'),
  /** Absolute http(s) address; left out when the source gives none (never invented). */
  url: z.url({ protocol: /^https?$/, message: 'Geef een volledig webadres (https://…)' }).optional(),
});
export type Link = z.infer<typeof linkSchema>;

/** A way to reach someone; every channel is optional because the sources mostly give only a label. */
export const contactSchema = z.object({
  /** Label from the source, e.g. "Contact coördinator buddywerkingen OCMW". */
  label: text('Het label'),
  /** Web page or contact form. */
  url: z.url({ protocol: /^https?$/, message: 'Geef een volledig webadres (https://…)' }).optional(),
  /** E-mail address, only where the source gives one. */
  email: z.email({ message: 'Geef een geldig e-mailadres' }).optional(),
  /** Phone number as written in the source, e.g. "09/389.68.10". */
  phone: z
    .string()
    .regex(/^[0-9+][0-9 ./-]{6,}$/, 'Geef een telefoonnummer met alleen cijfers, spaties, punten, / of -')
    .optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** An image with the alt text WCAG requires and the credit the source names. */
export const imageSchema = z.object({
  /** Path under /media/, e.g. "/media/mechelen-samen-inburgeren.png". */
  src: z.string().regex(/^\/media\/[\w./-]+$/, 'Het beeld moet in /media/ staan'),
  /** Describes what the image shows, for people who cannot see it. */
  alt: text('De alternatieve tekst'),
  /** Photographer or owner, e.g. "Foto Stad Mechelen - Samen Inburgeren". */
  credit: z.string().optional(),
});
