import { describe, expect, it } from 'vitest';
import { readAllContent, type ContentFile } from '../../src/lib/content-files';
import { validateContent, validateFile } from '../../src/lib/validate-content';

const content = readAllContent();
const practice = content.practices.find((p) => p.id === 'buddywerking')!;
const municipality = content.municipalities.find((m) => m.id === 'sint-truiden')!;

/** A copy of a real file with one change, to show what an editor's mistake produces. */
function broken(file: ContentFile, change: (data: any) => void): ContentFile {
  const data = structuredClone(file.data);
  change(data);
  return { ...file, data };
}

describe('the real content', () => {
  it('validates against the content model with every reference resolving', () => {
    expect(validateContent(content)).toEqual([]);
  });

  it('has every collection filled', () => {
    for (const [collection, files] of Object.entries(content)) expect(files.length, collection).toBeGreaterThan(0);
  });
});

describe('broken content is rejected naming file and field', () => {
  it('a practice without goals', () => {
    const errors = validateFile(broken(practice, (d) => (d.goals = [])));
    expect(errors).toEqual(['content/practices/buddywerking.md: goals: Geef minstens één doel']);
  });

  it('a category outside the vocabulary', () => {
    const [error] = validateFile(broken(practice, (d) => (d.categories = ['Sport'])));
    expect(error).toMatch(/^content\/practices\/buddywerking\.md: categories\[0\]: /);
  });

  it('an updated date that is not a date', () => {
    const [error] = validateFile(broken(practice, (d) => (d.updated = 'gisteren')));
    expect(error).toBe('content/practices/buddywerking.md: updated: Geef een datum als JJJJ-MM-DD');
  });

  it('a postal code of the wrong length and an invented e-mail address that is not one', () => {
    const errors = validateFile(
      broken(municipality, (d) => {
        d.postalCode = '380';
        d.programmes[0].contacts = [{ label: 'Contact', email: 'niet-een-adres' }];
      }),
    );
    expect(errors).toEqual([
      'content/municipalities/sint-truiden.yaml: postalCode: Geef een postcode van vier cijfers',
      'content/municipalities/sint-truiden.yaml: programmes[0].contacts[0].email: Geef een geldig e-mailadres',
    ]);
  });

  it('a programme pointing at a practice that does not exist', () => {
    const edited = broken(municipality, (d) => (d.programmes[0].practice = 'bestaat-niet'));
    const errors = validateContent({ ...content, municipalities: [edited] });
    expect(errors).toContain(
      'content/municipalities/sint-truiden.yaml: veld "programmes[0].practice" verwijst naar "bestaat-niet" maar practices/bestaat-niet bestaat niet',
    );
  });

  it('a lesson without any source', () => {
    const lesson = content.lessons[0];
    const errors = validateFile(broken(lesson, (d) => Object.assign(d, { practices: [], handbooks: [], municipalities: [] })));
    expect(errors).toEqual([`${lesson.file}: practices: Een les heeft minstens één bron (praktijk, draaiboek of gemeente)`]);
  });
});
