/**
 * Reading a CSV file as Excel writes it (the reverse of src/lib/csv.ts): bytes in UTF-8 with or
 * without a byte order mark, or in Windows-1252 (Excel's "CSV" on a Belgian Windows); cells separated
 * by `;` (Excel nl-BE) or `,`; quoted cells may hold separators, quotes ("") and line breaks.
 */

/** The text of a file: UTF-8 when the bytes are valid UTF-8 (BOM removed), else Windows-1252. */
export function decodeSpreadsheetBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    // ignoreBOM: false means the decoder removes a byte order mark.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** A parsed record with its row number as the spreadsheet shows it (1 = the header). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/**
 * Splits CSV text into records. Line ends are CRLF, LF or CR; a quoted cell keeps its line breaks
 * (as \n). A stray quote inside an unquoted cell is kept as text, as Excel does.
 */
export function parseCsv(text: string, separator: ';' | ','): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else if (char === '\r' || char === '\n') {
        if (char === '\r' && source[i + 1] === '\n') i++;
        cell += '\n';
      } else cell += char;
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (char === separator) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (cellStarted || cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** Our own exports guard formulas with a leading apostrophe (src/lib/csv.ts): read back without it. */
export const unguardCell = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
