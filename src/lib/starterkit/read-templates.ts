/** Node-only: the starter-kit templates read straight from content/templates, for tests and scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../content-files';
import { templateSchema } from '../../schemas/template';
import type { StarterTemplate } from './kit';

export function readTemplates(dir = join(process.cwd(), 'content', 'templates')): StarterTemplate[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { data, body } = parseMarkdown(readFileSync(join(dir, name), 'utf8'));
      return { id: name.slice(0, -3), ...templateSchema.parse(data), body };
    });
}
