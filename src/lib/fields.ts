/**
 * The one walker over the content model: turns a zod schema, through zod's public `z.toJSONSchema`,
 * into a tree of fields with their words (src/schemas/meta.ts) and constraints. The CMS configuration,
 * the open-data documentation, the forms, the integrity check and the pages' field headings all read
 * this tree, so a field added to a schema reaches each of them from that one file.
 */
import { z } from 'astro/zod';
import type { FieldWords, TechnicalMeta } from '../schemas/meta';

export type FieldKind = 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'list' | 'object' | 'reference' | 'constant';

export interface Field extends Partial<FieldWords> {
  /** Property name ('item' for the element of a list). */
  name: string;
  /** Dotted path from the collection root; list items are transparent ("programmes.contacts.email"). */
  path: string;
  /** The label: the field's title, or its name when it has none. */
  title: string;
  kind: FieldKind;
  /** The schema needs a value: not optional and without a default (what a person must fill in). */
  required: boolean;
  format?: string;
  pattern?: string;
  patternMessage?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  integer?: boolean;
  minItems?: number;
  /** Choices with their labels (choice fields). */
  options?: { value: string; label: string }[];
  /** The collection a reference points to. */
  reference?: string;
  /** The value a constant field must have (e.g. consent: true). */
  constant?: unknown;
  default?: unknown;
  /** Why the field is kept out of the open data, if it is. */
  unpublished?: string;
  /** 'hidden': kept by the CMS, not typed by editors. */
  editor?: 'hidden';
  /** The element of a list. */
  element?: Field;
  /** The fields of an object. */
  fields?: Field[];
}

type JsonNode = Record<string, any>;

const cache = new WeakMap<z.ZodType, Field[]>();

/** The JSON Schema of what a person or file provides (input side: defaults make a field optional). */
export const jsonSchemaOf = (schema: z.ZodType): JsonNode =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;

function kindOf(node: JsonNode): FieldKind {
  if (node.reference) return 'reference';
  if (node.const !== undefined) return 'constant';
  if (node.enum) return 'choice';
  if (node.format === 'date') return 'date';
  switch (node.type) {
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

function toField(name: string, node: JsonNode, path: string, required: boolean): Field {
  const kind = kindOf(node);
  const meta = node as FieldWords & TechnicalMeta & JsonNode;
  const field: Field = { name, path, title: meta.title ?? name, kind, required };
  const copy = ['heading', 'hint', 'description', 'item', 'multiline', 'format', 'pattern', 'patternMessage', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'default', 'unpublished', 'editor'] as const;
  for (const key of copy) if (meta[key] !== undefined) (field as unknown as JsonNode)[key] = meta[key];
  if (node.type === 'integer') {
    field.integer = true;
    // zod's .int() adds the safe-integer range: no limit anybody chose.
    if (field.maximum === Number.MAX_SAFE_INTEGER) delete field.maximum;
    if (field.minimum === Number.MIN_SAFE_INTEGER) delete field.minimum;
  }
  if (kind === 'reference') field.reference = meta.reference;
  if (kind === 'constant') field.constant = node.const;
  if (kind === 'choice') {
    const labels: Record<string, string> = meta.labels ?? {};
    field.options = (node.enum as string[]).map((value) => ({ value, label: labels[value] ?? value }));
  }
  if (kind === 'list') field.element = toField('item', node.items ?? {}, path, true);
  if (kind === 'object') field.fields = objectFields(node, path);
  return field;
}

/**
 * The fields of an object, or of a union of objects (a discriminated union such as the sign-up's two
 * roles): every variant's fields once, each where its first variant places it, required only when
 * every variant requires it.
 */
function objectFields(node: JsonNode, path: string): Field[] {
  const variants: JsonNode[] = node.oneOf ?? node.anyOf ?? [node];
  const order: string[] = [];
  const nodes = new Map<string, JsonNode>();
  for (const variant of variants) {
    let previous = -1;
    for (const [name, child] of Object.entries((variant.properties ?? {}) as Record<string, JsonNode>)) {
      if (!nodes.has(name)) {
        nodes.set(name, child);
        order.splice(previous + 1, 0, name);
      }
      previous = order.indexOf(name);
    }
  }
  const required = (name: string) => variants.every((v) => (v.required ?? []).includes(name));
  return order.map((name) => toField(name, nodes.get(name)!, path ? `${path}.${name}` : name, required(name)));
}

/** The fields of an object schema, in schema order, with `root` as the start of every path. */
export function fieldsOf(schema: z.ZodType, root = ''): Field[] {
  if (!root) {
    const cached = cache.get(schema);
    if (cached) return cached;
  }
  const fields = objectFields(jsonSchemaOf(schema), root);
  if (!root) cache.set(schema, fields);
  return fields;
}

/** One field by its dotted path (list items transparent), or undefined. */
export function fieldAt(fields: Field[], path: string): Field | undefined {
  let list: Field[] | undefined = fields;
  let found: Field | undefined;
  for (const name of path.split('.')) {
    found = list?.find((f) => f.name === name);
    const inner: Field | undefined = found?.kind === 'list' ? found.element : found;
    list = inner?.fields;
  }
  return found;
}

/** The label of a field by path: for page headings and messages ("Doelen"). */
export function titleOf(schema: z.ZodType, path: string): string {
  const field = fieldAt(fieldsOf(schema), path);
  if (!field) throw new Error(`Het schema heeft geen veld "${path}"`);
  return field.title;
}

/** The heading a page gives a field: its own heading word, else its label. */
export function headingOf(schema: z.ZodType, path: string): string {
  const field = fieldAt(fieldsOf(schema), path);
  if (!field) throw new Error(`Het schema heeft geen veld "${path}"`);
  return field.heading ?? field.title;
}

/** Label of an enum value, from the labels the enum carries. */
export function optionLabel(schema: z.ZodType, path: string, value: string): string {
  const field = fieldAt(fieldsOf(schema), path);
  const options = (field?.kind === 'list' ? field.element : field)?.options;
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** Every field in the tree, depth first (objects and list elements included). */
export function walkFields(fields: Field[], visit: (field: Field) => void): void {
  for (const field of fields) {
    visit(field);
    if (field.element) walkFields([field.element], visit);
    if (field.fields) walkFields(field.fields, visit);
  }
}

/**
 * The references in an entry's data, found from the schema's tags: each with the field path as an
 * editor reads it ("programmes[0].practice") and the target collection. Plain ids and Astro's
 * `{ collection, id }` both count.
 */
export function referencesIn(fields: Field[], data: unknown): { field: string; collection: string; id: string }[] {
  const found: { field: string; collection: string; id: string }[] = [];
  const idOf = (value: unknown) =>
    typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : undefined;
  const visit = (field: Field, value: unknown, where: string) => {
    if (value === undefined || value === null) return;
    if (field.kind === 'reference') {
      const id = idOf(value);
      if (id !== undefined) found.push({ field: where, collection: field.reference!, id });
    } else if (field.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => visit(field.element!, item, `${where}[${i}]`));
    } else if (field.kind === 'object' && typeof value === 'object') {
      for (const child of field.fields ?? []) visit(child, (value as Record<string, unknown>)[child.name], `${where}.${child.name}`);
    }
  };
  const record = (data ?? {}) as Record<string, unknown>;
  for (const field of fields) visit(field, record[field.name], field.name);
  return found;
}
