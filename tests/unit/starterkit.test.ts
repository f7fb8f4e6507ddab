import { afterEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildKit, fillTemplate, kitFileName, README_NAME, templateDocx, docxName } from '../../src/lib/starterkit/kit';
import { parseTemplate, plainText } from '../../src/lib/starterkit/markdown';
import { PLACEHOLDERS, placeholdersIn, type PlaceholderValues } from '../../src/lib/starterkit/placeholders';
import { readTemplates } from '../../src/lib/starterkit/read-templates';
import { headingsOf, paragraphsOf, documentXml } from '../support/docx';

const templates = readTemplates();
const LOCAL: PlaceholderValues = {
  gemeente: 'Sint-Truiden',
  programma: 'Samen op pad',
  coordinator: 'Coördinator Testnaam',
  contact: 'buddy@example.org',
  duur: '6 maanden',
  frequentie: '2 keer per maand',
};
const headingsOfTemplate = (body: string, level: number) =>
  parseTemplate(body).flatMap((b) => (b.type === 'heading' && b.level === level ? [plainText(b.content)] : []));

describe('starter-kit content', () => {
  it('has the seven templates of the issue, each with its own file name and position', () => {
    expect(templates.map((t) => t.fileName).sort()).toEqual(
      ['afsprakenkader', 'checklist-coordinator', 'handelingsplan', 'intake-buddy', 'intake-deelnemer', 'tussentijdse-evaluatie', 'vrijwilligersovereenkomst'],
    );
    expect(new Set(templates.map((t) => t.order)).size).toBe(templates.length);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s declares exactly the placeholders it uses', (_, t) => {
    const used = placeholdersIn(`${t.title}\n${t.summary}\n${t.body}`);
    expect(used.filter((key) => !(key in PLACEHOLDERS))).toEqual([]);
    expect([...used].sort()).toEqual([...t.placeholders].sort());
  });

  it('covers what the sources ask of each template', () => {
    const headings = Object.fromEntries(templates.map((t) => [t.fileName, headingsOfTemplate(t.body, 2)]));
    expect(headings.handelingsplan).toEqual(expect.arrayContaining(['Partijen', 'Doelen per levensdomein', 'Afgesproken taken van de buddy', 'Wat de buddy niet overneemt', 'Evaluatiemomenten', 'Afronding']));
    expect(headings.vrijwilligersovereenkomst).toEqual(expect.arrayContaining(['Doel en juridisch statuut van de organisatie', 'Verzekering', 'Vergoedingen', 'Discretie en privacy', 'Duur', 'Contactpersoon', 'Einde van de overeenkomst']));
    expect(headings.afsprakenkader).toEqual(expect.arrayContaining(['Wat een buddy is', 'Wat een buddy niet is', 'Grenzen', 'Contact en privacy', 'Als het niet goed loopt']));
    expect(headings['checklist-coordinator']).toEqual(['Werving', 'Intake', 'Matching', 'Startmoment', 'Opvolging en vorming', 'Groepsactiviteiten', 'Afronding']);
    const plan = templates.find((t) => t.fileName === 'handelingsplan')!.body;
    expect(plan).toContain('De buddy neemt geen taken over van de maatschappelijk werker');
  });
});

describe('markdown subset', () => {
  it('parses headings, lists, checklists, tables and form lines', () => {
    const blocks = parseTemplate(
      ['## Kop', '', 'Tekst met **vet**', 'op twee regels.', '', '- a', '- b', '', '1. een', '2. twee', '', '- [ ] taak', '', '| A | B |', '|---|---|', '| x | |', '', 'Naam: ____', '____'].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'checklist', 'table', 'field', 'field']);
    expect(blocks[1]).toEqual({ type: 'paragraph', content: [{ text: 'Tekst met ' }, { text: 'vet', bold: true }, { text: ' op twee regels.' }] });
    expect(blocks[3]).toMatchObject({ ordered: true, items: [[{ text: 'een' }], [{ text: 'twee' }]] });
    expect(blocks[5]).toEqual({ type: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: 'x' }], []]] });
    expect(blocks[6]).toEqual({ type: 'field', label: [{ text: 'Naam:' }] });
    expect(blocks[7]).toEqual({ type: 'field', label: [] });
  });

  it('fills placeholders after parsing, so a value is literal text', () => {
    const t = { id: 't', title: 'Plan {{gemeente}}', summary: 's', order: 1, fileName: 't', placeholders: ['gemeente' as const], body: '| Gemeente |\n|---|\n| {{gemeente}} |' };
    const filled = fillTemplate(t, { gemeente: '**A** | B\nC' });
    expect(filled.title).toBe('Plan **A** | B C');
    expect(filled.blocks).toEqual([{ type: 'table', header: [[{ text: 'Gemeente' }]], rows: [[[{ text: '**A** | B C' }]]] }]);
    expect(fillTemplate(t).title).toBe('Plan [naam gemeente]');
  });
});

