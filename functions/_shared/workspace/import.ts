/**
 * /coordinator/importeren: a programme brings the people of its spreadsheet into its flow. Upload
 * (multipart form, no script) → preview with an error per row and column → "Importeren" stores every
 * row in one statement, or nothing. Between preview and import the file travels only as a hidden
 * field of the preview page (base64 of the uploaded bytes): nothing personal is parked on the server.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml as e } from '../../../src/forms/render';
import { SIGNUP_ROLES } from '../../../src/schemas/signup';
import { STATUSES } from '../../../src/schemas/flow';
import { decodeSpreadsheetBytes } from '../../../src/lib/csv-read';
import { describeProblem, IMPORTED_LABEL, MAX_IMPORT_ROWS, readImport, type ImportRow } from '../../../src/lib/flow-import';
import { db, type Db } from '../db';
import { BodyTooLarge, readBodyBytes } from '../http';
import type { Person } from '../people';
import { BASE, header, notice, programmeName } from '../workspace-pages';
import { programmeQuery, type ProgrammeRef, type View } from './view';

/** The largest file accepted (a few thousand rows); the confirmation carries it base64-encoded. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const FILE_FIELD = 'bestand';

const title = (programme: ProgrammeRef) => `Mensen importeren: ${programmeName(programme.label, programme.id)}`;

function uploadForm(programme: ProgrammeRef, error?: string): string {
  return (
    `<form method="post" enctype="multipart/form-data" action="${BASE}/importeren?${e(programmeQuery(programme))}" class="form">` +
    `<div class="form-field"><label class="form-label" for="import-file">CSV-bestand</label>` +
    `<p class="form-hint" id="import-file-hint">Een bestand zoals Excel het bewaart als CSV (puntkomma of komma, UTF-8 of Windows), hoogstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB en ${MAX_IMPORT_ROWS} rijen.</p>` +
    (error ? `<p class="form-error" id="import-file-error">${e(error)}</p>` : '') +
    `<input type="file" id="import-file" name="${FILE_FIELD}" accept=".csv,text/csv" required aria-describedby="import-file-hint${error ? ' import-file-error' : ''}"${error ? ' aria-invalid="true"' : ''}></div>` +
    `<button type="submit" class="button">Voorbeeld tonen</button></form>`
  );
}

const explanation =
  `<p class="lead">Breng de mensen uit de lijst die je buddywerking al bijhoudt in de werkruimte. Je ziet eerst een voorbeeld; er wordt pas iets bewaard als je op <strong>Importeren</strong> klikt, en dan alle rijen of geen enkele.</p>` +
  `<h2>Kolommen</h2><p>De kolommen van de CSV-export van de aanmeldingen. Verplicht: <strong>Rol</strong> (buddy of nieuwkomer) en <strong>Naam</strong>. ` +
  `Niet verplicht: E-mailadres, Telefoonnummer, Postcode, Talen, Interesses, Beschikbaarheid, Motivatie, Ontvangen (datum als dd/mm/jjjj), Status ` +
  `(${Object.values(STATUSES).filter((s) => s !== STATUSES.matched).join(', ')}; leeg is nieuw) en Wacht sinds (datum, bij wie ${STATUSES.waiting}; ` +
  `leeg is de dag van de import). Andere kolommen worden niet geïmporteerd.</p>` +
  `<p>Geïmporteerde mensen staan in de werkruimte als <strong>${e(IMPORTED_LABEL)}</strong>: ze gaven hun gegevens niet via deze website. Laat hen weten dat hun gegevens hier bewaard worden en hoe lang.</p>`;

export function importForm(person: Person, programme: ProgrammeRef, imported?: number): View {
  const done = imported !== undefined ? notice(`${imported} ${imported === 1 ? 'persoon is' : 'mensen zijn'} geïmporteerd. Ze staan in de werkruimte als ‘${e(IMPORTED_LABEL)}’.`) : '';
  return { status: 200, title: title(programme), main: `<h1>${e(title(programme))}</h1>${header(person)}${done}${explanation}<h2>Bestand kiezen</h2>${uploadForm(programme)}` };
}

/** The uploaded file's bytes, from the upload form (multipart) or the preview's hidden field. */
async function uploadedBytes(req: Request): Promise<Uint8Array | undefined> {
  const body = await readBodyBytes(req, Math.ceil(MAX_UPLOAD_BYTES * 1.4) + 16 * 1024);
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData().catch(() => undefined);
  const value = form?.get(FILE_FIELD);
  if (!value) return undefined;
  if (typeof value === 'string') return new Uint8Array(Buffer.from(value, 'base64'));
  return new Uint8Array(await value.arrayBuffer());
}

