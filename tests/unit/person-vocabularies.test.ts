/** The shared lists of the sign-up, the intake and the matching. */
import { describe, expect, it } from 'vitest';
import { AVAILABILITY, BASIC_DUTCH, DUTCH_LEVELS, LANGUAGES, availabilitySchema, languageCodeSchema } from '../../src/schemas/person-vocabularies';
import { fieldsOf } from '../../src/lib/fields';
import { z } from 'astro/zod';

describe('shared person vocabularies', () => {
  it('name each language once, by ISO 639 code, in Dutch and in the language itself', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const l of LANGUAGES) {
      expect(l.code).toMatch(/^[a-z]{2,3}$/);
      expect(l.dutch.trim()).not.toBe('');
      expect(l.own.trim()).not.toBe('');
    }
    // Every language of the way in can be chosen.
    for (const tag of ['nl', 'en', 'fr', 'ar', 'uk', 'ru', 'tr', 'prs']) expect(codes).toContain(tag);
  });

  it('carry their labels into every form and CMS built from them', () => {
    const [field] = fieldsOf(z.object({ language: languageCodeSchema, free: availabilitySchema }));
    expect(field.options?.find((o) => o.value === 'ar')?.label).toBe('Arabisch (العربية)');
    expect(field.options?.find((o) => o.value === 'nl')?.label).toBe('Nederlands');
  });

  it('cover the week in 21 day-parts and the Dutch levels in everyday words', () => {
    expect(Object.keys(AVAILABILITY)).toHaveLength(21);
    expect(AVAILABILITY['wo-nm']).toBe('woensdagnamiddag');
    expect(Object.keys(DUTCH_LEVELS)).toEqual(['geen', 'beetje', 'eenvoudig', 'goed']);
    expect(BASIC_DUTCH).toEqual(['geen', 'beetje']);
  });
});
