/**
 * The one list of content collections: where each lives, in which format, its schema, the field that
 * names an entry and what editors call it. Astro's collections (src/content.config.ts), the plain-file
 * reader (src/lib/content-files.ts), the CMS (admin/config.ts), the integrity check and the open data
 * all read this registry.
 */
import type { z } from 'astro/zod';
import type { IdReference, ReferenceFactory } from './reference';
import { practiceSchema } from './practice';
import { municipalitySchema } from './municipality';
import { handbookSchema } from './handbook';
import { lessonSchema } from './lesson';
import { templateSchema } from './template';
import { settingsSchema } from './settings';
import { translationSchema } from './ui-strings';

export interface CollectionSpec {
  /** What editors call the collection, one entry of it, and the button that makes one ("Nieuwe praktijk"). */
  label: string;
  singular: string;
  newEntry: string;
  /** Folder under content/ with one file per entry, or one file for a single-file collection. */
  folder?: string;
  file?: string;
  format: 'markdown' | 'yaml' | 'json';
  /** The schema; collections that refer to others take the reference factory. */
  schema: (ref?: ReferenceFactory<any>) => z.ZodType;
  /** The field that names an entry (lists, relation widgets, file names). */
  display: string;
  /** The Markdown body's words, for collections with a body. */
  body?: { title: string; hint: string };
}

export const COLLECTIONS = {
  practices: {
    label: 'Praktijken',
    singular: 'Praktijk',
    newEntry: 'Nieuwe praktijk',
    folder: 'practices',
    format: 'markdown',
    schema: <R extends z.ZodType = IdReference>(ref?: ReferenceFactory<R>) => practiceSchema(ref),
    display: 'title',
    body: { title: 'Beschrijving', hint: 'De beschrijving van de praktijk, met tussentitels en opsommingen.' },
  },
  municipalities: {
    label: 'Gemeenten',
    singular: 'Gemeente',
    newEntry: 'Nieuwe gemeente',
    folder: 'municipalities',
    format: 'yaml',
    schema: <R extends z.ZodType = IdReference>(ref?: ReferenceFactory<R>) => municipalitySchema(ref),
    display: 'name',
  },
  handbooks: {
    label: 'Draaiboeken',
    singular: 'Draaiboek',
    newEntry: 'Nieuw draaiboek',
    folder: 'handbooks',
    format: 'markdown',
    schema: <R extends z.ZodType = IdReference>(ref?: ReferenceFactory<R>) => handbookSchema(ref),
    display: 'title',
    body: { title: 'Tekst', hint: 'De samenvatting van het document, met tussentitels.' },
  },
  lessons: {
    label: 'Succesfactoren en valkuilen',
    singular: 'Les',
    newEntry: 'Nieuwe succesfactor of valkuil',
    folder: 'lessons',
    format: 'yaml',
    schema: <R extends z.ZodType = IdReference>(ref?: ReferenceFactory<R>) => lessonSchema(ref),
    display: 'statement',
  },
  templates: {
    label: 'Startpakket-sjablonen',
    singular: 'Sjabloon',
    newEntry: 'Nieuw sjabloon',
    folder: 'templates',
    format: 'markdown',
    schema: () => templateSchema,
    display: 'title',
    body: {
      title: 'Tekst van het sjabloon',
      hint: 'Markdown. Gebruik {{gemeente}}, {{programma}}, … voor wat de gemeente invult en ____ voor een invulruimte.',
    },
  },
  translations: {
    label: 'Vertalingen',
    singular: 'Vertaling',
    newEntry: 'Nieuwe taal',
    folder: 'translations',
    format: 'yaml',
    schema: () => translationSchema,
    display: 'name',
  },
  settings: {
    label: 'Instellingen',
    singular: 'Instellingen',
    newEntry: 'Instellingen',
    file: 'settings/site.json',
    format: 'json',
    schema: () => settingsSchema,
    display: 'siteName',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
/** Collections stored as one file per entry (everything but the settings file). */
export type FolderCollection = { [K in CollectionName]: (typeof COLLECTIONS)[K] extends { folder: string } ? K : never }[CollectionName];

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const FOLDER_COLLECTIONS = COLLECTION_NAMES.filter((name): name is FolderCollection => 'folder' in COLLECTIONS[name]);

/** The file extension of an entry in a folder collection. */
export const extensionOf = (name: FolderCollection) => (COLLECTIONS[name].format === 'markdown' ? '.md' : '.yaml');

const plainSchemas = new Map<CollectionName, z.ZodType>();
/** A collection's schema as Node sees it (references are plain ids), built once. */
export function schemaOf(name: CollectionName): z.ZodType {
  const schema = plainSchemas.get(name) ?? COLLECTIONS[name].schema();
  plainSchemas.set(name, schema);
  return schema;
}
