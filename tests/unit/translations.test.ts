/** Translations of the way in are content: complete, named after their tag, and made from today's Dutch. */
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files';
import { validateFile } from '../../src/lib/validate-content';
import { fill, fromTranslation, outdatedKeys } from '../../src/lib/i18n';
import { DUTCH_STRINGS, UI_KEYS, translationSchema } from '../../src/schemas/ui-strings';

const files = readAllContent().translations;

describe('translations', () => {
  it('are valid content files, one per language, named after their tag', () => {
    expect(files.length).toBe(7);
    for (const file of files) {
      expect(validateFile(file), file.file).toEqual([]);
      expect(() => fromTranslation(file.id, translationSchema.parse(file.data))).not.toThrow();
    }
  });

  it('fail the build with the language and the key when a text is missing', () => {
    const file = files.find((f) => f.id === 'ar')!;
    const strings = { ...(file.data.strings as Record<string, unknown>) };
    delete strings.finder_title;
    expect(validateFile({ ...file, data: { ...file.data, strings } })).toEqual([
      'content/translations/ar.yaml: strings.finder_title: finder_title: de vertaling ontbreekt',
    ]);
  });

  it('were each made from the Dutch text the site shows today (a changed Dutch text needs a new translation)', () => {
    const outdated = files.flatMap((f) => outdatedKeys(translationSchema.parse(f.data)).map((key) => `${f.id}: ${key}`));
    expect(outdated).toEqual([]);
    const changed = { ...translationSchema.parse(files[0].data) };
    changed.strings = { ...changed.strings, finder_button: { text: 'Search', source: 'Zoek' } };
    expect(outdatedKeys(changed)).toEqual(['finder_button']);
  });

  it('keep every {value} of the Dutch text', () => {
    for (const file of files) {
      const { strings } = fromTranslation(file.id, translationSchema.parse(file.data));
      for (const key of UI_KEYS) {
        const values = Object.fromEntries([...DUTCH_STRINGS[key].matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'x']));
        expect(() => fill(strings[key], values), `${file.id}: ${key}`).not.toThrow();
        for (const name of Object.keys(values)) expect(strings[key], `${file.id}: ${key}`).toContain(`{${name}}`);
      }
    }
  });
});
