/**
 * The Decap CMS configuration, derived from the zod content model: every field, its widget, whether it
 * is required, its allowed values and patterns come from src/schemas; only the Dutch labels and hints
 * (admin/labels.ts) are added. A field added to a schema appears in the CMS by itself, and
 * tests/unit/cms-config.test.ts fails until it has a label.
 */
import type { z } from 'astro/zod';
import * as model from '../src/schemas';
import { PLACEHOLDERS } from '../src/lib/starterkit/placeholders';
import { COLLECTION_LABELS, FIELD_TEXT, type FieldText } from './labels';
import { FORMATS } from './formats';

type Schema = z.ZodType;
export type DecapField = { name: string; label: string; widget: string; required?: boolean; hint?: string } & Record<
  string,
  unknown
>;
export type ContentCollection = 'practices' | 'municipalities' | 'handbooks' | 'lessons' | 'templates' | 'settings';

/** The schema of each editable collection, as Node sees it (references are plain ids). */
export const SCHEMAS: Record<ContentCollection, Schema> = {
  practices: model.practiceSchema(),
  municipalities: model.municipalitySchema(),
  handbooks: model.handbookSchema(),
  lessons: model.lessonSchema(),
  templates: model.templateSchema,
  settings: model.settingsSchema,
};

/** Fields each referenced collection is searched and shown by in relation widgets. */
const DISPLAY_FIELD: Record<string, string> = {
  practices: 'title',
  municipalities: 'name',
  handbooks: 'title',
  lessons: 'statement',
  templates: 'title',
};

const def = (schema: Schema) => (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;

/** Peels optional/default wrappers: what is left is the value's own schema. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean; hasDefault: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      inner = d.innerType;
    } else if (d.type === 'default') {
      hasDefault = true;
      defaultValue = typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
      inner = d.innerType;
    } else return { inner, optional, hasDefault, defaultValue };
  }
}

const checks = (schema: Schema): Record<string, any>[] => (def(schema).checks ?? []).map((c: Schema) => def(c));
const message = (error: unknown, fallback: string) =>
  typeof error === 'function' ? String(error({}) ?? fallback) : fallback;

/** Decap `pattern` for a string schema: its regex, or the url/email format, with the schema's message. */
export function stringPattern(schema: Schema): [string, string] | undefined {
  const d = def(schema);
  if (d.format === 'url') return ['^https?://\\S+$', message(d.error, 'Geef een volledig webadres (https://…)')];
  if (d.format === 'email') return [d.pattern.source, message(d.error, 'Geef een geldig e-mailadres')];
  const regex = checks(schema).find((c) => c.format === 'regex');
  return regex ? [regex.pattern.source, message(regex.error, 'Ongeldige waarde')] : undefined;
}

/** Option labels: a vocabulary exports a record (value → label) next to its enum, e.g. THEMES. */
const isLabelRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
const labelRecords: Record<string, string>[] = [
  ...(Object.values(model) as unknown[]).filter(isLabelRecord),
  Object.fromEntries(Object.entries(PLACEHOLDERS).map(([key, p]) => [key, `{{${key}}}: ${p.label}`])),
];
export function enumOptions(schema: Schema): { label: string; value: string }[] {
  const values = Object.values(def(schema).entries as Record<string, string>);
  const labels = labelRecords.find((r) => Object.keys(r).length === values.length && values.every((v) => v in r));
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
}

function text(path: string): FieldText {
  const entry = FIELD_TEXT[path];
  // Unlabelled fields still work (with the field name) so a schema change never breaks the CMS;
  // the agreement test insists on a label.
  return entry ?? { label: path.split('.').pop()!, hint: '' };
}

function relation(collection: string, multiple: boolean) {
  const field = DISPLAY_FIELD[collection];
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [field],
    display_fields: [field],
    multiple,
    options_length: 100,
  };
}

