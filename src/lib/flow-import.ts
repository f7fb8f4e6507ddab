/**
 * Importing a programme's existing spreadsheet into its flow (issue 13): the columns of the
 * workspace's CSV export (functions/workspace.ts), optionally a status column, as Excel writes them.
 * Pure: text in, rows and an error per row and column out; nothing is stored here.
 */
import { SIGNUP_ROLES, signupSchema, type SignupRole } from '../schemas/signup';
import { STATUSES, type Status } from '../schemas/flow';
import { detectSeparator, parseCsv, unguardCell } from './csv-read';
import { fieldsOf } from './fields';

/** How an imported person is marked wherever they are shown. */
export const IMPORTED_LABEL = 'geïmporteerd (geen privacyverklaring op deze site)';

/** At most this many people in one file (a programme's list, not a city's register). */
export const MAX_IMPORT_ROWS = 5000;

/**
 * The sign-up's fields, read from its schema (whatever version of the form it describes), so the
 * columns are the export's: an imported person's details keep the person's own fields as text.
 */
const SIGNUP_FIELDS = fieldsOf(signupSchema);
const NOT_DETAILS = ['programme', 'role', 'consent', 'privacyVersion'];
const DETAIL_FIELDS = SIGNUP_FIELDS.filter((f) => !NOT_DETAILS.includes(f.name));
export type DetailField = string;

const RECEIVED = 'Ontvangen';
const WAITING_SINCE = 'Wacht sinds';
const STATUS = 'Status';
/** Columns of the export that describe a record on this site, not the person: read past. */
const SITE_COLUMNS = ['Referentie', 'Versie formulier', 'Versie privacyverklaring', 'Nummer'];

export interface ImportRow {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  role: SignupRole;
  status: Exclude<Status, 'matched'>;
  /** The date in the "Ontvangen" column (dd/mm/jjjj), if any. */
  receivedOn?: string;
  /** For someone waiting: since when, from the "Wacht sinds" column (else the import's day). */
  waitingSince?: string;
  details: Partial<Record<DetailField, string>>;
}

export interface ImportProblem {
  row: number;
  column?: string;
  message: string;
}

export interface ImportResult {
  separator: ';' | ',';
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Columns of the file that are not imported (unknown to the workspace). */
  ignoredColumns: string[];
}

/** "rij 4, kolom E-mailadres: …" */
export const describeProblem = (p: ImportProblem) => `rij ${p.row}${p.column ? `, kolom ${p.column}` : ''}: ${p.message}`;

const normal = (text: string) => text.trim().toLowerCase().normalize('NFC');

const labelOf = (name: string) => SIGNUP_FIELDS.find((f) => f.name === name)?.title ?? name;

/** Header text (label or field name, any case) → what it holds. */
function columnMeaning(header: string): { detail: DetailField } | { role: true } | { status: true } | { received: true } | { waitingSince: true } | undefined {
  const h = normal(header);
  for (const field of DETAIL_FIELDS) if (h === normal(field.title) || h === normal(field.name)) return { detail: field.name };
  if (h === normal(labelOf('role')) || h === 'role' || h === 'rol') return { role: true };
  if (h === normal(STATUS)) return { status: true };
  if (h === normal(RECEIVED)) return { received: true };
  if (h === normal(WAITING_SINCE)) return { waitingSince: true };
  return undefined;
}

const ROLE_WORDS: Record<string, SignupRole> = {
  buddy: 'buddy',
  vrijwilliger: 'buddy',
  newcomer: 'newcomer',
  nieuwkomer: 'newcomer',
  deelnemer: 'newcomer',
  ...Object.fromEntries(Object.entries(SIGNUP_ROLES).map(([key, label]) => [normal(label), key as SignupRole])),
};

