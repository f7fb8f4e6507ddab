/**
 * File formats for the CMS: the same YAML as the content files (no line folding, keys in field order),
 * so saving an entry changes only the lines an editor changed. Decap's built-in formats fold long
 * lines at 80 characters, which rewrote every paragraph of a card on the first save.
 */
import { parse, stringify } from 'yaml';

type Data = Record<string, unknown>;

const yamlOptions = { lineWidth: 0 } as const;

/** Keys in the order of the CMS fields (Decap passes them), unknown keys after. */
function ordered(data: Data, sortedKeys: string[] = []): Data {
  const keys = [...sortedKeys.filter((k) => k in data), ...Object.keys(data).filter((k) => !sortedKeys.includes(k))];
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
}

export const yamlFormat = {
  fromFile: (content: string): Data => (parse(content) ?? {}) as Data,
  toFile: (data: Data, sortedKeys?: string[]) => stringify(ordered(data, sortedKeys), yamlOptions),
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export const frontmatterFormat = {
  fromFile(content: string): Data {
    const match = FRONTMATTER.exec(content);
    if (!match) return { body: content };
    return { ...((parse(match[1]) ?? {}) as Data), body: match[2] };
  },
  toFile(data: Data, sortedKeys?: string[]): string {
    const { body = '', ...fields } = data;
    // The body exactly as the editor left it (a blank line after --- stays if it was there).
    return `---\n${stringify(ordered(fields, sortedKeys), yamlOptions)}---\n${String(body)}`;
  },
};

/** Names under which admin/cms.ts registers them; admin/config.ts uses them per collection. */
export const FORMATS = { frontmatter: 'md-frontmatter', yaml: 'yaml-nowrap' } as const;
