/** Small building blocks reused by several content schemas. */
import { z } from 'astro/zod';
import { words, type FieldWords, type TechnicalMeta } from './meta';

/** Non-empty text after trimming; the message names what is missing. */
export const text = (what: string) => z.string().trim().min(1, `${what} mag niet leeg zijn`);

/** A string that must match a pattern; the message also goes to the CMS's own check. */
export const patterned = (pattern: RegExp, message: string) =>
  z.string().regex(pattern, message).meta({ patternMessage: message } satisfies TechnicalMeta);

const WEB_ADDRESS_MESSAGE = 'Geef een volledig webadres (https://…)';
/** An absolute http(s) address. */
export const webAddress = () =>
  z.url({ protocol: /^https?$/, message: WEB_ADDRESS_MESSAGE }).meta({ patternMessage: WEB_ADDRESS_MESSAGE } satisfies TechnicalMeta);

const EMAIL_MESSAGE = 'Geef een geldig e-mailadres';
/** An e-mail address in content (not typed by the public: see form-fields.ts for that). */
export const emailAddress = () =>
  z.email({ message: EMAIL_MESSAGE }).meta({ patternMessage: EMAIL_MESSAGE } satisfies TechnicalMeta);

/** A date written as YYYY-MM-DD in the files, a Date in the site. */
export const dateField = () =>
  z.coerce.date({ message: 'Geef een datum als JJJJ-MM-DD' }).meta({ format: 'date' } satisfies TechnicalMeta);

/** A file editors upload: it lives under /media/. */
export const mediaPath = (kind: 'image' | 'file', message: string) =>
  patterned(/^\/media\/[\w./-]+$/, message).meta({ format: kind === 'image' ? 'media-image' : 'media-file' } satisfies TechnicalMeta);

/** A link that may not have a target yet: the sources give many labels without one. */
export const linkSchema = z.object({
  /** What the reader sees, e.g. "Artikel in het stadsmagazine". */
  label: text('Het label').meta(words({ title: 'Label', hint: 'Wat de lezer ziet, bv. "Artikel in het stadsmagazine".' })),
  /** Absolute http(s) address; left out when the source gives none (never invented). */
  url: webAddress()
    .optional()
    .meta(
      words({
        title: 'Webadres',
        hint: 'Volledig adres dat begint met https://. Laat leeg als de bron geen adres geeft: verzin er geen.',
      }),
    ),
});
export type Link = z.infer<typeof linkSchema>;

/** A way to reach someone; every channel is optional because the sources mostly give only a label. */
export const contactSchema = z.object({
  /** Label from the source, e.g. "Contact coördinator buddywerkingen OCMW". */
  label: text('Het label').meta(words({ title: 'Label', hint: 'Bv. "Contact coördinator buddywerkingen OCMW".' })),
  /** Web page or contact form. */
  url: webAddress().optional().meta(words({ title: 'Webpagina of formulier', hint: 'Volledig adres (https://…).' })),
  /** E-mail address, only where the source gives one. */
  email: emailAddress().optional().meta(words({ title: 'E-mailadres', hint: 'Alleen als de bron er een geeft.' })),
  /** Phone number as written in the source, e.g. "09/389.68.10". */
  phone: patterned(/^[0-9+][0-9 ./-]{6,}$/, 'Geef een telefoonnummer met alleen cijfers, spaties, punten, / of -')
    .meta({ format: 'phone' } satisfies TechnicalMeta)
    .optional()
    .meta(words({ title: 'Telefoon', hint: 'Zoals in de bron, bv. "09/389.68.10".' })),
});
export type Contact = z.infer<typeof contactSchema>;

/** An image with the alt text WCAG requires and the credit the source names. */
export const imageSchema = z.object({
  /** Path under /media/, e.g. "/media/mechelen-samen-inburgeren.png". */
  src: mediaPath('image', 'Het beeld moet in /media/ staan').meta(
    words({ title: 'Afbeelding', hint: 'Kies of upload een beeld; het komt in /media/ te staan.' }),
  ),
  /** Describes what the image shows, for people who cannot see it. */
  alt: text('De alternatieve tekst').meta(
    words({ title: 'Alternatieve tekst', hint: 'Verplicht bij een beeld: beschrijf wat erop staat voor wie het niet kan zien.' }),
  ),
  /** Photographer or owner, e.g. "Foto Stad Mechelen - Samen Inburgeren". */
  credit: z.string().optional().meta(words({ title: 'Fotograaf of bron', hint: 'Bv. "Foto Stad Mechelen - Samen Inburgeren".' })),
});

/** A list that may be empty (the files may leave it out), with its words. */
export const listOf = <T extends z.ZodType>(item: T, fieldWords: FieldWords) => z.array(item).default([]).meta(fieldWords);
