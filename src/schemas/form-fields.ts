/**
 * Building blocks for the public forms (sign-up, practice submission, correction). Each takes the
 * field's Dutch label once: it becomes the field's title (`.meta`, read by the form renderer) and the
 * start of every error message, so a reader (and a screen reader) knows which field is wrong.
 */
import { z } from 'astro/zod';
import { labelledEnum, type TechnicalMeta } from './meta';
import { PHONE_DIGITS, phoneProblem, type PhoneProblem } from './phone-number';

// In the browser, zod would probe `new Function` when the form schemas below are created; the public
// pages' CSP has no 'unsafe-eval', so the probe is reported as a violation. The interpreter needs no
// eval. This module is imported by every form schema, so it runs before any of them is built.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Version (date) of the privacy notice the forms refer to; change it when /privacy/ changes. */
export const PRIVACY_NOTICE_VERSION = '2026-11-23';

/**
 * Characters nobody types on purpose. Multi-line text refuses C0 controls (but tab and line breaks),
 * DEL and C1 controls. Single-line text (names, addresses: they end up in mail headers and CSV rows)
 * also refuses line breaks, the bidirectional overrides and isolates that can make a name read
 * backwards (U+202A–U+202E, U+2066–U+2069), and invisible U+200B, U+2060 and U+FEFF. The joiners
 * U+200C and U+200D stay allowed: Persian and Dari names need them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const SINGLE_LINE_REFUSED = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

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
    .refine((v) => !(multiline ? CONTROL : SINGLE_LINE_REFUSED).test(v), {
      message: `${label}: gebruik geen onzichtbare stuurtekens${multiline ? '' : ' of regeleindes'}`,
      params: { kind: 'control' },
    });
}

const titled = (label: string, multiline = false) => ({ title: label, ...(multiline && { multiline: true as const }) });

/** Required text. */
export const requiredText = (label: string, options: TextOptions) =>
  baseText(label, options)
    .refine((v) => v.length > 0, { message: `${label}: ${options.missing}`, params: { kind: 'missing' } })
    .meta(titled(label, options.multiline));

/** Optional text: an empty field (as a form sends it) counts as not filled in. */
export const optionalText = (label: string, options: Omit<TextOptions, 'missing'>) =>
  baseText(label, { ...options, missing: 'vul tekst in of laat het veld leeg' })
    .optional()
    .transform((v) => (v ? v : undefined))
    .meta(titled(label, options.multiline));

export const emailField = (label = 'E-mailadres') =>
  z
    .string({ error: `${label}: vul je e-mailadres in` })
    .trim()
    .max(254, `${label}: gebruik hoogstens 254 tekens`)
    .pipe(z.email({ error: `${label}: geef een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be` }))
    .meta({ title: label, format: 'email' } satisfies TechnicalMeta & { title: string });

/** An e-mail address a person may leave empty (the sign-up asks for an address or a phone number). */
export const optionalEmailField = (label = 'E-mailadres') => {
  const email = z.email();
  return z
    .string({ error: `${label}: geef een e-mailadres of laat het veld leeg` })
    .trim()
    .max(254, `${label}: gebruik hoogstens 254 tekens`)
    .refine((v) => v === '' || email.safeParse(v).success, {
      message: `${label}: geef een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be`,
      params: { kind: 'format' },
    })
    .optional()
    .transform((v) => (v ? v : undefined))
    .meta({ title: label, format: 'email' } satisfies TechnicalMeta & { title: string });
};

/** What the Dutch message says per problem (the sign-up takes its words per language from ui-strings). */
const PHONE_MESSAGES: Record<PhoneProblem, string> = {
  format: 'gebruik alleen cijfers, spaties, +, /, . of -',
  tooShort: `dit nummer heeft te weinig cijfers (minstens ${PHONE_DIGITS.min}); geef je volledige nummer, bijvoorbeeld 0470 12 34 56`,
  tooLong: `dit nummer heeft te veel cijfers (hoogstens ${PHONE_DIGITS.max}); geef één nummer, bijvoorbeeld 0470 12 34 56`,
};

/** An optional phone number; each problem (characters, too few or too many digits) has its own message. */
export const phoneField = (label = 'Telefoonnummer') =>
  z
    .string({ error: `${label}: geef een telefoonnummer of laat het veld leeg` })
    .trim()
    .superRefine((v, context) => {
      const kind = v === '' ? undefined : phoneProblem(v);
      if (kind) context.addIssue({ code: 'custom', message: `${label}: ${PHONE_MESSAGES[kind]}`, params: { kind } });
    })
    .optional()
    .transform((v) => (v ? v : undefined))
    .meta({ title: label, format: 'phone' } satisfies TechnicalMeta & { title: string });

/** An optional web address typed by a person: an empty field counts as not filled in. */
export const websiteField = (label: string, max = 500) =>
  z
    .string({ error: `${label}: geef een webadres of laat het veld leeg` })
    .trim()
    .max(max, `${label}: gebruik hoogstens ${max} tekens`)
    .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), { message: `${label}: geef een volledig webadres dat begint met https://`, params: { kind: 'format' } })
    .optional()
    .transform((v) => (v ? v : undefined))
    .meta({ title: label, format: 'url' } satisfies TechnicalMeta & { title: string });

/** Consent must be given explicitly; forms send "ja", JSON sends true. */
export const consentField = (label = 'Toestemming') =>
  z
    .literal(true, { error: `${label}: vink aan dat je de privacyverklaring gelezen hebt en ermee akkoord gaat` })
    .meta({ title: label });

export const privacyVersionField = (label = 'Privacyverklaring') =>
  z
    .literal(PRIVACY_NOTICE_VERSION, {
      error: `${label}: de privacyverklaring is intussen gewijzigd; herlaad de pagina en lees ze opnieuw`,
    })
    .meta({ title: label });

/** The consent every public form asks, and the version of the privacy notice it was given for. */
export const consentFields = () => ({
  /** Explicit consent to the privacy notice (must be true). */
  consent: consentField('Toestemming'),
  /** Version of the privacy notice the person agreed to. */
  privacyVersion: privacyVersionField('Privacyverklaring'),
});

/** A choice from fixed values that carry their labels; the message says what to choose. */
export const choiceField = <const L extends Record<string, string>>(label: string, labels: L, missing: string) =>
  labelledEnum(labels, `${label}: ${missing}`).meta({ title: label });

/** Identifier syntax used in URLs ("sint-truiden", "samen-op-pad"). */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** An id that must match a pattern, e.g. a programme "<gemeente>/<slug>"; `missing` when absent. */
export const idField = (label: string, pattern: RegExp, missing: string, invalid: string) =>
  z.string({ error: `${label}: ${missing}` }).regex(pattern, `${label}: ${invalid}`).meta({ title: label });