describe('docx generator', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.TZ;
  });

  it.each(templates.map((t) => [t.fileName, t] as const))('%s.docx has the title and every heading as Word headings', async (_, t) => {
    const docx = await templateDocx(t);
    expect(headingsOf(docx, 1)).toEqual([t.title]);
    expect(headingsOf(docx, 2)).toEqual(headingsOfTemplate(t.body, 2));
    expect(headingsOf(docx, 2).length).toBeGreaterThan(0);
    const core = strFromU8(unzipSync(docx)['docProps/core.xml']);
    expect(core).toContain(`<dc:title>${t.title.replace(/'/g, '&apos;')}</dc:title>`);
    expect([...core.matchAll(/<dcterms:(?:created|modified)[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['1980-01-01T00:00:00Z', '1980-01-01T00:00:00Z']);
  });

  it('writes tables, numbered lists and form lines as Word structures', async () => {
    const plan = templates.find((t) => t.fileName === 'handelingsplan')!;
    const xml = documentXml(await templateDocx(plan));
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="underscore"\/>/);
    const afspraken = documentXml(await templateDocx(templates.find((t) => t.fileName === 'afsprakenkader')!));
    expect(afspraken).toContain('<w:numPr>');
  });

  it('gives the same bytes whatever the clock and time zone say', async () => {
    const t = templates[0];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
    process.env.TZ = 'Pacific/Auckland';
    const first = await buildKit(templates, LOCAL);
    const firstDoc = await templateDocx(t);
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    process.env.TZ = 'America/Los_Angeles';
    const second = await buildKit(templates, LOCAL);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await templateDocx(t)).equals(Buffer.from(firstDoc))).toBe(true);
  });
});

describe('the kit', () => {
  it('holds a read-me and every template, generic with the bracketed hints', async () => {
    const files = unzipSync(await buildKit(templates));
    expect(Object.keys(files)).toEqual([README_NAME, ...[...templates].sort((a, b) => a.order - b.order).map(docxName)]);
    const readme = strFromU8(files[README_NAME]);
    for (const t of templates) expect(readme).toContain(docxName(t));
    const plan = paragraphsOf(files['handelingsplan.docx']).map((p) => p.text).join('\n');
    expect(plan).toContain('[naam gemeente]');
  });

  it('fills every placeholder in a personalised kit', async () => {
    const files = unzipSync(await buildKit(templates, LOCAL));
    expect(strFromU8(files[README_NAME])).toContain('Sint-Truiden');
    for (const t of templates) {
      const xml = documentXml(files[docxName(t)]);
      const text = paragraphsOf(files[docxName(t)]).map((p) => p.text).join('\n');
      expect(xml, t.fileName).not.toContain('{{');
      for (const { fallback } of Object.values(PLACEHOLDERS)) expect(text, t.fileName).not.toContain(fallback);
      for (const key of t.placeholders) expect(text, `${t.fileName}: ${key}`).toContain(LOCAL[key]);
    }
  });

  it('names a personalised kit after its municipality', () => {
    expect(kitFileName({})).toBe('starterkit-buddywerking.zip');
    expect(kitFileName({ gemeente: ' Sint-Truiden ' })).toBe('starterkit-buddywerking-sint-truiden.zip');
    expect(kitFileName({ gemeente: 'Zoutleeuw – Léau!' })).toBe('starterkit-buddywerking-zoutleeuw-leau.zip');
  });
});