const refused = (person: Person, programme: ProgrammeRef, status: number, message: string): View => ({
  status,
  title: `Fout: ${title(programme)}`,
  main: `<h1>${e(title(programme))}</h1>${header(person)}${explanation}<h2>Bestand kiezen</h2>${uploadForm(programme, message)}`,
});

type Read = { rows: ImportRow[]; bytes: Uint8Array; describe: string; ignored: string[] } | { view: View };

async function readUpload(req: Request, person: Person, programme: ProgrammeRef): Promise<Read> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await uploadedBytes(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) return { view: refused(person, programme, 413, `CSV-bestand: het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Splits het in delen.`) };
    throw error;
  }
  if (!bytes?.length) return { view: refused(person, programme, 422, 'CSV-bestand: kies een bestand.') };
  if (bytes.length > MAX_UPLOAD_BYTES) return { view: refused(person, programme, 413, `CSV-bestand: het bestand is groter dan ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Splits het in delen.`) };
  const { text, encoding } = decodeSpreadsheetBytes(bytes);
  const result = readImport(text);
  const describe = `Gelezen als ${encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}, kolommen gescheiden door ${result.separator === ';' ? 'puntkomma’s' : 'komma’s'}.`;
  if (result.problems.length) {
    const items = result.problems.slice(0, 200).map((p) => `<li>${e(describeProblem(p))}</li>`).join('');
    const more = result.problems.length > 200 ? `<p>En nog ${result.problems.length - 200} fouten.</p>` : '';
    return {
      view: {
        status: 422,
        title: `Fout: ${title(programme)}`,
        main:
          `<h1>${e(title(programme))}</h1>${header(person)}` +
          `<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Er is niets geïmporteerd: ${result.problems.length} ${result.problems.length === 1 ? 'fout' : 'fouten'} in het bestand</h2>` +
          `<p>Verbeter deze rijen in je spreadsheet en laad het bestand opnieuw op. Zolang één rij een fout heeft, wordt geen enkele rij geïmporteerd.</p><ul>${items}</ul>${more}</div>` +
          `<p>${e(describe)}</p><h2>Bestand opnieuw kiezen</h2>${uploadForm(programme)}`,
      },
    };
  }
  return { rows: result.rows, bytes, describe, ignored: result.ignoredColumns };
}

const dateText = (iso?: string) => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * Rows that look like someone already in the programme's flow (same name, and the same e-mail address
 * when the row has one): a second import of the same list shows them. Not refused: two people can
 * share a name.
 */
export async function likelyPresent(programme: string, rows: ImportRow[], sql: Db = db): Promise<Set<number>> {
  const { rows: existing } = await sql.query<{ name: string; email: string | null }>(
    `SELECT lower(btrim(coalesce(s.data->>'name', fp.details->>'name', ''))) AS name, lower(btrim(coalesce(s.data->>'email', fp.details->>'email'))) AS email
     FROM flow_people fp LEFT JOIN submissions s ON s.id = fp.submission_id WHERE fp.programme = $1`,
    [programme],
  );
  const known = new Set(existing.flatMap((p) => [`${p.name}\n`, ...(p.email ? [`${p.name}\n${p.email}`] : [])]));
  const key = (r: ImportRow) => `${(r.details.name ?? '').trim().toLowerCase()}\n${(r.details.email ?? '').trim().toLowerCase()}`;
  return new Set(rows.filter((r) => known.has(key(r))).map((r) => r.row));
}