/** The widget part of a field for a schema without wrappers. */
function widgetFor(schema: Schema, path: string): Record<string, unknown> & { widget: string } {
  const d = def(schema);
  const name = path.split('.').pop()!;
  switch (d.type) {
    case 'string': {
      const target = model.referencedCollection(schema);
      if (target) return relation(target, false);
      // The media fields: their pattern is "a path under /media/".
      const pattern = stringPattern(schema);
      if (pattern?.[0].startsWith('^\\/media\\/')) {
        return { widget: name === 'file' ? 'file' : 'image', choose_url: false };
      }
      return { widget: text(path).multiline ? 'text' : 'string', ...(pattern && { pattern }) };
    }
    case 'number': {
      const c = checks(schema);
      const min = c.find((x) => x.check === 'greater_than')?.value;
      const max = c.find((x) => x.check === 'less_than')?.value;
      const int = c.some((x) => x.check === 'number_format' && /int/.test(x.format));
      return { widget: 'number', value_type: int ? 'int' : 'float', ...(min !== undefined && { min }), ...(max !== undefined && { max }), ...(!int && { step: 0.0000001 }) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Stored as 2024-05-31 (what z.coerce.date reads); shown the Belgian way.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, picker_utc: true };
    case 'enum':
      return { widget: 'select', options: enumOptions(schema) };
    case 'array':
      return arrayWidget(schema, path);
    default:
      throw new Error(`Geen CMS-widget voor ${path} (zod-type ${d.type})`);
  }
}

function arrayWidget(schema: Schema, path: string): Record<string, unknown> & { widget: string } {
  const element = unwrap(def(schema).element).inner;
  const minLength = checks(schema).find((c) => c.check === 'min_length')?.minimum as number | undefined;
  const { item: singular } = text(path);
  const min = { ...(minLength && { min: minLength }), ...(singular && { label_singular: singular }) };
  const elementType = def(element).type;
  const target = elementType === 'string' ? model.referencedCollection(element) : undefined;
  if (target) return { ...relation(target, true), ...min };
  if (elementType === 'enum') return { widget: 'select', multiple: true, options: enumOptions(element), ...min };
  if (elementType === 'object') {
    const fields = objectFields(element, path);
    return { widget: 'list', collapsed: true, summary: `{{fields.${fields[0].name}}}`, fields, ...min };
  }
  // A list of single values: one input per item (a comma-separated box would split sentences).
  const item = { name: 'item', label: singular ? singular[0].toUpperCase() + singular.slice(1) : text(path).label, ...widgetFor(element, path) };
  return { widget: 'list', field: item, collapsed: false, ...min };
}

/** The fields of an object schema, in schema order. */
export function objectFields(schema: Schema, path: string, parentRequired = true): DecapField[] {
  const shape = (schema as unknown as { shape: Record<string, Schema> }).shape;
  return Object.entries(shape).map(([name, fieldSchema]) => toField(name, fieldSchema, `${path}.${name}`, parentRequired));
}

/**
 * One Decap field. Required means "the schema needs a value": not optional and no default. Inside an
 * optional object (a practice's image) the children are not required by Decap, because Decap would
 * then demand them even when the whole object is left empty; the pre-save check (admin/validate.ts)
 * runs the schema itself and refuses an image without alt text.
 */
export function toField(name: string, schema: Schema, path: string, parentRequired = true): DecapField {
  const { inner, optional, hasDefault, defaultValue } = unwrap(schema);
  const required = parentRequired && !optional && !hasDefault && !(def(inner).type === 'boolean');
  const { label, hint } = text(path);
  // Objects are the one widget whose children depend on whether the object itself is required.
  const widget =
    def(inner).type === 'object'
      ? { widget: 'object', collapsed: optional, fields: objectFields(inner, path, required) }
      : widgetFor(inner, path);
  return {
    name,
    label,
    ...widget,
    required,
    ...(hint && { hint }),
    // Lists start empty (Decap would otherwise offer one blank item, e.g. a programme nobody asked for).
    ...((typeof defaultValue === 'boolean' || Array.isArray(defaultValue)) && { default: defaultValue }),
  };
}

/**
 * Markdown bodies: rich text for descriptions; templates only raw, because the rich-text editor would
 * escape their {{placeholders}} and ____ blanks.
 */
const BODY_MODES: Partial<Record<ContentCollection, string[]>> = { templates: ['raw'] };

function collectionFields(collection: ContentCollection, withBody: boolean): DecapField[] {
  const fields = objectFields(SCHEMAS[collection], collection);
  if (withBody) {
    const { label, hint } = text(`${collection}.body`);
    const modes = BODY_MODES[collection] ?? ['rich_text', 'raw'];
    fields.push({ name: 'body', label, widget: 'markdown', modes, required: false, hint });
  }
  return fields;
}

function folderCollection(
  name: Exclude<ContentCollection, 'settings'>,
  options: { extension: 'md' | 'yaml'; identifier: string; previewPath?: string; extra?: object },
) {
  const markdown = options.extension === 'md';
  const labels = COLLECTION_LABELS[name];
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `content/${name}`,
    extension: options.extension,
    format: markdown ? FORMATS.frontmatter : FORMATS.yaml,
    create: true,
    delete: true,
    // The file name is the entry id other content refers to: derived from the name/title once.
    slug: '{{slug}}',
    identifier_field: options.identifier,
    summary: `{{${options.identifier}}}`,
    sortable_fields: [options.identifier],
    ...(options.previewPath && { preview_path: options.previewPath }),
    fields: collectionFields(name, markdown),
    ...options.extra,
  };
}

