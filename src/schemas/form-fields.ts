/**
 * Building blocks for the public forms (sign-up, practice submission, correction). Every message
 * starts with the field's Dutch label, so a reader (and a screen reader) knows which field is wrong.
 */
import { z } from 'astro/zod';

// In the browser, zod would probe `new Function` when the form schemas below are created; the public
// pages' CSP has no 'unsafe-eval', so the probe is reported as a violation. The interpreter needs no
// eval. This module is imported by every form schema, so it runs before any of them is built.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Version (date) of the privacy notice the forms refer to; change it when /privacy/ changes. */
export const PRIVACY_NOTICE_VERSION = '2026-11-22';

/** Control characters other than tab and line breaks never belong in what people type. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Single-line fields also refuse line breaks (they end up in mail headers and CSV rows). */
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F\u2028\u2029]/;

interface TextOptions {
  /** What to ask when it is empty, e.g. "vul je naam in". */
  missing: string;
  max: number;
  multiline?: boolean;
}

function baseText(label: string, { missing, max, multiline = false }: TextOptions) {
  return z
    .string({ error: `${label}: ${missing}` })
    .trim()
    .max(max, `${label}: gebruik hoogstens ${max} tekens`)
    .refine((v) => !(multiline ? CONTROL : CONTROL_OR_BREAK).test(v), `${label}: gebruik geen onzichtbare stuurtekens${multiline ? '' : ' of regeleindes'}`);
}

/** Required text. */
export const requiredText = (label: string, options: TextOptions) =>
  baseText(label, options).refine((v) => v.length > 0, `${label}: ${options.missing}`);

/** Optional text: an empty field (as a form sends it) counts as not filled in. */
export const optionalText = (label: string, options: Omit<TextOptions, 'missing'>) =>
  baseText(label, { ...options, missing: 'vul tekst in of laat het veld leeg' })
    .optional()
    .transform((v) => (v ? v : undefined));

export const emailField = (label = 'E-mailadres') =>
  z
    .string({ error: `${label}: vul je e-mailadres in` })
    .trim()
    .max(254, `${label}: gebruik hoogstens 254 tekens`)
    .pipe(z.email({ error: `${label}: geef een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be` }));

export const phoneField = (label = 'Telefoonnummer') =>
  z
    .string({ error: `${label}: geef een telefoonnummer of laat het veld leeg` })
    .trim()
    .refine((v) => v === '' || /^\+?[0-9][0-9 ./()-]{5,19}$/.test(v), `${label}: gebruik alleen cijfers, spaties, +, /, . of -`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Consent must be given explicitly; forms send "ja", JSON sends true. */
export const consentField = (label = 'Toestemming') =>
  z.literal(true, { error: `${label}: vink aan dat je de privacyverklaring gelezen hebt en akkoord gaat` });

export const privacyVersionField = (label = 'Privacyverklaring') =>
  z.literal(PRIVACY_NOTICE_VERSION, {
    error: `${label}: de privacyverklaring is intussen gewijzigd; herlaad de pagina en lees ze opnieuw`,
  });

/** Identifier syntax used in URLs ("sint-truiden", "samen-op-pad"). */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
