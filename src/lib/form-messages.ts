/**
 * Error messages in the person's language, made from what went wrong (zod's issue code, or the kind
 * our own refinements name in `params.kind`) and which field: never from a Dutch message. A table in
 * the words of every language (src/schemas/ui-strings.ts, content/translations/) holds a message per
 * field and kind where a field needs its own ("error_postalCode_format"), and one per kind
 * ("error_missing") that names the field by its label in that language.
 */
import type { z } from 'astro/zod';
import { fill, type UiKey } from '../schemas/ui-strings';
import { PHONE_DIGITS } from '../schemas/phone-number';

export type IssueKind = 'missing' | 'tooShort' | 'tooLong' | 'format' | 'atLeastOne' | 'choice' | 'control';
export const ISSUE_KINDS: readonly IssueKind[] = ['missing', 'tooShort', 'tooLong', 'format', 'atLeastOne', 'choice', 'control'];
export type Words = Record<UiKey, string>;
/** What a field is, as far as messages go: text to type, a list to tick, or one choice (or box). */
export type FieldShape = 'text' | 'list' | 'choice';

/** The address a message shows as an example (one for every language: content holds no made-up address). */
export const EMAIL_EXAMPLE = 'naam@voorbeeld.be';

/** The field's label in this language: `field_<name>`, else the name itself. */
export const fieldLabel = (words: Words, field: string) => (words as Record<string, string>)[`field_${field}`] ?? field;

/** The message for a kind of problem with a field, in the language of `words` ('closed': a programme that takes no sign-ups). */
export function fieldMessage(words: Words, field: string, kind: IssueKind | 'closed', max?: number): string {
  const table = words as Record<string, string>;
  const text = table[`error_${field}_${kind}`] ?? table[`error_${kind}`];
  return fill(text, { label: fieldLabel(words, field), max: max ?? '', example: EMAIL_EXAMPLE, minDigits: PHONE_DIGITS.min, maxDigits: PHONE_DIGITS.max });
}

/** The kind of problem a zod issue is; a missing value means "tick one" for lists and choices. */
export function issueKind(issue: z.core.$ZodIssue, shape: FieldShape, given: unknown): IssueKind {
  const absent = given === undefined || given === '' || (Array.isArray(given) && given.length === 0);
  const missing: IssueKind = shape === 'list' ? 'atLeastOne' : shape === 'choice' ? 'choice' : 'missing';
  switch (issue.code) {
    case 'custom': {
      const kind = issue.params?.kind as IssueKind | undefined;
      return kind === 'missing' ? missing : (kind ?? 'format');
    }
    case 'too_small':
      return missing;
    case 'too_big':
      return 'tooLong';
    case 'invalid_value':
    case 'invalid_union':
      return absent ? missing : 'choice';
    case 'invalid_type':
      return absent ? missing : shape === 'text' ? 'format' : 'choice';
    default:
      return 'format';
  }
}

/** The maximum a too-long issue names (characters or items). */
export const issueMaximum = (issue: z.core.$ZodIssue) => (issue.code === 'too_big' ? Number(issue.maximum) : undefined);
