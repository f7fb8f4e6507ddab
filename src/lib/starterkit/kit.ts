/**
 * The starter kit: each template as a .docx, and all of them in one zip with a read-me. The build (the
 * endpoints under src/pages/starterkit/) and the personalisation form in the browser both call this.
 */
import { strToU8 } from 'fflate';
import { renderDocx } from './docx';
import { fillBlocks, parseTemplate } from './markdown';
import { fillPlaceholders, isPersonalised, PLACEHOLDER_KEYS, PLACEHOLDERS, type PlaceholderKey, type PlaceholderValues } from './placeholders';
import { zipFiles } from './zip';

/** A template as the generator needs it: the content entry's data and its Markdown body. */
export interface StarterTemplate {
  id: string;
  title: string;
  summary: string;
  order: number;
  fileName: string;
  /** The placeholders the template declares it uses. */
  placeholders: PlaceholderKey[];
  body: string;
}

export const KIT_FILE_NAME = 'starterkit-buddywerking.zip';
export const README_NAME = 'LEESMIJ.txt';

export const docxName = (template: StarterTemplate) => `${template.fileName}.docx`;
export const byOrder = (a: StarterTemplate, b: StarterTemplate) => a.order - b.order || a.id.localeCompare(b.id);

/** The template with its placeholders filled in: title, summary and blocks, ready to render. */
export function fillTemplate(template: StarterTemplate, values: PlaceholderValues = {}) {
  return {
    title: fillPlaceholders(template.title, values),
    summary: fillPlaceholders(template.summary, values),
    blocks: fillBlocks(parseTemplate(template.body), values),
  };
}

export const templateDocx = (template: StarterTemplate, values: PlaceholderValues = {}) =>
  renderDocx(fillTemplate(template, values));

/** "Sint-Truiden" → "starterkit-buddywerking-sint-truiden.zip"; the generic kit keeps its plain name. */
export function kitFileName(values: PlaceholderValues = {}): string {
  const slug = (values.gemeente ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? KIT_FILE_NAME.replace(/\.zip$/, `-${slug}.zip`) : KIT_FILE_NAME;
}

export function readme(templates: StarterTemplate[], values: PlaceholderValues = {}): string {
  const personal = isPersonalised(values);
  const lines = [
    `Starterkit buddywerking${personal ? ` - ${fillPlaceholders('{{gemeente}}', values)}` : ''}`,
    '',
    'Sjablonen om een buddywerking voor nieuwkomers op te starten, uit de praktijkdatabank',
    'buddywerkingen van VVSG. Het zijn Word-documenten (.docx): open en bewerk ze in Word,',
    'LibreOffice of een andere tekstverwerker, en pas ze aan jullie werking aan.',
    '',
    personal
      ? 'Deze kit is ingevuld met de gegevens uit het formulier op de pagina Starterkit:'
      : 'Tekst tussen vierkante haken, zoals [naam gemeente], vul je zelf in. Op de pagina Starterkit\r\nmaak je ook een kit waarin die gegevens al ingevuld zijn.',
    ...(personal
      ? PLACEHOLDER_KEYS.map((key) => `- ${PLACEHOLDERS[key].label}: ${fillPlaceholders(`{{${key}}}`, values)}`)
      : []),
    '',
    'Inhoud:',
    ...[...templates].sort(byOrder).map((t) => `- ${docxName(t)}: ${fillPlaceholders(t.title, values)}. ${fillPlaceholders(t.summary, values)}`),
    '',
  ];
  return lines.join('\r\n');
}

/** Every template's .docx, in order, as [file name, bytes]. */
export async function kitDocuments(templates: StarterTemplate[], values: PlaceholderValues = {}) {
  const sorted = [...templates].sort(byOrder);
  return Promise.all(sorted.map(async (t) => [docxName(t), await templateDocx(t, values)] as [string, Uint8Array]));
}

export async function buildKit(templates: StarterTemplate[], values: PlaceholderValues = {}): Promise<Uint8Array> {
  const documents = await kitDocuments(templates, values);
  return zipFiles([[README_NAME, strToU8(readme(templates, values))], ...documents]);
}
