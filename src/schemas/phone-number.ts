/**
 * What a phone number typed on a public form must look like, in plain TypeScript (no zod): the
 * schema (function side) and the sign-up page's light script (browser side) call the same check, so
 * both say the same thing about the same number. Each problem is told apart: other characters than
 * a phone number uses, too few digits to call, or more digits than any number has.
 */

/** Digits, with spaces, dots, slashes, hyphens and brackets between them; a + only in front. */
export const PHONE_CHARACTERS = /^\+?[0-9 ./()-]+$/;
/** A character class the browser's `pattern` attribute compiles (the `v` flag wants `/ ( ) -` escaped). */
export const PHONE_PATTERN = '\\+?[0-9 .\\/\\(\\)\\-]+';
/**
 * Digits a number can have: a short Belgian landline has 9 (011 22 33 44), and nothing shorter than 7
 * can be called back; E.164 allows 15 after the country code, 17 with the "00" in front of it.
 */
export const PHONE_DIGITS = { min: 7, max: 17 } as const;
/** Room for separators around the longest number; more is not a phone number but a text. */
export const PHONE_MAX_CHARACTERS = 30;

export type PhoneProblem = 'format' | 'tooShort' | 'tooLong';

/** The problem with a typed (trimmed, non-empty) phone number, or undefined when it can be called. */
export function phoneProblem(value: string): PhoneProblem | undefined {
  if (!PHONE_CHARACTERS.test(value)) return 'format';
  const digits = value.replace(/[^0-9]/g, '').length;
  if (digits > PHONE_DIGITS.max || value.length > PHONE_MAX_CHARACTERS) return 'tooLong';
  if (digits < PHONE_DIGITS.min) return 'tooShort';
  return undefined;
}
