/** Coordinators' exports open in Excel nl-BE: semicolons, every cell quoted (src/lib/csv.ts). */
import { csvDocument, escapeCell, EXCEL_NL_BE } from '../../src/lib/csv';

export function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : value === true ? 'ja' : value === false ? 'nee' : String(value);
  return escapeCell(text, EXCEL_NL_BE);
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return csvDocument([header, ...rows].map((row) => row.map(csvCell)), EXCEL_NL_BE);
}