function previewTable(rows: ImportRow[], present: Set<number>): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${r.row}${present.has(r.row) ? ' <strong>(staat er mogelijk al)</strong>' : ''}</td><td>${e(SIGNUP_ROLES[r.role])}</td><td>${e(r.details.name ?? '')}</td><td>${e(r.details.email ?? '')}</td>` +
        `<td>${e(r.details.phone ?? '')}</td><td>${e(r.details.postalCode ?? '')}</td><td>${e(STATUSES[r.status])}${r.waitingSince ? ` sinds ${e(dateText(r.waitingSince))}` : ''}</td><td>${e(dateText(r.receivedOn))}</td></tr>`,
    )
    .join('');
  return (
    `<div class="table-scroll"><table><caption>${rows.length} ${rows.length === 1 ? 'persoon' : 'mensen'} om te importeren</caption>` +
    `<thead><tr><th scope="col">Rij</th><th scope="col">Rol</th><th scope="col">Naam</th><th scope="col">E-mailadres</th><th scope="col">Telefoon</th><th scope="col">Postcode</th><th scope="col">Status</th><th scope="col">Ontvangen</th></tr></thead>` +
    `<tbody>${body}</tbody></table></div>`
  );
}

/** POST of the upload form: the preview, or the errors. Nothing is stored. */
export async function importPreview(req: Request, person: Person, programme: ProgrammeRef): Promise<View> {
  const read = await readUpload(req, person, programme);
  if ('view' in read) return read.view;
  const ignored = read.ignored.length ? notice(`Deze kolommen worden niet geïmporteerd: ${read.ignored.map(e).join(', ')}.`) : '';
  const present = await likelyPresent(programme.id, read.rows);
  const twice = present.size
    ? notice(
        `${present.size === 1 ? 'Eén rij lijkt' : `${present.size} rijen lijken`} al in de werkruimte te staan (dezelfde naam, en hetzelfde e-mailadres als de rij er een heeft): rij ${[...present].join(', ')}. ` +
          `Haal ze uit het bestand als je ze niet dubbel wilt; importeer je toch, dan komen ze er een tweede keer in.`,
      )
    : '';
  return {
    status: 200,
    title: `Voorbeeld: ${title(programme)}`,
    main:
      `<h1>${e(title(programme))}</h1>${header(person)}` +
      `<h2>Voorbeeld</h2><p>${e(read.describe)} Er is nog niets bewaard. Kijk de rijen na en klik dan op Importeren.</p>${ignored}${twice}` +
      previewTable(read.rows, present) +
      `<form method="post" action="${BASE}/importeren/bevestigen?${e(programmeQuery(programme))}" class="form">` +
      `<input type="hidden" name="${FILE_FIELD}" value="${Buffer.from(read.bytes).toString('base64')}">` +
      `<button type="submit" class="button">Importeren (${read.rows.length})</button></form>` +
      `<p><a href="${BASE}/importeren?${e(programmeQuery(programme))}">Niet importeren, ander bestand kiezen</a></p>`,
  };
}

/**
 * Stores the rows as imported people of the programme, each with their first status change and an
 * audit entry ('import', record = person id), in ONE statement: every row or none.
 */
export async function storeImport(programme: string, rows: ImportRow[], actorId: number, now: Date, sql: Db = db): Promise<string[]> {
  const people = rows.map((r) => ({
    id: randomBytes(16).toString('hex'),
    role: r.role,
    status: r.status,
    details: r.details,
    received_on: r.receivedOn ?? null,
    waiting_since: r.waitingSince ?? null,
  }));
  const { rows: stored } = await sql.query<{ id: string }>(
    `WITH incoming AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, role text, status text, details jsonb, received_on date, waiting_since date)
     ), added AS (
       INSERT INTO flow_people (id, programme, role, imported, details, status, status_changed_at, waiting_since, closed_at, created_at)
       SELECT id, $2, role, true, details, status, $3,
              CASE WHEN status = 'waiting' THEN coalesce(waiting_since::timestamp AT TIME ZONE 'Europe/Brussels', $3::timestamptz) END,
              CASE WHEN status IN ('finished', 'stopped') THEN $3::timestamptz END,
              coalesce(received_on::timestamp AT TIME ZONE 'Europe/Brussels', $3::timestamptz)
       FROM incoming
       RETURNING id, status
     ), history AS (
       INSERT INTO flow_status_changes (person_id, status, actor_id, at) SELECT id, status, $4, $3 FROM added
     )
     INSERT INTO audit_log (actor_id, action, programme, record_id) SELECT $4, 'import', $2, id FROM added RETURNING record_id AS id`,
    [JSON.stringify(people), programme, now, actorId],
  );
  return stored.map((r) => r.id);
}

/** POST of the preview's button: reads the same file again (it may have been altered) and stores it. */
export async function importConfirm(req: Request, person: Person, programme: ProgrammeRef): Promise<View> {
  const read = await readUpload(req, person, programme);
  if ('view' in read) return read.view;
  const ids = await storeImport(programme.id, read.rows, person.id, new Date());
  return { redirect: `${BASE}/importeren?${programmeQuery(programme)}&geimporteerd=${ids.length}` };
}
