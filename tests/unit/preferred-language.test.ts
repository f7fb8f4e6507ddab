import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../src/lib/i18n';

const site = new Set(['nl', 'en', 'fr', 'ar', 'uk', 'ru', 'tr', 'prs']);

describe('the language a browser asks for, among the site\'s', () => {
  it('takes the first the site has, by weight, matching on the first subtag', () => {
    expect(preferredLanguage('ar-MA,ar;q=0.9,nl;q=0.5', site)).toBe('ar');
    expect(preferredLanguage('de-DE,de;q=0.9,uk;q=0.8,en;q=0.7', site)).toBe('uk');
    expect(preferredLanguage('en;q=0.4, tr;q=0.8', site)).toBe('tr');
    expect(preferredLanguage('FR-be', site)).toBe('fr');
  });

  it('reads Persian as Dari', () => {
    expect(preferredLanguage('fa-AF,fa;q=0.9', site)).toBe('prs');
    expect(preferredLanguage('fa', site)).toBe('prs');
  });

  it('is none for no header, a language the site lacks, a wildcard or weight 0', () => {
    expect(preferredLanguage(null, site)).toBeUndefined();
    expect(preferredLanguage('', site)).toBeUndefined();
    expect(preferredLanguage('de-DE,de;q=0.9', site)).toBeUndefined();
    expect(preferredLanguage('*', site)).toBeUndefined();
    expect(preferredLanguage('ar;q=0', site)).toBeUndefined();
  });
});
