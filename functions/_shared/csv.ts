/**
 * CSV for spreadsheets (Excel nl-BE: semicolons, UTF-8 with BOM). Every cell is quoted, and a cell
 * that a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : value === true ? 'ja' : value === false ? 'nee' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
