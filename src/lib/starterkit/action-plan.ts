/**
 * The action plan (handelingsplan) of one duo: the starter kit's template, filled in with the duo's
 * names, start date and agreements where the template leaves them open (the parties table, the
 * "Startdatum: ____" line, the tasks, the contact arrangements), then rendered by the same generator.
 */
import { renderDocx } from './docx';
import { fillTemplate, type StarterTemplate } from './kit';
import { plainText, type Block, type Inline } from './markdown';
import type { PlaceholderValues } from './placeholders';

export interface ActionPlanDuo {
  buddyName: string;
  newcomerName: string;
  /** As the reader sees it, e.g. "1 december 2026". */
  startedOn: string;
  goals?: string;
  /** One task a line; the first three fill "Taak 1" to "Taak 3". */
  tasks?: string;
  contact?: string;
  other?: string;
}

const span = (text: string): Inline => [{ text }];

/** The blocks with the duo's details in the template's open places. */
export function fillActionPlanBlocks(blocks: Block[], duo: ActionPlanDuo): Block[] {
  const tasks = (duo.tasks ?? '').split(/\r?\n/).map((t) => t.trim()).filter(Boolean);
  const fieldValues: Record<string, string | undefined> = {
    'Startdatum:': duo.startedOn,
    'Taak 1:': tasks[0],
    'Taak 2:': tasks[1],
    'Taak 3:': tasks.slice(2).join('; ') || undefined,
    'Dag, plaats en manier van contact:': duo.contact,
    'Andere afspraken:': duo.other,
  };
  const names: Record<string, string> = { Cliënt: duo.newcomerName, Buddy: duo.buddyName };
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'field') {
      const label = plainText(block.label).trim();
      const value = fieldValues[label]?.trim();
      return value ? [{ type: 'paragraph', content: [{ text: `${label} `, bold: true }, { text: value }] }] : [block];
    }
    if (block.type === 'table' && plainText(block.header[1] ?? []) === 'Naam') {
      return [{ ...block, rows: block.rows.map((row) => (names[plainText(row[0])] ? [row[0], span(names[plainText(row[0])]), ...row.slice(2)] : row)) }];
    }
    if (block.type === 'heading' && plainText(block.content) === 'Doelen per levensdomein' && duo.goals?.trim()) {
      return [block, { type: 'paragraph', content: [{ text: 'Afgesproken doelen: ', bold: true }, { text: duo.goals.trim() }] }];
    }
    return [block];
  });
}

export function actionPlanDocx(template: StarterTemplate, values: PlaceholderValues, duo: ActionPlanDuo): Promise<Uint8Array> {
  const filled = fillTemplate(template, values);
  return renderDocx({ ...filled, title: `${filled.title}: ${duo.buddyName} en ${duo.newcomerName}`, blocks: fillActionPlanBlocks(filled.blocks, duo) });
}
