/** What people may type in the public forms: invisible controls refused with the field's name, joiners kept. */
import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from '../../src/schemas/form-fields';

const name = requiredText('Naam', { missing: 'vul je naam in', max: 120 });
const notes = optionalText('Interesses', { max: 1000, multiline: true });
const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0].message;

describe('single-line text', () => {
  const refused = [
    ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'], // bidi overrides and isolates
    '\u200B', '\u2060', '\uFEFF', // invisible spaces
    '\u0000', '\u0007', '\n', '\r', '\u001F', '\u007F', '\u0085', '\u009F', // C0, DEL, C1
    '\u2028', '\u2029',
  ];
  it.each(refused.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('refuses %s, naming the field', (_code, char) => {
    expect(message(name.safeParse(`Sara${char}Peeters`))).toBe('Naam: gebruik geen onzichtbare stuurtekens of regeleindes');
  });

  it('accepts the joiners Persian and Dari names need (U+200C, U+200D)', () => {
    for (const value of ['مهر\u200Cانگیز', 'نور\u200Dالله', 'Sara Peeters', 'Zoë D’Haese']) expect(name.safeParse(value).success, value).toBe(true);
  });
});

describe('multi-line text', () => {
  it('keeps line breaks and tabs, refuses other controls', () => {
    expect(notes.safeParse('wandelen\nkoken\tlezen').success).toBe(true);
    expect(message(notes.safeParse('wandelen\u0007'))).toBe('Interesses: gebruik geen onzichtbare stuurtekens');
    expect(message(notes.safeParse('wandelen\u0085'))).toBe('Interesses: gebruik geen onzichtbare stuurtekens');
  });
});
