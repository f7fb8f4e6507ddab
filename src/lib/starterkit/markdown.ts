/**
 * The small Markdown subset templates are written in, parsed once into blocks that both the .docx
 * generator and the web page render, so the two never disagree:
 *   ## Kop / ### Kop        headings (the template's title is the only level 1)
 *   - punt / 1. punt        bullet and numbered lists
 *   - [ ] taak              checklist items
 *   | a | b |  (GFM table)  tables; empty cells are left open to fill in
 *   Naam: ____              a form line (three or more underscores at the end); "____" alone is a blank line to write on
 *   **vet**                 bold text; everything else is a paragraph.
 * Placeholders ({{gemeente}}) are filled in after parsing, so a filled-in value is always literal text.
 */
import { fillPlaceholders, type PlaceholderValues } from './placeholders';

export interface Span {
  text: string;
  bold?: boolean;
}
export type Inline = Span[];

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; content: Inline }
  | { type: 'paragraph'; content: Inline }
  | { type: 'list'; ordered: boolean; items: Inline[] }
  | { type: 'checklist'; items: Inline[] }
  | { type: 'table'; header: Inline[]; rows: Inline[][] }
  | { type: 'field'; label: Inline };

/** "**a** b" → [{text:'a',bold:true},{text:' b'}]. */
export function parseInline(text: string): Inline {
  const spans: Inline = [];
  text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (!part) return;
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    spans.push(bold ? { text: bold[1], bold: true } : { text: part });
  });
  return spans;
}

const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

const LINE = {
  heading: /^(#{1,4})\s+(.+?)\s*#*$/,
  check: /^\s*[-*]\s+\[[ xX]\]\s+(.+)$/,
  bullet: /^\s*[-*]\s+(.+)$/,
  ordered: /^\s*\d+[.)]\s+(.+)$/,
  tableRow: /^\s*\|.*\|\s*$/,
  tableRule: /^\s*\|[\s:|-]+\|\s*$/,
  field: /^(.*?)\s*_{3,}\s*$/,
};

export function parseTemplate(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const last = () => blocks[blocks.length - 1];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m: RegExpExecArray | null;
    if (!line.trim()) {
      flush();
    } else if ((m = LINE.heading.exec(line))) {
      flush();
      blocks.push({ type: 'heading', level: Math.min(4, Math.max(2, m[1].length)) as 2 | 3 | 4, content: parseInline(m[2]) });
    } else if ((m = LINE.check.exec(line))) {
      flush();
      const prev = last();
      if (prev?.type === 'checklist') prev.items.push(parseInline(m[1]));
      else blocks.push({ type: 'checklist', items: [parseInline(m[1])] });
    } else if ((m = LINE.bullet.exec(line)) || (m = LINE.ordered.exec(line))) {
      flush();
      const ordered = !LINE.bullet.test(line);
      const prev = last();
      if (prev?.type === 'list' && prev.ordered === ordered) prev.items.push(parseInline(m[1]));
      else blocks.push({ type: 'list', ordered, items: [parseInline(m[1])] });
    } else if (LINE.tableRow.test(line) && LINE.tableRule.test(lines[i + 1] ?? '')) {
      flush();
      const header = cellsOf(line);
      const rows: Inline[][] = [];
      for (i += 2; i < lines.length && LINE.tableRow.test(lines[i]); i++) {
        const cells = cellsOf(lines[i]);
        rows.push(header.map((_, c) => cells[c] ?? []));
      }
      i--;
      blocks.push({ type: 'table', header, rows });
    } else if ((m = LINE.field.exec(line))) {
      flush();
      blocks.push({ type: 'field', label: parseInline(m[1]) });
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const fillInline = (inline: Inline, values: PlaceholderValues): Inline =>
  inline.map((span) => ({ ...span, text: fillPlaceholders(span.text, values) }));

/** The blocks with every placeholder filled in (or its bracketed default). */
export function fillBlocks(blocks: Block[], values: PlaceholderValues = {}): Block[] {
  const fill = (inline: Inline) => fillInline(inline, values);
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, content: fill(block.content) };
      case 'list':
      case 'checklist':
        return { ...block, items: block.items.map(fill) };
      case 'table':
        return { ...block, header: block.header.map(fill), rows: block.rows.map((row) => row.map(fill)) };
      case 'field':
        return { ...block, label: fill(block.label) };
    }
  });
}

/** Plain text of an inline run, e.g. for headings in tests and the read-me. */
export const plainText = (inline: Inline) => inline.map((span) => span.text).join('');
