/**
 * Reading a programme's spreadsheet for the import (src/lib/csv-read.ts, src/lib/flow-import.ts): the
 * bytes Excel writes (UTF-8 with and without BOM, Windows-1252; `;` and `,`; quoted line breaks) and an
 * error per row naming the column.
 */
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetBytes, detectSeparator, parseCsv } from '../../src/lib/csv-read';
import { describeProblem, parseDate, readImport } from '../../src/lib/flow-import';

/** Windows-1252 bytes of a Latin text (é = 0xE9, ë = 0xEB), as Excel saves "CSV (gescheiden door lijstscheidingsteken)". */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const BOM = [0xef, 0xbb, 0xbf];

const HEADER_SEMI = 'Ontvangen;Rol;Naam;E-mailadres;Postcode;Talen;Status\r\n';
const ROWS_SEMI = '03/02/2025;Buddy;Zoë Hendrickx;zoe@example.be;3800;"Nederlands; Frans";wacht op een match\r\n' + '15/10/2024;nieuwkomer;René Müller;;3500;Duits;\r\n';

describe('bytes as Excel writes them', () => {
  it('UTF-8 with a byte order mark, semicolons', () => {
    const { text, encoding } = decodeSpreadsheetBytes(Uint8Array.from([...BOM, ...utf8(HEADER_SEMI + ROWS_SEMI)]));
    expect(encoding).toBe('utf-8');
    const result = readImport(text);
    expect(result.separator).toBe(';');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, role: 'buddy', status: 'waiting', receivedOn: '2025-02-03', details: { name: 'Zoë Hendrickx', email: 'zoe@example.be', postalCode: '3800', languages: 'Nederlands; Frans' } },
      { row: 3, role: 'newcomer', status: 'new', receivedOn: '2024-10-15', details: { name: 'René Müller', postalCode: '3500', languages: 'Duits' } },
    ]);
  });

  it('UTF-8 without a byte order mark', () => {
    const { text, encoding } = decodeSpreadsheetBytes(utf8(HEADER_SEMI + ROWS_SEMI));
    expect(encoding).toBe('utf-8');
    expect(readImport(text).rows.map((r) => r.details.name)).toEqual(['Zoë Hendrickx', 'René Müller']);
  });

  it('Windows-1252 (accents are single bytes that are not valid UTF-8)', () => {
    const bytes = cp1252(HEADER_SEMI + ROWS_SEMI);
    expect(bytes.includes(0xeb)).toBe(true);
    const { text, encoding } = decodeSpreadsheetBytes(bytes);
    expect(encoding).toBe('windows-1252');
    expect(readImport(text).rows.map((r) => r.details.name)).toEqual(['Zoë Hendrickx', 'René Müller']);
    // The euro sign and curly quotes live in 0x80–0x9F in Windows-1252, not in Latin-1.
    expect(decodeSpreadsheetBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94])).text).toBe('€ “a”');
  });

  it('commas, LF line ends, a quoted cell with a line break and a doubled quote', () => {
    const text = 'Rol,Naam,Interesses,Postcode\n' + 'buddy,"Peeters, An","Koken\nen ""wandelen""",3000\n' + 'Nieuwkomer die een buddy zoekt,Omar,,1000\n';
    expect(detectSeparator(text)).toBe(',');
    const result = readImport(text);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ row: 2, role: 'buddy', details: { name: 'Peeters, An', interests: 'Koken\nen "wandelen"', postalCode: '3000' } });
    expect(result.rows[1]).toMatchObject({ row: 3, role: 'newcomer', details: { name: 'Omar', postalCode: '1000' } });
  });

  it('counts rows as the spreadsheet does: a cell with line breaks is still one row', () => {
    expect(parseCsv('a;b\r\n"x\r\ny";z\r\n\r\nq;r', ';').map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', 'z']],
      [3, ['']],
      [4, ['q', 'r']],
    ]);
  });

  it('reads back the workspace\'s own export (BOM, every cell quoted, formula guards)', () => {
    const text = '\uFEFF"Ontvangen";"Referentie";"Rol";"Naam";"Telefoonnummer";"Versie formulier";"Nummer"\r\n"23 nov 2026 14:32";"BW-X";"Buddy (vrijwilliger)";"\'=Lies";"\'+32 470 12 34 56";"1";"abc"\r\n';
    const result = readImport(text);
    expect(result.problems).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.rows).toEqual([{ row: 2, role: 'buddy', status: 'new', receivedOn: '2026-11-23', details: { name: '=Lies', phone: '+32 470 12 34 56' } }]);
  });
});

