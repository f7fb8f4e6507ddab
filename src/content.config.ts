/** Astro collections: the content model's schemas with Astro's own references. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  handbookSchema,
  lessonSchema,
  municipalitySchema,
  practiceSchema,
  settingsSchema,
  templateSchema,
  type CollectionName,
} from './schemas';

// Astro's reference() is typed per collection name; every reference here resolves to { collection, id }.
const ref = (collection: CollectionName) => reference(collection as 'practices');

export const collections = {
  practices: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/practices' }),
    schema: practiceSchema(ref),
  }),
  municipalities: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/municipalities' }),
    schema: municipalitySchema(ref),
  }),
  handbooks: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/handbooks' }),
    schema: handbookSchema(ref),
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/lessons' }),
    schema: lessonSchema(ref),
  }),
  templates: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/templates' }),
    schema: templateSchema,
  }),
  settings: defineCollection({
    loader: file('./content/settings/site.json', { parser: (text) => ({ site: JSON.parse(text) }) }),
    schema: settingsSchema,
  }),
};
