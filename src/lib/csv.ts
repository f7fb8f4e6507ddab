/**
 * CSV that spreadsheets open safely, in two dialects: RFC 4180 for open data, and the semicolon
 * dialect Excel expects in Belgium (nl-BE) for coordinators' exports. Text that a spreadsheet would
 * run as a formula (= + - @, tab, CR) gets a leading apostrophe in both.
 */
export interface CsvDialect {
  separator: ',' | ';';
  /** Quote every cell, not only those that need it. */
  quoteAll: boolean;
}

export const RFC_4180: CsvDialect = { separator: ',', quoteAll: false };
export const EXCEL_NL_BE: CsvDialect = { separator: ';', quoteAll: true };

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell; `guardFormula: false` for real numbers, which a spreadsheet must read as numbers. */
export function escapeCell(text: string, dialect: CsvDialect, { guardFormula = true } = {}): string {
  const safe = guardFormula && FORMULA_START.test(text) ? `'${text}` : text;
  const needsQuotes = dialect.quoteAll || safe.includes(dialect.separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of escaped cells as a document: UTF-8 byte order mark (accents), CRLF line ends. */
export function csvDocument(rows: string[][], dialect: CsvDialect): string {
  return `\uFEFF${rows.map((cells) => cells.join(dialect.separator)).join('\r\n')}\r\n`;
}
