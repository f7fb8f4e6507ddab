/**
 * Open data: the collections as JSON objects and CSV rows. Fields are walked along the zod schemas, so
 * every schema field appears in every export (null when empty) and the documentation page lists the
 * same fields; nothing here imports astro:content, so tests run it on the plain content files.
 */
import { schemaOf, COLLECTIONS, type CollectionName } from '../schemas';
import { fieldAt, fieldsOf, type Field } from './fields';
import { sanitizeMarkdown } from './sanitize-html';
import { handbookUrl, lessonUrl, municipalityUrl, practiceUrl, signupUrl } from './format';
import { csvDocument, escapeCell, RFC_4180 } from './csv';
import { PUBLIC_FIGURE_FIELDS, PUBLIC_FIGURES_PATH } from './public-figures';

/** An entry as Astro's collections and src/lib/content-files.ts both give it. */
export interface SourceEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
export type ExportRecord = { [key: string]: Json };

/** The exported collections and the schema fields of each (programmes: the list inside a municipality). */
function exportFieldsOf(collection: ExportCollection): Field[] {
  if (collection === 'programmes') return fieldAt(fieldsOf(schemaOf('municipalities')), 'programmes')!.element!.fields!;
  return fieldsOf(schemaOf(collection));
}
export const EXPORT_COLLECTIONS = ['practices', 'municipalities', 'programmes', 'handbooks', 'lessons'] as const;
export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number];

/** Fields kept out of the export (an address that receives sign-ups), with the reason their schema gives. */
export function unpublishedFields(): { field: string; reason: string }[] {
  return EXPORT_COLLECTIONS.flatMap((c) =>
    exportFieldsOf(c).flatMap((f) => (f.unpublished ? [{ field: f.name, reason: f.unpublished }] : [])),
  );
}

/** The schema's own fields of a collection, minus the unpublished ones, in schema order. */
export function schemaFields(collection: ExportCollection): Field[] {
  return exportFieldsOf(collection).filter((f) => !f.unpublished);
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A value in its export form, guided by its field: dates as YYYY-MM-DD, references as ids, gaps as null. */
function exportValue(field: Field, value: unknown): Json {
  if (value === undefined || value === null) return null;
  switch (field.kind) {
    case 'reference':
      return typeof value === 'string' ? value : (value as { id: string }).id;
    case 'date':
      return isoDate(value instanceof Date ? value : new Date(String(value)));
    case 'list':
      return (value as unknown[]).map((item) => exportValue(field.element!, item));
    case 'object':
      return Object.fromEntries(
        field.fields!.filter((f) => !f.unpublished).map((f) => [f.name, exportValue(f, (value as Record<string, unknown>)[f.name])]),
      );
    default:
      return value as Json;
  }
}

function exportFields(collection: ExportCollection, data: Record<string, unknown>): ExportRecord {
  return Object.fromEntries(schemaFields(collection).map((field) => [field.name, exportValue(field, data[field.name])]));
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

const practiceId = (programme: Record<string, unknown>) =>
  exportValue(schemaFields('programmes').find((f) => f.name === 'practice')!, programme.practice);

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
function schemaColumns(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) =>
    field.kind === 'object'
      ? schemaColumns(field.fields!.filter((f) => !f.unpublished), `${prefix}${field.name}.`)
      : [`${prefix}${field.name}`],
  );
}

/** Columns of praktijken.csv: one row per practice. */
export function practiceColumns(): string[] {
  const [id, url, description, municipalities] = Object.keys(DERIVED_FIELDS.practices);
  return [id, url, ...schemaColumns(schemaFields('practices')), description, municipalities];
}

/** Columns of gemeenten.csv: one row per programme, the municipality's columns repeated on each. */
export function municipalityColumns(): string[] {
  const municipality = schemaFields('municipalities').filter((f) => f.name !== 'programmes');
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

/** The value's form in words, read from the field. */
export function describeType(field: Field): string {
  switch (field.kind) {
    case 'reference':
      return `id van een ${COLLECTIONS[field.reference as CollectionName]?.singular.toLowerCase() ?? field.reference}`;
    case 'text':
      return field.format === 'uri' ? 'webadres' : field.format === 'email' ? 'e-mailadres' : 'tekst';
    case 'number':
      return 'getal';
    case 'boolean':
      return 'true of false';
    case 'date':
      return 'datum (JJJJ-MM-DD)';
    case 'choice':
      return `één van: ${field.options!.map((o) => `"${o.value}"`).join(', ')}`;
    case 'list':
      return `lijst van ${describeType(field.element!)}`;
    case 'object':
      return `object met ${field.fields!.filter((f) => !f.unpublished).map((f) => f.name).join(', ')}`;
    default:
      return field.kind;
  }
}

/** Never null in the export: the schema needs a value or fills in a default. */
const isRequired = (field: Field) => field.required || field.default !== undefined;

/** The documented fields of one export: the derived ones, then the schema's (in schema order). */
export function fieldDocs(collection: ExportCollection): FieldDoc[] {
  const derived = Object.entries(DERIVED_FIELDS[collection]).map(([name, field]) => ({
    name,
    type: field.type,
    required: !field.nullable,
    description: field.description,
  }));
  const own = schemaFields(collection).map((field) => ({
    name: field.name,
    type: describeType(field),
    required: isRequired(field),
    description: field.description ?? '',
  }));
  return [...derived, ...own];
}

/**
 * The programmes' public figures (src/lib/public-figures.ts): not a file of the build but a function's
 * JSON, recomputed nightly from the workspace for the programmes whose coordinators publish them.
 */
export const PUBLIC_FIGURES_DOWNLOAD = { href: PUBLIC_FIGURES_PATH, oneProgramme: `${PUBLIC_FIGURES_PATH}/<gemeente>/<buddywerking>` };

export function publicFigureDocs(): FieldDoc[] {
  return PUBLIC_FIGURE_FIELDS.map((f) => ({ name: f.name, type: f.type, required: f.name !== 'typicalWaitDays', description: f.description }));
}
