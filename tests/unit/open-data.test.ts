import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAllContent, type ContentFile } from '../../src/lib/content-files';
import {
  DERIVED_FIELDS,
  EXPORT_COLLECTIONS,
  LIST_SEPARATOR,
  csvCell,
  fieldDocs,
  handbookRecords,
  lessonRecords,
  municipalityColumns,
  municipalityRecords,
  municipalityRows,
  practiceColumns,
  practiceRecords,
  schemaFields,
  unpublishedFields,
  toCsv,
  type ExportCollection,
  type ExportRecord,
  type SourceEntry,
} from '../../src/lib/open-data';
import { programmeSchema } from '../../src/schemas/municipality';
import { schemaOf } from '../../src/schemas/collections';
import type { z } from 'astro/zod';

/** The schema an export's records come from (programmes: one programme of a municipality). */
const EXPORT_SCHEMAS: Record<ExportCollection, z.ZodType & { shape?: object }> = {
  practices: schemaOf('practices'),
  municipalities: schemaOf('municipalities'),
  programmes: programmeSchema(),
  handbooks: schemaOf('handbooks'),
  lessons: schemaOf('lessons'),
};

const SITE = 'https://buddy.example/';

/** RFC 4180 reader, written independently of the writer it checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && source[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('CSV eindigt niet op CRLF');
  return rows;
}

const content = readAllContent();
const parsed = (files: ContentFile[], collection: ExportCollection): SourceEntry[] =>
  files.map((f) => ({ id: f.id, body: f.body, data: EXPORT_SCHEMAS[collection].parse(f.data) as Record<string, unknown> }));
const practices = parsed(content.practices, 'practices');
const municipalities = parsed(content.municipalities, 'municipalities');
const handbooks = parsed(content.handbooks, 'handbooks');
const lessons = parsed(content.lessons, 'lessons');

/** An exported record back in the schema's input form: derived fields off, null meaning "not given". */
function backToInput(record: ExportRecord, collection: ExportCollection): Record<string, unknown> {
  const derived = new Set(Object.keys(DERIVED_FIELDS[collection]));
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  return strip(Object.fromEntries(Object.entries(record).filter(([k]) => !derived.has(k)))) as Record<string, unknown>;
}

const fieldNames = (collection: ExportCollection) => [
  ...Object.keys(DERIVED_FIELDS[collection]),
  ...schemaFields(collection).map((f) => f.name),
];

