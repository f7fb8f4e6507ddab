/**
 * Open data: the collections as JSON objects and CSV rows. Fields are walked along the zod schemas, so
 * every schema field appears in every export (null when empty) and the documentation page lists the
 * same fields; nothing here imports astro:content, so tests run it on the plain content files.
 */
import type { z } from 'astro/zod';
import {
  handbookSchema,
  lessonSchema,
  municipalitySchema,
  practiceSchema,
  programmeSchema,
  referencedCollection,
} from '../schemas';
import { sanitizeMarkdown } from './sanitize-html';
import { handbookUrl, lessonUrl, municipalityUrl, practiceUrl, signupUrl } from './format';
import { FIELD_DESCRIPTIONS } from './open-data-fields';
import { csvDocument, escapeCell, RFC_4180 } from './csv';

/** An entry as Astro's collections and src/lib/content-files.ts both give it. */
export interface SourceEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
export type ExportRecord = { [key: string]: Json };

/** Fields kept out of the export: addresses that receive sign-ups are not published. */
export const EXCLUDED_FIELDS: Record<string, { field: string; reason: string }[]> = {
  programmes: [{ field: 'coordinatorEmail', reason: 'het adres dat aanmeldingen ontvangt publiceren we niet' }],
};

// Schemas as seen outside Astro: references are plain ids tagged with their collection.
export const EXPORT_SCHEMAS = {
  practices: practiceSchema(),
  municipalities: municipalitySchema(),
  programmes: programmeSchema(),
  handbooks: handbookSchema(),
  lessons: lessonSchema(),
} as const;
export type ExportCollection = keyof typeof EXPORT_SCHEMAS;

type AnySchema = z.ZodType & { _zod: { def: Record<string, any> } };
const def = (schema: z.ZodType) => (schema as AnySchema)._zod.def;