const STATUS_WORDS: Record<string, Status> = Object.fromEntries(
  Object.entries(STATUSES).flatMap(([key, label]) => [
    [key, key as Status],
    [normal(label), key as Status],
  ]),
);

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const POSTAL_CODE = /^[1-9][0-9]{3}$/;
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * A date as Excel nl-BE writes it (dd/mm/jjjj, also d-m-jjjj, with a time or not), as the ISO date, or
 * the export's own "23 nov 2026 14:32"; undefined when it is no real date.
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  let day: number, month: number, year: number;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.exec(t))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2}) ([a-z]{3})\.? (\d{4})(?:,?\s+\d{1,2}:\d{2})?$/i.exec(t)) && MONTHS.includes(m[2].toLowerCase()))
    [day, month, year] = [Number(m[1]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A cell's maximum length: the schema's, else that of the longest free text on the form. */
const maxLength = (field: DetailField) => SIGNUP_FIELDS.find((f) => f.name === field)?.maxLength ?? 2000;

function checkDetail(field: DetailField, value: string): string | undefined {
  if (field === 'email' && !EMAIL.test(value)) return 'geen geldig e-mailadres (bijvoorbeeld naam@example.be)';
  if (field === 'postalCode' && !POSTAL_CODE.test(value)) return 'geen Belgische postcode van vier cijfers';
  if (field === 'phone' && !/^[+0-9 ()./-]{6,40}$/.test(value)) return 'geen telefoonnummer (cijfers, spaties, + . / -)';
  if (value.length > maxLength(field)) return `te lang (hoogstens ${maxLength(field)} tekens)`;
  return undefined;
}

/** Today in Brussels, YYYY-MM-DD: no date in a file may lie after it. */
const todayInBrussels = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/** Reads a whole file's text: every row checked, every problem named by row and column. */
export function readImport(text: string, today = todayInBrussels()): ImportResult {
  const separator = detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const records = parseCsv(text, separator);
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const [header, ...body] = records;
  if (!header || header.cells.every((c) => !c.trim())) {
    return { separator, rows, problems: [{ row: 1, message: 'het bestand is leeg: de eerste rij moet de kolomnamen geven' }], ignoredColumns: [] };
  }
  const names = header.cells.map((c) => c.trim());
  const meanings = names.map(columnMeaning);
  const ignoredColumns = names.filter((name, i) => name && !meanings[i] && !SITE_COLUMNS.includes(name) && normal(name) !== normal(labelOf('consent')));
  const roleColumn = labelOf('role');
  const nameColumn = labelOf('name');
  const missing = [
    ...(meanings.some((m) => m && 'role' in m) ? [] : [roleColumn]),
    ...(meanings.some((m) => m && 'detail' in m && m.detail === 'name') ? [] : [nameColumn]),
  ];
  if (missing.length) {
    return { separator, rows, problems: missing.map((column) => ({ row: 1, column, message: 'deze kolom ontbreekt in de kopregel' })), ignoredColumns };
  }
  const filled = body.filter((r) => r.cells.some((c) => c.trim()));
  if (filled.length > MAX_IMPORT_ROWS) {
    return { separator, rows, problems: [{ row: filled[MAX_IMPORT_ROWS].row, message: `meer dan ${MAX_IMPORT_ROWS} rijen: splits het bestand` }], ignoredColumns };
  }
  for (const record of filled) {
    if (record.cells.length > names.length && record.cells.slice(names.length).some((c) => c.trim())) {
      problems.push({ row: record.row, message: `${record.cells.length} cellen, maar de kopregel heeft ${names.length} kolommen (staat er een ${separator === ';' ? 'puntkomma' : 'komma'} te veel?)` });
      continue;
    }
    const row: Partial<ImportRow> & { details: ImportRow['details'] } = { row: record.row, details: {} };
    const before = problems.length;
    const problem = (column: string, message: string) => problems.push({ row: record.row, column, message });
    meanings.forEach((meaning, i) => {
      const value = unguardCell((record.cells[i] ?? '').trim());
      if (!meaning) return;
      if ('role' in meaning) {
        const role = ROLE_WORDS[normal(value)];
        if (role) row.role = role;
        else problem(names[i], value ? `"${value}" is geen rol: schrijf buddy of nieuwkomer` : 'leeg: schrijf buddy of nieuwkomer');
      } else if ('status' in meaning) {
        if (!value) return;
        const status = STATUS_WORDS[normal(value)];
        if (!status) problem(names[i], `"${value}" is geen status: kies uit ${Object.values(STATUSES).join(', ')}`);
        else if (status === 'matched') problem(names[i], 'gekoppeld kan niet geïmporteerd worden: importeer als "wacht op een match" en maak het duo in de werkruimte');
        else row.status = status;
      } else if ('received' in meaning || 'waitingSince' in meaning) {
        if (!value) return;
        const date = parseDate(value);
        if (!date) problem(names[i], `"${value}" is geen datum: schrijf dd/mm/jjjj`);
        else if (date > today) problem(names[i], `${value} ligt in de toekomst`);
        else if ('received' in meaning) row.receivedOn = date;
        else row.waitingSince = date;
      } else if (value) {
        const wrong = checkDetail(meaning.detail, value);
        if (wrong) problem(names[i], wrong);
        else row.details[meaning.detail] = value;
      }
    });
    if (!row.details.name && !problems.slice(before).some((p) => p.column === nameColumn)) problem(nameColumn, 'leeg: vul de naam in');
    if (row.waitingSince && row.status !== 'waiting') {
      problem(names[meanings.findIndex((m) => m && 'waitingSince' in m)], `alleen voor wie de status "${STATUSES.waiting}" heeft`);
    }
    if (problems.length === before) rows.push({ status: 'new', ...row } as ImportRow);
  }
  if (!filled.length) problems.push({ row: 2, message: 'het bestand heeft geen rijen onder de kopregel' });
  return { separator, rows, problems, ignoredColumns };
}
