/**
 * Astro collections: the registry's collections (src/schemas/collections.ts) with Astro's own
 * references. Astro needs the collections as named properties to type each one's entries; the
 * `satisfies` makes a collection added to the registry fail `astro check` until it is listed here.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, extensionOf, type CollectionName, type FolderCollection } from './schemas/collections';

// Astro's reference() is typed per collection name; every reference here resolves to { collection, id }.
const ref = (collection: string) => reference(collection as 'practices');

function loaderOf(name: CollectionName) {
  const spec = COLLECTIONS[name];
  if ('file' in spec) return file(`./content/${spec.file}`, { parser: (text) => ({ site: JSON.parse(text) }) });
  return glob({ pattern: `**/*${extensionOf(name as FolderCollection)}`, base: `./content/${spec.folder}` });
}

export const collections = {
  practices: defineCollection({ loader: loaderOf('practices'), schema: COLLECTIONS.practices.schema(ref) }),
  municipalities: defineCollection({ loader: loaderOf('municipalities'), schema: COLLECTIONS.municipalities.schema(ref) }),
  handbooks: defineCollection({ loader: loaderOf('handbooks'), schema: COLLECTIONS.handbooks.schema(ref) }),
  lessons: defineCollection({ loader: loaderOf('lessons'), schema: COLLECTIONS.lessons.schema(ref) }),
  templates: defineCollection({ loader: loaderOf('templates'), schema: COLLECTIONS.templates.schema() }),
  translations: defineCollection({ loader: loaderOf('translations'), schema: COLLECTIONS.translations.schema() }),
  settings: defineCollection({ loader: loaderOf('settings'), schema: COLLECTIONS.settings.schema() }),
} satisfies Record<CollectionName, unknown>;