describe('JSON export', () => {
  it('has content to export', () => {
    expect(practices.length).toBeGreaterThan(0);
    expect(municipalities.length).toBeGreaterThan(0);
  });

  it('gives every practice every schema field, and the values still satisfy the schema', () => {
    const records = practiceRecords(practices, municipalities, SITE);
    expect(records).toHaveLength(practices.length);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(fieldNames('practices').sort());
      expect(() => EXPORT_SCHEMAS.practices.parse(backToInput(record, 'practices'))).not.toThrow();
      expect(record.url).toBe(`${SITE}praktijken/${record.id}/`);
      expect(record.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const buddy = records.find((r) => r.id === 'buddywerking');
    expect(buddy?.municipalities).toContain('sint-truiden');
  });

  it('gives every municipality and programme every schema field except the unpublished ones', () => {
    const records = municipalityRecords(municipalities, SITE);
    const programmes = records.flatMap((r) => r.programmes as ExportRecord[]);
    expect(programmes.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(fieldNames('municipalities').sort());
      const input = backToInput(record, 'municipalities');
      (input.programmes as Record<string, unknown>[]).forEach((p) => {
        delete p.id;
        delete p.signupUrl;
      });
      expect(() => EXPORT_SCHEMAS.municipalities.parse(input)).not.toThrow();
    }
    for (const programme of programmes) {
      expect(Object.keys(programme).sort()).toEqual(fieldNames('programmes').sort());
      expect(programme).not.toHaveProperty('coordinatorEmail');
      expect(programme.signupUrl === null).toBe(programme.acceptsSignups === false);
    }
    expect(JSON.stringify(records)).not.toMatch(/coordinatorEmail/);
  });

  it('exports handbooks and lessons with every schema field', () => {
    for (const record of handbookRecords(handbooks, SITE)) {
      expect(Object.keys(record).sort()).toEqual(fieldNames('handbooks').sort());
      expect(() => EXPORT_SCHEMAS.handbooks.parse(backToInput(record, 'handbooks'))).not.toThrow();
    }
    for (const record of lessonRecords(lessons, SITE)) {
      expect(Object.keys(record).sort()).toEqual(fieldNames('lessons').sort());
      expect(() => EXPORT_SCHEMAS.lessons.parse(backToInput(record, 'lessons'))).not.toThrow();
    }
  });

  it("turns Astro's reference objects and dates into ids and YYYY-MM-DD", () => {
    const [record] = handbookRecords(
      [
        {
          id: 'x',
          data: {
            title: 'T',
            publisher: 'P',
            summary: 'S',
            kind: 'verslag',
            date: new Date('2019-06-28T00:00:00Z'),
            practices: [{ collection: 'practices', id: 'buddywerking' }],
            municipalities: [],
          },
        },
      ],
      SITE,
    );
    expect(record.practices).toEqual(['buddywerking']);
    expect(record.date).toBe('2019-06-28');
    expect(record.source).toBeNull();
    expect(record.phases).toBeNull();
  });
});

describe('field documentation', () => {
  it('describes every schema field in Dutch and documents what is left out', () => {
    const excluded = new Set(unpublishedFields().map((e) => e.field));
    for (const collection of EXPORT_COLLECTIONS) {
      for (const doc of fieldDocs(collection)) {
        expect(doc.description, `${collection}.${doc.name}`).not.toBe('');
        expect(doc.type, `${collection}.${doc.name}`).not.toMatch(/^(pipe|union|unknown|text|constant)$/);
      }
      // Every schema field is documented, none twice, and what is left out is left out on purpose.
      const documented = fieldDocs(collection).map((d) => d.name).filter((n) => !(n in DERIVED_FIELDS[collection]));
      const schemaNames = Object.keys(EXPORT_SCHEMAS[collection].shape ?? {});
      expect(documented.sort()).toEqual(schemaNames.filter((n) => !excluded.has(n)).sort());
    }
    expect(unpublishedFields()).toEqual([
      { field: 'coordinatorEmail', reason: 'het adres dat aanmeldingen ontvangt publiceren we niet' },
    ]);
  });

  it('reads types and optionality from the schema', () => {
    const docs = Object.fromEntries(fieldDocs('practices').map((d) => [d.name, d]));
    expect(docs.updated.type).toBe('datum (JJJJ-MM-DD)');
    expect(docs.categories.type).toMatch(/^lijst van één van: "Inclusieve vrije tijd"/);
    expect(docs.lessonsContext.required).toBe(false);
    expect(docs.title.required).toBe(true);
    const programme = Object.fromEntries(fieldDocs('programmes').map((d) => [d.name, d]));
    expect(programme.practice.type).toBe('id van een praktijk');
  });
});

describe('CSV export', () => {
  it('writes praktijken.csv that parses back to one row per practice', () => {
    const records = practiceRecords(practices, municipalities, SITE);
    const rows = parseCsv(toCsv(practiceColumns(), records));
    const [header, ...body] = rows;
    expect(header).toEqual(practiceColumns());
    expect(header).toContain('image.alt');
    expect(body).toHaveLength(records.length);
    const col = (name: string) => header.indexOf(name);
    for (const [i, row] of body.entries()) {
      expect(row).toHaveLength(header.length);
      expect(row[col('title')]).toBe(records[i].title);
      expect(row[col('goals')]).toBe((records[i].goals as string[]).join(LIST_SEPARATOR));
      expect(row[col('description')]).toBe(records[i].description);
    }
  });

  it('writes gemeenten.csv with one row per programme and municipalities without one kept', () => {
    const records = municipalityRecords(municipalities, SITE);
    const expected = municipalityRows(records);
    const programmeCount = records.reduce((n, r) => n + (r.programmes as unknown[]).length, 0);
    const withoutProgramme = records.filter((r) => (r.programmes as unknown[]).length === 0).length;
    expect(expected).toHaveLength(programmeCount + withoutProgramme);
    const [header, ...body] = parseCsv(toCsv(municipalityColumns(), expected));
    expect(body).toHaveLength(expected.length);
    expect(header).not.toContain('programme.coordinatorEmail');
    const col = (name: string) => header.indexOf(name);
    for (const row of body) {
      const municipality = records.find((r) => r.id === row[col('id')])!;
      expect(row[col('name')]).toBe(municipality.name);
      expect(Number(row[col('coordinates.lat')])).toBe((municipality.coordinates as { lat: number }).lat);
      if (row[col('programme.id')]) expect(row[col('programme.id')].startsWith(`${municipality.id}/`)).toBe(true);
    }
  });

  it('round-trips any text, with formulas defused', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (cells) => {
        const records = cells.map(([a, b]) => ({ a, b }));
        const [header, ...rows] = parseCsv(toCsv(['a', 'b'], records));
        expect(header).toEqual(['a', 'b']);
        rows.forEach((row, i) => {
          for (const [j, key] of (['a', 'b'] as const).entries()) {
            const original = records[i][key];
            expect(row[j]).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }
        });
      }),
    );
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("https://evil.example","klik")')).toBe(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    expect(csvCell('+32 11 22 33 44')).toBe("'+32 11 22 33 44");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(['-a', 'b'])).toBe("'-a | b");
    expect(csvCell(null)).toBe('');
  });
});