export function collections() {
  return [
    folderCollection('practices', { extension: 'md', identifier: 'title', previewPath: 'praktijken/{{slug}}/' }),
    folderCollection('municipalities', {
      extension: 'yaml',
      identifier: 'name',
      previewPath: 'gemeenten/{{slug}}/',
      extra: { view_groups: [{ label: 'Provincie', field: 'province' }] },
    }),
    folderCollection('handbooks', { extension: 'md', identifier: 'title', previewPath: 'draaiboeken/{{slug}}/' }),
    folderCollection('lessons', {
      extension: 'yaml',
      identifier: 'statement',
      extra: {
        view_filters: Object.entries(model.LESSON_KINDS).map(([value, label]) => ({ label, field: 'kind', pattern: `^${value}$` })),
        view_groups: [{ label: 'Thema', field: 'theme' }],
      },
    }),
    folderCollection('templates', {
      extension: 'md',
      identifier: 'title',
      previewPath: 'starterkit/',
      // The file name is the template's fileName (what the .docx is called), not its title.
      extra: { slug: '{{fields.fileName}}', sortable_fields: ['order', 'title'] },
    }),
    {
      name: 'settings',
      label: COLLECTION_LABELS.settings.label,
      editor: { preview: false },
      files: [
        {
          name: 'site',
          label: 'Site-instellingen',
          file: 'content/settings/site.json',
          format: 'json',
          fields: collectionFields('settings', false),
        },
      ],
    },
  ];
}

/** Port of the local decap-server; scripts/dev.mjs passes the same value to both. */
const proxyPort = (import.meta.env?.PUBLIC_DECAP_SERVER_PORT as string | undefined) ?? '8081';

export function cmsConfig() {
  return {
    load_config_file: false,
    locale: 'nl',
    // Production: Netlify Identity (invite only) + Git Gateway, every change goes through review.
    backend: { name: 'git-gateway', branch: 'main', squash_merges: true },
    publish_mode: 'editorial_workflow',
    // Decap only looks for decap-server when the page runs on localhost/127.0.0.1 (see README), so
    // this is inert in production and lets `npm run dev` and a local preview edit content/ directly.
    local_backend: { url: `http://127.0.0.1:${proxyPort}/api/v1` },
    site_url: typeof location === 'undefined' ? undefined : location.origin,
    media_folder: 'public/media',
    public_folder: '/media',
    // File names and ids: ascii, lower-case, hyphens (what the schemas' id pattern accepts).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(),
  };
}