describe('an error per row, naming the column', () => {
  it('names the row as the spreadsheet numbers it and the column by its header', () => {
    const text =
      'Rol;Naam;E-mailadres;Postcode;Ontvangen;Status;Lievelingskleur\r\n' +
      'buddy;An;an@example.be;3800;01/02/2025;nieuw;blauw\r\n' +
      'buddy;Bert;bert-at-example;38000;31/02/2025;gekoppeld;rood\r\n' +
      'mentor;;;;;onbekend;\r\n';
    const result = readImport(text);
    expect(result.rows.map((r) => r.details.name)).toEqual(['An']);
    expect(result.ignoredColumns).toEqual(['Lievelingskleur']);
    expect(result.problems.map(describeProblem)).toEqual([
      'rij 3, kolom E-mailadres: geen geldig e-mailadres (bijvoorbeeld naam@example.be)',
      'rij 3, kolom Postcode: geen Belgische postcode van vier cijfers',
      'rij 3, kolom Ontvangen: "31/02/2025" is geen datum: schrijf dd/mm/jjjj',
      'rij 3, kolom Status: gekoppeld kan niet geïmporteerd worden: importeer als "wacht op een match" en maak het duo in de werkruimte',
      'rij 4, kolom Rol: "mentor" is geen rol: schrijf buddy of nieuwkomer',
      'rij 4, kolom Status: "onbekend" is geen status: kies uit nieuw, intake gepland, intake gedaan, wacht op een match, gekoppeld, afgerond, gestopt',
      'rij 4, kolom Naam: leeg: vul de naam in',
    ]);
  });

  it('reads since when someone waits, only for who waits, and no date after today', () => {
    const text =
      'Rol;Naam;Status;Wacht sinds;Ontvangen\r\n' +
      'buddy;An;wacht op een match;01/09/2026;15/08/2026\r\n' +
      'nieuwkomer;Bo;wacht op een match;;\r\n' +
      'buddy;Cas;nieuw;01/09/2026;\r\n' +
      'buddy;Dirk;wacht op een match;24/11/2026;24/11/2026\r\n';
    const result = readImport(text, '2026-11-23');
    expect(result.rows.map((r) => [r.details.name, r.waitingSince])).toEqual([
      ['An', '2026-09-01'],
      ['Bo', undefined],
    ]);
    expect(result.problems.map(describeProblem)).toEqual([
      'rij 4, kolom Wacht sinds: alleen voor wie de status "wacht op een match" heeft',
      'rij 5, kolom Wacht sinds: 24/11/2026 ligt in de toekomst',
      'rij 5, kolom Ontvangen: 24/11/2026 ligt in de toekomst',
    ]);
  });

  it('a missing required column, an empty file, too many cells', () => {
    expect(readImport('Naam;Postcode\r\nAn;3800\r\n').problems.map(describeProblem)).toEqual(['rij 1, kolom Rol: deze kolom ontbreekt in de kopregel']);
    expect(readImport('').problems.map(describeProblem)).toEqual(['rij 1: het bestand is leeg: de eerste rij moet de kolomnamen geven']);
    expect(readImport('Rol;Naam\r\n').problems.map(describeProblem)).toEqual(['rij 2: het bestand heeft geen rijen onder de kopregel']);
    expect(readImport('Rol;Naam\r\nbuddy;An;3800\r\n').problems.map(describeProblem)).toEqual([
      'rij 2: 3 cellen, maar de kopregel heeft 2 kolommen (staat er een puntkomma te veel?)',
    ]);
  });

  it('reads dates as dd/mm/jjjj and refuses what is not a date', () => {
    expect(parseDate('3/2/2025')).toBe('2025-02-03');
    expect(parseDate('03-02-2025 09:15')).toBe('2025-02-03');
    expect(parseDate('2025-02-03')).toBe('2025-02-03');
    // The workspace's own export (Intl nl-BE, medium).
    expect(parseDate(new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date('2026-03-05T10:00:00Z')))).toBe('2026-03-05');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2025')).toBeUndefined();
    expect(parseDate('02/13/2025')).toBeUndefined();
    expect(parseDate('gisteren')).toBeUndefined();
  });
});
