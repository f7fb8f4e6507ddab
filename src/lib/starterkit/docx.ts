/**
 * Template blocks → a .docx with real Word structure (heading styles, list numbering, tables with a
 * repeating header row, tab-leader form lines), so it stays editable and accessible in Word and LibreOffice.
 * The docx package stamps the current time in the zip entries and in docProps/core.xml: both are
 * replaced by fixed values, so the same template and values always give the same bytes.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  HeightRule,
  LeaderType,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { plainText, type Block, type Inline } from './markdown';
import { FIXED_ISO_DATE, rezip } from './zip';

/** A4 width minus docx's default 1-inch margins, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;
const NUMBERED = 'genummerd';
const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

const runs = (inline: Inline, bold = false) =>
  inline.map((span) => new TextRun({ text: span.text, bold: bold || span.bold }));

function tableOf(block: Extract<Block, { type: 'table' }>): Table {
  const width = Math.floor(TEXT_WIDTH / block.header.length);
  const cell = (inline: Inline, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ children: runs(inline, header) })],
    });
  return new Table({
    width: { size: width * block.header.length, type: WidthType.DXA },
    columnWidths: block.header.map(() => width),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h) => cell(h, true)) }),
      // Rows to fill in by hand get room to write.
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            height: { value: 567, rule: HeightRule.ATLEAST },
            children: row.map((c) => cell(c, false)),
          }),
      ),
    ],
  });
}

function childrenOf(blocks: Block[]): Array<Paragraph | Table> {
  let listInstance = 0;
  return blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.content) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(block.content), spacing: { after: 120 } })];
      case 'list': {
        const instance = ++listInstance;
        return block.items.map((item) =>
          block.ordered
            ? new Paragraph({ children: runs(item), numbering: { reference: NUMBERED, level: 0, instance } })
            : new Paragraph({ children: runs(item), bullet: { level: 0 } }),
        );
      }
      case 'checklist':
        return block.items.map(
          (item) =>
            new Paragraph({
              children: [new TextRun('☐'), new TextRun({ children: [new Tab()] }), ...runs(item)],
              indent: { left: 567, hanging: 567 },
              spacing: { after: 80 },
            }),
        );
      case 'table':
        return [tableOf(block), new Paragraph({ children: [] })];
      case 'field':
        return [
          new Paragraph({
            children: [...runs(block.label), new TextRun({ text: plainText(block.label) ? ' ' : '' }), new TextRun({ children: [new Tab()] })],
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.UNDERSCORE }],
            spacing: { before: 240 },
          }),
        ];
    }
  });
}

export interface DocxInput {
  title: string;
  summary: string;
  blocks: Block[];
}

export async function renderDocx({ title, summary, blocks }: DocxInput): Promise<Uint8Array> {
  const document = new Document({
    title,
    description: summary,
    creator: 'Praktijkdatabank buddywerkingen',
    styles: { default: { document: { run: { size: 22, language: { value: 'nl-BE' } } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: title }), ...childrenOf(blocks)] }],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return rezip(packed, (name, data) =>
    name === 'docProps/core.xml'
      ? strToU8(
          strFromU8(data).replace(
            /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
            `$1${FIXED_ISO_DATE}$3`,
          ),
        )
      : data,
  );
}
