/**
 * The migration is faithful: every municipality the sources name has an entry, and the bullets,
 * programme names, partners and contact labels of the sources appear in the content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files';

// The source documents, copied into the repository so that a clone tests itself (tests/fixtures/sources/README.md).
const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'sources');
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');
const content = readAllContent();
const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
const everything = normalise(
  Object.values(content)
    .flat()
    .map((f) => JSON.stringify(f.data) + (f.body ?? ''))
    .join(' ')
    .replace(/\\"/g, '"'),
);

/** The names under "Deze praktijk in" of a card: lines that are a name alone, before "Beleidsdomeinen". */
function municipalityNames(card: string): string[] {
  const section = card.slice(card.indexOf('Deze praktijk in'), card.indexOf('Beleidsdomeinen'));
  return section
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => /^[A-Z][\p{L}-]+( [A-Z][\p{L}-]+)*$/u.test(l) && !/^(Contact|Website|Kompaan|Buddywerking)/.test(l));
}

describe('migration of the seeds', () => {
  const card = seed('001');
  const familyCard = seed('003');
  const names = municipalityNames(card);

  it('finds the 63 names the Buddywerking card lists (it says 64)', () => {
    expect(names).toHaveLength(63);
  });

  it('has an entry for every municipality named in the seeds', () => {
    const entries = new Set(content.municipalities.map((m) => m.data.name as string));
    const expected = [...names, 'Gent', 'Kortrijk', 'Pelt', 'Sint-Truiden'];
    expect(expected.filter((name) => !entries.has(name))).toEqual([]);
    expect(content.municipalities).toHaveLength(new Set(expected).size);
  });

  it('publishes every bullet of both practice cards', () => {
    const bullets = [card, familyCard]
      .flatMap((text) => text.split('\n'))
      .filter((l) => /^\s*•/.test(l))
      .map((l) => normalise(l.replace(/^\s*•\s*/, '')))
      .filter((l) => l.length > 0);
    // Structured bullets are split into fields: "Partners: a, b" into partners, "Contact X: phone" into label and phone.
    const pieces = bullets.flatMap((b) => {
      const partners = /^Partners?: (.*)$/.exec(b);
      if (partners) return partners[1].split(/, (?![^(]*\))/).map((p) => p.replace(/,? \.\.\.$/, ''));
      const phone = /^(Contact [^:]+): ([\d/.]+?)\.?$/.exec(b);
      return phone ? [phone[1], phone[2]] : [b];
    });
    const missing = pieces.filter((b) => b !== '...' && !everything.includes(b.slice(0, 50)));
    expect(missing).toEqual([]);
  });

  it('keeps the one phone number the sources give, and invents no e-mail address or URL', () => {
    expect(everything).toContain('09/389.68.10');
    const emails = [...everything.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+/g)].map((m) => m[0]);
    expect(new Set(emails)).toEqual(new Set(emails.filter((e) => e === 'samenleven@vvsg.be')));
    const urls = [...everything.matchAll(/https?:\/\/[^\s"')]+/g)].map((m) => m[0]);
    expect(urls.every((u) => u.startsWith('https://www.odisee.be/van-buddy-tot-community'))).toBe(true);
  });

  it('publishes the local programme names', () => {
    for (const name of ['Omarmd', 'Knooppunt2GO', '2ConnectU', 'Samen Thuis', 'Vriend aan Huis', 'Miet en Griet', 'Kompaan', 'Sinimaat', 'Compagnons', 'Tandem', 'Samen op pad', 'Samen Gentenaar']) {
      expect(everything, name).toContain(name);
    }
  });
});

describe('fidelity to the sources (issue 11)', () => {
  const municipality = (name: string) => content.municipalities.find((m) => m.data.name === name)!.data as Record<string, any>;
  const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

  it('places a merged municipality in the province of the municipality it is part of now', () => {
    const provinceNow: Record<string, string> = {
      Kruisem: 'Oost-Vlaanderen',
      'Beveren-Kruibeke-Zwijndrecht': 'Oost-Vlaanderen',
      'Bilzen-Hoeselt': 'Limburg',
      'Merelbeke-Melle': 'Oost-Vlaanderen',
    };
    const merged = content.municipalities.filter((m) => m.data.currentMunicipality);
    expect(merged.length).toBeGreaterThan(0);
    for (const m of merged) expect(m.data.province, m.data.name as string).toBe(provinceNow[m.data.currentMunicipality as string]);
    expect(municipality('Zwijndrecht').province).toBe('Oost-Vlaanderen');
  });

  it("gives Lokeren's second programme and Gent's Stedelijk Opvanginitiatief as the source does", () => {
    const lokeren = municipality('Lokeren').programmes;
    expect(lokeren).toHaveLength(2);
    expect(lokeren[0].description.join(' ')).not.toContain('kwetsbare gezinnen en senioren');
    expect(lokeren[1].description[0]).toContain('In Lokeren is er ook een buddywerking voor kwetsbare gezinnen en senioren.');
    const gent = municipality('Gent').programmes;
    const samenGentenaar = gent.find((p: { name?: string }) => p.name === 'Samen Gentenaar');
    expect(samenGentenaar.description.join(' ')).not.toContain('Stedelijk Opvanginitiatief');
    const soi = gent.find((p: { name?: string }) => p.name === 'Stedelijk Opvanginitiatief');
    expect(normalise(soi.description.join(' '))).toContain(
      normalise(/Het Stedelijk Opvanginitiatief[^\n]*/.exec(seed('001'))![0]),
    );
  });

  it("does not call Asse's helpers partners", () => {
    const [asse] = municipality('Asse').programmes;
    expect(asse.partners ?? []).toEqual([]);
    expect(asse.description.join(' ')).toContain('helpen mee het project bekend maken');
  });

  it('keeps "in principe" wherever the coordinator stands outside the triangle', () => {
    const sentences = everything.split(/(?<=[.!?"])\s/).filter((s) => /niet in de driehoek/.test(s));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).toContain('in principe niet in de driehoek');
  });

  it('presents the action plan as a template based on Bocholt, without a duration in Bocholt’s name', () => {
    const plan = read('content/templates/handelingsplan.md');
    expect(plan).toContain('gebaseerd op de werkwijze van Bocholt');
    expect(plan).not.toMatch(/naar het voorbeeld van Bocholt|handelingsplan van Bocholt/);
    expect(read('src/pages/starterkit/index.astro')).not.toContain('handelingsplan van Bocholt');
    expect(read('src/schemas/placeholders.ts')).not.toContain('Bocholt');
    expect(seed('000')).toContain('Traject is onbeperkt in tijd');
  });

  it('names the insurance the law of 3 July 2005 requires: the organisation’s civil liability for damage to others', () => {
    const agreement = read('content/templates/vrijwilligersovereenkomst.md');
    expect(agreement).toContain('wet van 3 juli 2005');
    expect(agreement).toMatch(/schade die de vrijwilliger[^.]*aan anderen berokkent, is de organisatie burgerlijk aansprakelijk/);
    expect(agreement).not.toContain('aansprakelijkheid van de vrijwilliger');
  });

  it('states six months as the sources do: an example, or the duration of one named project', () => {
    const card = normalise(seed('001'));
    expect(card).toContain('bv. zes maanden');
    for (const page of ['src/pages/index.astro', 'src/pages/aanmelden/index.astro']) {
      const text = normalise(read(page));
      expect(text, page).not.toMatch(/ongeveer zes maanden/);
      expect(text, page).toMatch(/bijvoorbeeld zes maanden/);
    }
    const lesson = content.lessons.find((l) => l.id === 'zes-maanden-om-elkaar-stapsgewijs-te-leren-kennen')!;
    expect(lesson.data.statement).toMatch(/gezinsherenigers/);
  });

  it('uses one word for each thing: praktijkfiche, starterkit', () => {
    expect(everything).not.toMatch(/praktijkkaart|starterskit/i);
    expect(normalise(seed('001').replace(/\u00a0/g, ' '))).toContain('Vul dan deze fiche in');
  });

  it('writes lesson explanations as sentences, not slide notes', () => {
    for (const lesson of content.lessons) {
      const explanation = String(lesson.data.explanation ?? '');
      if (!explanation) continue;
      expect(explanation, lesson.file).toMatch(/^[A-Z\u00C0-\u017F'‘]/u);
      expect(explanation, lesson.file).toMatch(/[.!?]$/);
      expect(explanation, lesson.file).not.toMatch(/=>|\s\/\s|^\w+:|  /);
    }
  });
});
