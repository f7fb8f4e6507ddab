/** Translations of the way in are content: complete, named after their tag, and made from today's Dutch. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files';
import { validateFile } from '../../src/lib/validate-content';
import { fill, fromTranslation, outdatedKeys, outdatedTemplateTexts, templateText, untranslatedTemplateTexts } from '../../src/lib/i18n';
import { answersInFormOrder, EVALUATION_TEMPLATE, evaluationSections, evaluationTexts } from '../../src/lib/evaluation-form';
import { durationText, frequencyText } from '../../src/lib/duo-terms';
import { contentManifest } from '../../src/lib/site-manifest-build';
import { DUTCH_STRINGS, UI_KEYS, translationSchema } from '../../src/schemas/ui-strings';

const files = readAllContent().translations;
const evaluationBody = readAllContent().templates.find((t) => t.id === EVALUATION_TEMPLATE)!.body ?? '';
const dutchTexts = evaluationTexts(evaluationBody);

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

  describe('of the starter kit (the mid-term evaluation form)', () => {
    it('cover every template text in every language, made from today\'s Dutch, placeholders kept', () => {
      expect(dutchTexts).toContain('Hoe vaak zien jullie elkaar?');
      expect(dutchTexts).toContain('Afgesproken: {{frequentie}}.');
      expect(dutchTexts).toContain('Gaat wel');
      for (const file of files) {
        const data = translationSchema.parse(file.data);
        expect(untranslatedTemplateTexts(file.id, data, dutchTexts), file.id).toEqual([]);
        expect(outdatedTemplateTexts(data, dutchTexts), file.id).toEqual([]);
        for (const t of data.templateTexts) {
          for (const placeholder of t.source.match(/\{\{\w+\}\}/g) ?? []) expect(t.text, `${file.id}: ${t.source}`).toContain(placeholder);
        }
      }
    });

    it('a missing one names the language and the Dutch text, and fails the build', () => {
      const data = translationSchema.parse(files.find((f) => f.id === 'ar')!.data);
      const lacking = { ...data, templateTexts: data.templateTexts.filter((t) => t.source !== 'Gaat wel') };
      expect(untranslatedTemplateTexts('ar', lacking, dutchTexts)).toEqual(['content/translations/ar.yaml: de sjabloontekst "Gaat wel" is niet vertaald']);
      expect(() => templateText(fromTranslation('ar', lacking), 'Gaat wel')).toThrow('content/translations/ar.yaml: de sjabloontekst "Gaat wel" is niet vertaald');
    });

    it('a changed Dutch template text flags its translation as outdated', () => {
      const data = translationSchema.parse(files.find((f) => f.id === 'fr')!.data);
      const changed = dutchTexts.map((t) => (t === 'Ons contact' ? 'Ons contact met elkaar' : t));
      expect(outdatedTemplateTexts(data, changed)).toEqual(['Ons contact']);
      expect(untranslatedTemplateTexts('fr', data, changed)).toEqual(['content/translations/fr.yaml: de sjabloontekst "Ons contact met elkaar" is niet vertaald']);
    });

    it('translate the form after the placeholders are filled; the values and the posted choices stay as they are', () => {
      const ar = fromTranslation('ar', translationSchema.parse(files.find((f) => f.id === 'ar')!.data));
      const sections = evaluationSections(evaluationBody, { frequentie: '2 keer per maand' }, (dutch) => templateText(ar, dutch));
      const dutch = evaluationSections(evaluationBody, { frequentie: '2 keer per maand' });
      expect(sections[0].intro).toEqual(['المتفق عليه: 2 keer per maand.']);
      const contact = sections.flatMap((s) => s.questions).find((q) => q.kind === 'choice')!;
      expect(contact).toMatchObject({ label: 'تواصلنا', options: ['Goed', 'Gaat wel', 'Niet goed'], optionLabels: ['جيد', 'مقبول', 'غير جيد'] });
      expect(sections.flatMap((s) => s.questions).map((q) => q.name)).toEqual(dutch.flatMap((s) => s.questions).map((q) => q.name));
    });

    it('never says a section heading again as the label of its question, in Dutch or a translation', () => {
      const ar = fromTranslation('ar', translationSchema.parse(files.find((f) => f.id === 'ar')!.data));
      for (const sections of [evaluationSections(evaluationBody), evaluationSections(evaluationBody, {}, (dutch) => templateText(ar, dutch))]) {
        for (const s of sections) for (const q of s.questions) expect(q.label, s.heading).not.toBe(s.heading);
      }
      // "## Wat hebben jullie samen gedaan?" then two blank lines: one answer, named by its heading.
      const done = evaluationSections(evaluationBody).find((s) => s.heading === 'Wat hebben jullie samen gedaan?')!;
      expect(done.questions).toEqual([{ kind: 'long', name: 'q2', label: '' }]);
    });

    it('put stored answers in the form\'s order; answers to questions no longer in it come last', () => {
      const stored = { 'Vervoer?': 'Met de fiets.', 'Wat loopt goed?': 'a', 'Tips voor de werking': 'b', 'Wat loopt minder goed?': 'c', 'Hoe loopt het? · Ons contact': 'Goed', 'Oud?': 'd' };
      expect(answersInFormOrder(evaluationSections(evaluationBody), stored).map(([key]) => key)).toEqual([
        'Hoe loopt het? · Ons contact',
        'Wat loopt goed?',
        'Wat loopt minder goed?',
        'Tips voor de werking',
        'Vervoer?',
        'Oud?',
      ]);
    });

    it('say the agreed frequency and duration (words the site makes) in the reader\'s language', () => {
      const ar = fromTranslation('ar', translationSchema.parse(files.find((f) => f.id === 'ar')!.data)).strings;
      const fr = fromTranslation('fr', translationSchema.parse(files.find((f) => f.id === 'fr')!.data)).strings;
      expect([frequencyText(2), durationText(6), frequencyText(null), durationText(null)]).toEqual(['2 keer per maand', '6 maanden', 'in onderling overleg', 'geen vaste einddatum']);
      expect([frequencyText(2, ar), durationText(6, ar)]).toEqual(['2 مرات في الشهر', '6 أشهر']);
      expect([frequencyText(2, fr), durationText(null, fr)]).toEqual(['2 fois par mois', 'sans date de fin fixe']);
    });

    it('the build stops on an untranslated template text, naming the language and the text', () => {
      expect(() => contentManifest(join(process.cwd(), 'content'))).not.toThrow();
      const root = mkdtempSync(join(tmpdir(), 'translations-'));
      try {
        cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
        const file = join(root, 'content', 'translations', 'tr.yaml');
        const yaml = readFileSync(file, 'utf8');
        const entry = '  - source: "Gaat wel"\n    text: "İdare eder"\n';
        expect(yaml).toContain(entry);
        writeFileSync(file, yaml.replace(entry, ''));
        expect(() => contentManifest(join(root, 'content'))).toThrow('content/translations/tr.yaml: de sjabloontekst "Gaat wel" is niet vertaald');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });
});
