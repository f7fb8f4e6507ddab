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