/** Optional, default and similar wrappers hide the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (def(current).innerType) current = def(current).innerType;
  return current;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = def(unwrap(schema)).shape;
  if (!shape) throw new Error('Verwacht een object-schema');
  return shape;
}

/** The schema's own fields of a collection, minus the excluded ones, in schema order. */
export function schemaFields(collection: ExportCollection): [string, z.ZodType][] {
  const excluded = new Set((EXCLUDED_FIELDS[collection] ?? []).map((e) => e.field));
  return Object.entries(shapeOf(EXPORT_SCHEMAS[collection])).filter(([name]) => !excluded.has(name));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A value in its export form, guided by its schema: dates as YYYY-MM-DD, references as ids, gaps as null. */
function exportValue(schema: z.ZodType, value: unknown): Json {
  if (value === undefined || value === null) return null;
  const inner = unwrap(schema);
  const d = def(inner);
  if (referencedCollection(inner)) return typeof value === 'string' ? value : (value as { id: string }).id;
  if (d.type === 'date') return isoDate(value instanceof Date ? value : new Date(String(value)));
  if (d.type === 'array') return (value as unknown[]).map((item) => exportValue(d.element, item));
  if (d.type === 'object') {
    return Object.fromEntries(
      Object.entries(d.shape as Record<string, z.ZodType>).map(([key, field]) => [
        key,
        exportValue(field, (value as Record<string, unknown>)[key]),
      ]),
    );
  }
  return value as Json;
}

function exportFields(collection: ExportCollection, data: Record<string, unknown>): ExportRecord {
  return Object.fromEntries(schemaFields(collection).map(([name, field]) => [name, exportValue(field, data[name])]));
}

interface DerivedField {
  type: string;
  description: string;
  /** Null for some entries. */
  nullable?: boolean;
}

/** Fields the export adds to the schema's: identifiers, addresses on the site and the Markdown text. */
export const DERIVED_FIELDS: Record<ExportCollection, Record<string, DerivedField>> = {
  practices: {
    id: { type: 'tekst', description: 'Vaste sleutel van de praktijk (ook het laatste deel van de URL).' },
    url: { type: 'webadres', description: 'Adres van de praktijkfiche op deze site.' },
    description: { type: 'tekst (Markdown)', description: 'De beschrijving van de praktijk.' },
    municipalities: {
      type: 'lijst van id van een gemeente',
      description: 'De gemeenten met een buddywerking volgens deze praktijk.',
    },
  },
  municipalities: {
    id: { type: 'tekst', description: 'Vaste sleutel van de gemeente (ook het laatste deel van de URL).' },
    url: { type: 'webadres', description: 'Adres van de gemeentepagina op deze site.' },
  },
  programmes: {
    id: { type: 'tekst', description: 'Vaste sleutel van de buddywerking: "<gemeente>/<slug>".' },
    signupUrl: {
      type: 'webadres',
      description: 'Het aanmeldformulier op deze site; null als aanmelden via de site niet kan.',
      nullable: true,
    },
  },
  handbooks: {
    id: { type: 'tekst', description: 'Vaste sleutel van het draaiboek (ook het laatste deel van de URL).' },
    url: { type: 'webadres', description: 'Adres van het draaiboek op deze site.' },
    description: { type: 'tekst (Markdown)', description: 'De tekst van het draaiboek.' },
  },
  lessons: {
    id: { type: 'tekst', description: 'Vaste sleutel van de les.' },
    url: { type: 'webadres', description: 'Adres van de les op deze site.' },
  },
};

const absolute = (path: string, site: string | URL) => new URL(path, site).href;

const practiceId = (programme: Record<string, unknown>) => exportValue(EXPORT_SCHEMAS.programmes.shape.practice, programme.practice);

export function practiceRecords(practices: SourceEntry[], municipalities: SourceEntry[], site: string | URL): ExportRecord[] {
  return practices.map((practice) => ({
    id: practice.id,
    url: absolute(practiceUrl(practice.id), site),
    ...exportFields('practices', practice.data),
    description: sanitizeMarkdown(practice.body?.trim() ?? ''),
    municipalities: municipalities
      .filter((m) => programmesData(m).some((p) => practiceId(p) === practice.id))
      .map((m) => m.id),
  }));
}

const programmesData = (m: SourceEntry) => (m.data.programmes ?? []) as Record<string, unknown>[];

function programmeRecord(municipality: SourceEntry, programme: Record<string, unknown>, site: string | URL): ExportRecord {
  const id = `${municipality.id}/${programme.slug}`;
  return {
    id,
    ...exportFields('programmes', programme),
    signupUrl: programme.acceptsSignups ? absolute(signupUrl(id), site) : null,
  };
}

export function municipalityRecords(municipalities: SourceEntry[], site: string | URL): ExportRecord[] {
  return municipalities.map((municipality) => ({
    id: municipality.id,
    url: absolute(municipalityUrl(municipality.id), site),
    ...exportFields('municipalities', municipality.data),
    programmes: programmesData(municipality).map((p) => programmeRecord(municipality, p, site)),
  }));
}

export function handbookRecords(handbooks: SourceEntry[], site: string | URL): ExportRecord[] {
  return handbooks.map((handbook) => ({
    id: handbook.id,
    url: absolute(handbookUrl(handbook.id), site),
    ...exportFields('handbooks', handbook.data),
    description: sanitizeMarkdown(handbook.body?.trim() ?? ''),
  }));
}

export function lessonRecords(lessons: SourceEntry[], site: string | URL): ExportRecord[] {
  return lessons.map((lesson) => ({
    id: lesson.id,
    url: absolute(lessonUrl(lesson.id), site),
    ...exportFields('lessons', lesson.data),
  }));
}

// ---- CSV ----

/** Column paths of a schema: nested objects become "parent.child", everything else one column. */
function schemaColumns(fields: [string, z.ZodType][], prefix = ''): string[] {
  return fields.flatMap(([name, field]) => {
    const d = def(unwrap(field));
    return d.type === 'object'
      ? schemaColumns(Object.entries(d.shape as Record<string, z.ZodType>), `${prefix}${name}.`)
      : [`${prefix}${name}`];
  });
}

/** Columns of praktijken.csv: one row per practice. */
export function practiceColumns(): string[] {
  const [id, url, description, municipalities] = Object.keys(DERIVED_FIELDS.practices);
  return [id, url, ...schemaColumns(schemaFields('practices')), description, municipalities];
}

/** Columns of gemeenten.csv: one row per programme, the municipality's columns repeated on each. */
export function municipalityColumns(): string[] {
  const municipality = schemaFields('municipalities').filter(([name]) => name !== 'programmes');
  return [
    'id',
    'url',
    ...schemaColumns(municipality),
    'programme.id',
    ...schemaColumns(schemaFields('programmes'), 'programme.'),
    'programme.signupUrl',
  ];
}

/** One row per programme; a municipality without programmes still gets one row with empty programme columns. */
export function municipalityRows(records: ExportRecord[]): ExportRecord[] {
  return records.flatMap(({ programmes, ...municipality }) => {
    const list = (programmes ?? []) as ExportRecord[];
    return list.length ? list.map((programme) => ({ ...municipality, programme })) : [municipality];
  });
}

/** Separator inside a cell for a list of texts. */
export const LIST_SEPARATOR = ' | ';

function lookup(record: Json, path: string): Json {
  return path.split('.').reduce<Json>((value, key) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    return value[key] ?? null;
  }, record);
}

