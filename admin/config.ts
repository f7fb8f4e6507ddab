/**
 * The Decap CMS configuration, derived from the content model: every collection comes from the
 * registry (src/schemas/collections.ts), every field, its label and hint, its widget, whether it is
 * required, its allowed values and patterns from the schema's fields (src/lib/fields.ts). A field added
 * to a schema appears in the CMS by itself, with the words written beside it.
 */
import { COLLECTIONS, LESSON_KINDS, schemaOf, type CollectionName, type FolderCollection } from '../src/schemas';
import { fieldsOf, type Field } from '../src/lib/fields';
import { FORMATS } from './formats';

export type DecapField = { name: string; label: string; widget: string; required?: boolean; hint?: string } & Record<
  string,
  unknown
>;

function relation(collection: string, multiple: boolean) {
  const field = COLLECTIONS[collection as CollectionName].display;
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

const pattern = (field: Field): [string, string] | undefined => {
  if (field.format === 'uri') return ['^https?://\\S+$', field.patternMessage ?? 'Geef een volledig webadres (https://…)'];
  return field.pattern ? [field.pattern, field.patternMessage ?? 'Ongeldige waarde'] : undefined;
};

/** The widget part of a field. */
function widgetFor(field: Field): Record<string, unknown> & { widget: string } {
  if (field.editor === 'hidden') return { widget: 'hidden' };
  switch (field.kind) {
    case 'reference':
      return relation(field.reference!, false);
    case 'text': {
      if (field.format === 'media-image' || field.format === 'media-file') {
        return { widget: field.format === 'media-file' ? 'file' : 'image', choose_url: false };
      }
      const p = pattern(field);
      return { widget: field.multiline ? 'text' : 'string', ...(p && { pattern: p }) };
    }
    case 'number':
      return {
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.minimum !== undefined && { min: field.minimum }),
        ...(field.maximum !== undefined && { max: field.maximum }),
        ...(!field.integer && { step: 0.0000001 }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Stored as 2024-05-31 (what z.coerce.date reads); shown the Belgian way.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, picker_utc: true };
    case 'choice':
      return { widget: 'select', options: field.options };
    case 'list':
      return listWidget(field);
    default:
      throw new Error(`Geen CMS-widget voor ${field.path} (soort ${field.kind})`);
  }
}

function listWidget(field: Field): Record<string, unknown> & { widget: string } {
  const element = field.element!;
  const min = { ...(field.minItems && { min: field.minItems }), ...(field.item && { label_singular: field.item }) };
  if (element.kind === 'reference') return { ...relation(element.reference!, true), ...min };
  if (element.kind === 'choice') return { widget: 'select', multiple: true, options: element.options, ...min };
  if (element.kind === 'object') {
    const fields = objectFields(element.fields!);
    return { widget: 'list', collapsed: true, summary: itemSummary(element.fields!), fields, ...min };
  }
  // A list of single values: one input per item (a comma-separated box would split sentences).
  const label = field.item ? field.item[0].toUpperCase() + field.item.slice(1) : field.title;
  const item = { name: 'item', label, ...widgetFor({ ...element, multiline: field.multiline }) };
  return { widget: 'list', field: item, collapsed: false, ...min };
}

/** What a folded list item shows: its name or title (not its slug), with a word when that is empty. */
function itemSummary(fields: Field[]): string {
  const named = ['name', 'title', 'label', 'statement'].map((n) => fields.find((f) => f.name === n)).find(Boolean) ?? fields[0];
  return named.required ? `{{fields.${named.name}}}` : `{{fields.${named.name} | default('(${named.title.toLowerCase()} niet ingevuld)')}}`;
}

function objectFields(fields: Field[], parentRequired = true): DecapField[] {
  return fields.map((field) => toField(field, parentRequired));
}

/**
 * One Decap field. Required means "the schema needs a value": not optional and no default. Inside an
 * optional object (a practice's image) the children are not required by Decap, because Decap would
 * then demand them even when the whole object is left empty; the pre-save check (admin/validate.ts)
 * runs the schema itself and refuses an image without alt text.
 */
export function toField(field: Field, parentRequired = true): DecapField {
  const required = parentRequired && field.required && field.kind !== 'boolean';
  // Objects are the one widget whose children depend on whether the object itself is required.
  const widget =
    field.kind === 'object'
      ? { widget: 'object', collapsed: !field.required, fields: objectFields(field.fields!, required) }
      : widgetFor(field);
  return {
    name: field.name,
    label: field.title,
    ...widget,
    required,
    ...(field.hint && { hint: field.hint }),
    // Lists start empty (Decap would otherwise offer one blank item, e.g. a programme nobody asked for).
    ...((typeof field.default === 'boolean' || Array.isArray(field.default)) && { default: field.default }),
  };
}

/**
 * Markdown bodies: rich text for descriptions; templates only raw, because the rich-text editor would
 * escape their {{placeholders}} and ____ blanks.
 */
const BODY_MODES: Partial<Record<CollectionName, string[]>> = { templates: ['raw'] };

/** Where the Markdown body goes in the form: after this field (a practice's description right under its summary), else last. */
const BODY_AFTER: Partial<Record<CollectionName, string>> = { practices: 'summary' };

function collectionFields(name: CollectionName): DecapField[] {
  const fields = objectFields(fieldsOf(schemaOf(name)));
  const body = 'body' in COLLECTIONS[name] ? (COLLECTIONS[name] as { body: { title: string; hint: string } }).body : undefined;
  if (body) {
    const modes = BODY_MODES[name] ?? ['rich_text', 'raw'];
    const after = fields.findIndex((f) => f.name === BODY_AFTER[name]);
    const at = after < 0 ? fields.length : after + 1;
    fields.splice(at, 0, { name: 'body', label: body.title, widget: 'markdown', modes, required: false, hint: body.hint });
  }
  return fields;
}

/** What only the CMS needs per collection: the page that previews an entry, list filters and groups. */
const CMS_EXTRAS: Partial<Record<FolderCollection, object>> = {
  practices: { preview_path: 'praktijken/{{slug}}/' },
  municipalities: {
    preview_path: 'gemeenten/{{slug}}/',
    summary: '{{name}} · {{province}}',
    view_groups: [{ label: 'Provincie', field: 'province' }],
    // Decap matches a filter's pattern against the field's value as text: the programmes list reads
    // 'List [ Map { … "phone": "…" … } ]', so "no email, phone or url anywhere" is a missing contact.
    view_filters: [
      { label: 'Contact ontbreekt', field: 'programmes', pattern: '^(?![\\s\\S]*"(email|phone|url)": )' },
      { label: 'Met online aanmelden', field: 'programmes', pattern: '"acceptsSignups": true' },
    ],
  },
  handbooks: { preview_path: 'draaiboeken/{{slug}}/' },
  lessons: {
    view_filters: Object.entries(LESSON_KINDS).map(([value, label]) => ({ label, field: 'kind', pattern: `^${value}$` })),
    view_groups: [{ label: 'Thema', field: 'theme' }],
  },
  // A language's file is named after its tag (ar.yaml), which is also the first part of its pages' addresses.
  translations: { slug: '{{fields.tag}}', summary: '{{name}} ({{dutchName}}){{checkedBy | ternary(\'\', \' · nog niet nagekeken\')}}' },
  templates: {
    preview_path: 'starterkit/',
    // The file name is the template's fileName (what the .docx is called), not its title.
    slug: '{{fields.fileName}}',
    sortable_fields: ['order', 'title'],
  },
};

function folderCollection(name: FolderCollection) {
  const spec = COLLECTIONS[name];
  const markdown = spec.format === 'markdown';
  return {
    name,
    label: spec.label,
    // Decap's "new" button shows this (admin/cms.ts words the button as just the label): "Nieuwe praktijk".
    label_singular: spec.newEntry,
    folder: `content/${spec.folder}`,
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? FORMATS.frontmatter : FORMATS.yaml,
    create: true,
    delete: true,
    // The file name is the entry id other content refers to: derived from the name/title once.
    slug: '{{slug}}',
    identifier_field: spec.display,
    summary: `{{${spec.display}}}`,
    sortable_fields: [spec.display],
    fields: collectionFields(name),
    ...CMS_EXTRAS[name],
  };
}

function fileCollection(name: Exclude<CollectionName, FolderCollection>) {
  const spec = COLLECTIONS[name];
  return {
    name,
    label: spec.label,
    editor: { preview: false },
    files: [{ name: 'site', label: 'Site-instellingen', file: `content/${spec.file}`, format: spec.format, fields: collectionFields(name) }],
  };
}

export function collections() {
  return (Object.keys(COLLECTIONS) as CollectionName[]).map((name) =>
    'folder' in COLLECTIONS[name] ? folderCollection(name as FolderCollection) : fileCollection(name as Exclude<CollectionName, FolderCollection>),
  );
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
    // The login screen shows the site's own mark, not Decap's.
    logo_url: '/favicon.svg',
    media_folder: 'public/media',
    public_folder: '/media',
    // File names and ids: ascii, lower-case, hyphens (what the schemas' id pattern accepts).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(),
  };
}
