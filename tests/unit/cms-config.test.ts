/**
 * The CMS and the content model agree field by field. admin/config.ts derives the Decap fields from
 * the zod schemas; this test checks the result against an independent reading of the same schemas
 * (zod's own JSON Schema export): names, required/optional, types, allowed values, patterns, list
 * minimums and reference targets. It also checks that every field carries a Dutch label and hint in its
 * schema and that the CMS shows exactly those words, that the
 * CMS writes where the build reads, and that what the pre-save step lets through, the schemas accept.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { cmsConfig, type DecapField } from '../../admin/config';
import { pruneEmpty, validateEntry } from '../../admin/validate';
import { FORMATS, frontmatterFormat, yamlFormat } from '../../admin/formats';
import { readAllContent } from '../../src/lib/content-files';
import { COLLECTIONS, FOLDER_COLLECTIONS, extensionOf, schemaOf, type CollectionName } from '../../src/schemas/collections';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  format?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  reference?: string;
  default?: unknown;
  title?: string;
  hint?: string;
};

const config = cmsConfig();
const collectionsByName = new Map<string, Record<string, any>>(config.collections.map((c) => [c.name, c as Record<string, any>]));
const fieldsOf = (name: string): DecapField[] => {
  const c = collectionsByName.get(name)!;
  return (c.fields ?? c.files[0].fields) as DecapField[];
};
const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Compares one object's properties with the Decap fields, recursing into objects and lists. */
function compare(
  collection: string,
  node: JsonSchema,
  fields: DecapField[],
  path: string[],
  parentRequired: boolean,
  problems: string[],
) {
  const where = (name: string) => `${collection}.${[...path, name].join('.')}`;
  const schemaNames = Object.keys(node.properties ?? {});
  const cmsNames = fields.map((f) => f.name).filter((n) => !(path.length === 0 && n === 'body'));
  for (const name of schemaNames) if (!cmsNames.includes(name)) problems.push(`${where(name)}: in het schema, niet in het CMS`);
  for (const name of cmsNames) if (!schemaNames.includes(name)) problems.push(`${where(name)}: in het CMS, niet in het schema`);

  for (const field of fields) {
    const prop = node.properties?.[field.name];
    if (!prop) continue;
    const id = where(field.name);
    const required = parentRequired && (node.required ?? []).includes(field.name) && prop.type !== 'boolean';
    if (Boolean(field.required) !== required) problems.push(`${id}: verplicht in schema=${required}, CMS=${field.required}`);
    if (!prop.title || !prop.hint) problems.push(`${id}: het schema geeft geen Nederlands label of hint (.meta)`);
    if (field.label !== prop.title) problems.push(`${id}: label "${field.label}" is niet het label uit het schema`);
    if ((field.hint ?? undefined) !== prop.hint) problems.push(`${id}: hint is niet de hint uit het schema`);

    const expectSame = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${id}: ${what} schema=${JSON.stringify(a)} CMS=${JSON.stringify(b)}`);
    };
    const leaf = (p: JsonSchema & { editor?: string }, f: Record<string, any>) => {
      if (p.editor === 'hidden') {
        expectSame('widget', 'hidden', f.widget);
      } else if (p.reference) {
        expectSame('widget', 'relation', f.widget);
        expectSame('verwijst naar', p.reference, f.collection);
        expectSame('waarde', '{{slug}}', f.value_field);
      } else if (p.enum) {
        expectSame('widget', 'select', f.widget);
        expectSame('keuzes', p.enum, f.options.map((o: { value: string }) => o.value));
      } else if (p.type === 'string') {
        const media = p.pattern?.startsWith('^\\/media\\/');
        if (media) expectSame('widget', true, ['image', 'file'].includes(f.widget));
        else {
          expectSame('widget', true, ['string', 'text'].includes(f.widget));
          if (p.pattern) expectSame('patroon', p.pattern, f.pattern?.[0]);
          if (p.format === 'email') expectSame('e-mailpatroon', true, new RegExp(f.pattern?.[0]).test('naam@vvsg.be') && !new RegExp(f.pattern?.[0]).test('geen-adres'));
          if (p.format === 'uri') expectSame('url-patroon', true, new RegExp(f.pattern?.[0]).test('https://www.vvsg.be/') && !new RegExp(f.pattern?.[0]).test('www.vvsg.be'));
          if (!p.pattern && !p.format) expectSame('patroon', undefined, f.pattern);
        }
      } else if (p.type === 'number' || p.type === 'integer') {
        expectSame('widget', 'number', f.widget);
        expectSame('geheel getal', p.type === 'integer', f.value_type === 'int');
        // .int() alone implies the safe-integer range, which is no limit worth showing an editor.
        const limit = (n?: number) => (n !== undefined && Math.abs(n) === Number.MAX_SAFE_INTEGER ? undefined : n);
        expectSame('minimum', limit(p.minimum), f.min);
        expectSame('maximum', limit(p.maximum), f.max);
      } else if (p.type === 'boolean') {
        expectSame('widget', 'boolean', f.widget);
        expectSame('standaard', p.default, f.default);
      } else if (p.format === 'date') {
        expectSame('widget', 'datetime', f.widget);
        expectSame('opslagformaat', 'YYYY-MM-DD', f.format);
      } else problems.push(`${id}: onverwacht type ${p.type}`);
    };

    if (prop.type === 'object') {
      expectSame('widget', 'object', field.widget);
      compare(collection, prop, field.fields as DecapField[], [...path, field.name], required, problems);
    } else if (prop.type === 'array') {
      expectSame('minimum aantal', prop.minItems, field.min);
      const items = prop.items!;
      if (items.type === 'object') {
        expectSame('widget', 'list', field.widget);
        compare(collection, items, field.fields as DecapField[], [...path, field.name], true, problems);
      } else if (items.enum || items.reference) {
        expectSame('meerdere', true, field.multiple);
        leaf(items, field);
      } else {
        expectSame('widget', 'list', field.widget);
        leaf(items, field.field as Record<string, any>);
      }
    } else leaf(prop, field);
  }
}

describe('CMS-configuratie volgt het inhoudsmodel', () => {
  test.each(Object.keys(COLLECTIONS))('%s: velden, woorden, verplicht, types, keuzes en patronen', (name) => {
    const problems: string[] = [];
    compare(name, jsonSchema(schemaOf(name as CollectionName)), fieldsOf(name), [], true, problems);
    expect(problems).toEqual([]);
  });

  test('het CMS schrijft waar de build leest: elke collectie van het register, in haar map en formaat', () => {
    expect([...collectionsByName.keys()]).toEqual(Object.keys(COLLECTIONS));
    const content = readAllContent();
    for (const name of FOLDER_COLLECTIONS) {
      const c = collectionsByName.get(name)!;
      expect(c.folder).toBe(`content/${COLLECTIONS[name].folder}`);
      expect(`.${c.extension}`).toBe(extensionOf(name));
      expect(c.format).toBe(extensionOf(name) === '.md' ? FORMATS.frontmatter : FORMATS.yaml);
      // The folder holds the entries the site is built from.
      expect(readdirSync(c.folder).filter((f: string) => f.endsWith(`.${c.extension}`)).length).toBe(content[name].length);
    }
    const settings = collectionsByName.get('settings')!;
    expect(settings.files[0].file).toBe(`content/${COLLECTIONS.settings.file}`);
    expect(existsSync(settings.files[0].file)).toBe(true);
  });

  test('productie: Nederlands, git-gateway met redactionele workflow, media in public/media', () => {
    expect(config.locale).toBe('nl');
    expect(config.backend.name).toBe('git-gateway');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.media_folder).toBe('public/media');
    expect(config.public_folder).toBe('/media');
  });

  test('Nederlandse keuzelabels voor thema en soort', () => {
    const theme = fieldsOf('lessons').find((f) => f.name === 'theme') as Record<string, any>;
    expect(theme.options.find((o: { value: string }) => o.value === 'werving').label).toBe('Werving');
    const kind = fieldsOf('lessons').find((f) => f.name === 'kind') as Record<string, any>;
    expect(kind.options.map((o: { label: string }) => o.label)).toEqual(['Succesfactor', 'Valkuil of uitdaging']);
  });
});

describe('bestandsformaat van het CMS', () => {
  // Saving an entry must not reformat it: the CMS reads and writes every content file unchanged.
  test.each([
    ['practices', frontmatterFormat],
    ['handbooks', frontmatterFormat],
    ['municipalities', yamlFormat],
    ['lessons', yamlFormat],
    ['templates', frontmatterFormat],
  ] as const)('%s: lezen en opnieuw schrijven verandert niets', (dir, format) => {
    const files = readdirSync(join('content', dir));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const source = readFileSync(join('content', dir, name), 'utf8');
      const written = format.toFile(format.fromFile(source));
      // Flow lists ([a, b]) come back as block lists; everything else byte for byte.
      if (/^\w+: \[/m.test(source)) expect(format.fromFile(written), name).toEqual(format.fromFile(source));
      else expect(written, name).toBe(source);
    }
  });

  test('velden in de volgorde van het formulier, lange regels niet geplooid', () => {
    const long = 'woord '.repeat(40).trim();
    const text = frontmatterFormat.toFile({ body: '\nTekst\n', summary: long, title: 'T' }, ['title', 'summary', 'body']);
    expect(text).toBe(`---\ntitle: T\nsummary: ${long}\n---\n\nTekst\n`);
    expect(frontmatterFormat.fromFile(text)).toEqual({ title: 'T', summary: long, body: '\nTekst\n' });
  });
});

describe('wat het CMS bewaart, aanvaardt de build', () => {
  const practice = {
    title: 'Testpraktijk',
    summary: 'Een korte samenvatting.',
    categories: ['Taalbeleid'],
    goals: ['Een doel'],
    targetGroups: ['Nieuwkomers'],
    policyDomains: ['Taalbeleid'],
    // Decap's datetime widget with format YYYY-MM-DD writes a plain string.
    updated: '2026-11-22',
    body: 'Tekst',
  };

  test('lege optionele velden, lege lijsten en een leeg optioneel object verdwijnen', () => {
    const saved = pruneEmpty({
      ...practice,
      coordinatorTasksIntro: '',
      lessonsContext: '   ',
      coordinatorTasks: [],
      successFactors: ['Een factor', ''],
      image: { src: '', alt: '', credit: '' },
      resources: [{ label: 'Bron', url: '', description: '', publisher: '', handbook: '' }],
    });
    expect(saved).toEqual({ ...practice, coordinatorTasks: [], successFactors: ['Een factor'], resources: [{ label: 'Bron' }] });
    expect(validateEntry('practices', saved)).toEqual([]);
    expect((schemaOf('practices').parse(saved) as { updated: Date }).updated).toEqual(new Date('2026-11-22'));
  });

  test('een beeld zonder alternatieve tekst wordt geweigerd, met het veld in het Nederlands', () => {
    const saved = pruneEmpty({ ...practice, image: { src: '/media/foto.jpg', alt: '' } });
    expect(validateEntry('practices', saved)).toEqual([expect.stringMatching(/^Beeld › Alternatieve tekst: /)]);
  });

  test('een nieuwe gemeente zonder buddywerkingen, en een met één', () => {
    const municipality = {
      name: 'Testgem',
      province: 'Limburg',
      postalCode: '3999',
      coordinates: { lat: 51.1, lon: 5.3 },
      currentMunicipality: '',
      programmes: [],
    };
    expect(validateEntry('municipalities', pruneEmpty(municipality))).toEqual([]);
    const withProgramme = pruneEmpty({
      ...municipality,
      programmes: [
        {
          slug: 'samen-op-pad',
          name: '',
          practice: 'buddywerking',
          description: [],
          startYear: '',
          facts: [],
          partners: [],
          targetGroup: '',
          funding: { name: '', from: '', to: '' },
          contacts: [{ label: 'Contact', url: '', email: '', phone: '' }],
          links: [],
          acceptsSignups: false,
          coordinatorEmail: '',
        },
      ],
    });
    expect(validateEntry('municipalities', withProgramme)).toEqual([]);
    const badMonth = { ...withProgramme, programmes: [{ ...withProgramme.programmes[0], funding: { name: 'AMIF', from: '2021-13' } }] };
    expect(validateEntry('municipalities', badMonth)).toEqual([
      'Buddywerkingen 1 › Financiering › Van (maand): Geef een maand als JJJJ-MM',
    ]);
  });

  test('een les zonder bron wordt geweigerd', () => {
    const lesson = { statement: 'Zorg voor een startmoment', kind: 'succesfactor', theme: 'matching', practices: [], handbooks: [], municipalities: [] };
    expect(validateEntry('lessons', lesson)).toEqual([expect.stringContaining('minstens één bron')]);
  });

  test('alle bestaande inhoud slaagt voor de controle van het CMS', () => {
    const all = readAllContent();
    const problems = Object.entries(all).flatMap(([collection, files]) =>
      files.flatMap((file) => validateEntry(collection, file.data).map((p) => `${file.file}: ${p}`)),
    );
    expect(problems).toEqual([]);
    const settings = JSON.parse(readFileSync(join('content', 'settings', 'site.json'), 'utf8'));
    expect(validateEntry('settings', settings)).toEqual([]);
    const templates = readdirSync('content/templates').filter((f) => f.endsWith('.md'));
    expect(templates.length).toBeGreaterThan(0);
  });
});