function cellText(value: Json): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object' || v === null)
      ? value.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR)
      : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One open-data CSV cell (RFC 4180); numbers stay numbers, text can never run as a formula. */
export function csvCell(value: Json): string {
  return escapeCell(cellText(value), RFC_4180, { guardFormula: typeof value !== 'number' });
}

/** CSV with a header row (see src/lib/csv.ts for the dialect). */
export function toCsv(columns: string[], records: ExportRecord[]): string {
  const rows = [columns.map((c) => csvCell(c)), ...records.map((r) => columns.map((c) => csvCell(lookup(r, c))))];
  return csvDocument(rows, RFC_4180);
}

export const jsonResponse = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const csvResponse = (csv: string) =>
  new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });

// ---- Documentation ----

export interface FieldDoc {
  name: string;
  /** Dutch description of the value's form, e.g. "lijst van tekst". */
  type: string;
  /** True when the field is never null. */
  required: boolean;
  description: string;
}

const COLLECTION_LABELS: Record<string, string> = {
  practices: 'praktijk',
  municipalities: 'gemeente',
  handbooks: 'draaiboek',
  lessons: 'les',
  templates: 'sjabloon',
};

/** The value's form in words, read from the schema. */
export function describeType(schema: z.ZodType): string {
  const inner = unwrap(schema);
  const d = def(inner);
  const reference = referencedCollection(inner);
  if (reference) return `id van een ${COLLECTION_LABELS[reference] ?? reference}`;
  switch (d.type) {
    case 'string':
      return d.format === 'url' ? 'webadres' : d.format === 'email' ? 'e-mailadres' : 'tekst';
    case 'number':
      return 'getal';
    case 'boolean':
      return 'true of false';
    case 'date':
      return 'datum (JJJJ-MM-DD)';
    case 'enum':
      return `één van: ${Object.values(d.entries as Record<string, string>).map((v) => `"${v}"`).join(', ')}`;
    case 'array':
      return `lijst van ${describeType(d.element)}`;
    case 'object': {
      const unpublished = new Set(Object.values(EXCLUDED_FIELDS).flatMap((list) => list.map((e) => e.field)));
      return `object met ${Object.keys(d.shape).filter((k) => !unpublished.has(k)).join(', ')}`;
    }
    default:
      return d.type;
  }
}

function isRequired(schema: z.ZodType): boolean {
  const type = def(schema).type;
  return type !== 'optional';
}

/** The documented fields of one export: the derived ones, then the schema's (in schema order). */
export function fieldDocs(collection: ExportCollection): FieldDoc[] {
  const derived = Object.entries(DERIVED_FIELDS[collection]).map(([name, field]) => ({
    name,
    type: field.type,
    required: !field.nullable,
    description: field.description,
  }));
  const own = schemaFields(collection).map(([name, field]) => ({
    name,
    type: describeType(field),
    required: isRequired(field),
    description: FIELD_DESCRIPTIONS[collection][name] ?? '',
  }));
  return [...derived, ...own];
}
