/**
 * The coordinators' workspace as HTML: plain forms and links, no script, so every list and action works
 * without JavaScript. Everything shown is escaped here; the handlers (functions/workspace.ts) decide
 * who may see what.
 */
import { escapeHtml as e } from '../../src/forms/render';
import { fieldsOf } from '../../src/lib/fields';
import { dutchLanguageName } from '../../src/lib/language-names';
import { SIGNUP_ROLES, signupSchema } from '../../src/schemas/signup';
import type { AuditEntry } from './audit';
import type { Person } from './people';
import type { StoredRecord } from './records';

export const BASE = '/coordinator';

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
export const when = (date: Date) => dateTime.format(date);

export interface ProgrammeLabel {
  id: string;
  label: string;
  municipality: string;
}

export const programmeName = (p: ProgrammeLabel | undefined, id: string) => (p ? `${p.label} (${p.municipality})` : `${id} (niet meer in de inhoud)`);

const hidden = (name: string, value: string) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`;

/** A small form that posts one action with a button (no JavaScript needed). */
export const postButton = (action: string, fields: Record<string, string>, label: string, secondary = false) =>
  `<form method="post" action="${e(action)}" class="inline-form">${Object.entries(fields).map(([k, v]) => hidden(k, v)).join('')}<button type="submit" class="button${secondary ? ' button--secondary' : ''}">${e(label)}</button></form>`;

export const notice = (text: string, role: 'status' | 'alert' = 'status') =>
  `<div class="notice" role="${role}"><p>${text}</p></div>`;

export function signInForm(message?: string): string {
  return (
    `<h1>Inloggen voor coördinatoren</h1>` +
    (message ? notice(e(message), 'alert') : '') +
    `<p class="lead">Coördinatoren van een buddywerking en beheerders loggen in met hun e-mailadres. Je krijgt een mail met een link die 15 minuten geldig is.</p>` +
    `<form method="post" action="${BASE}/link" class="form">` +
    `<div class="form-field"><label class="form-label" for="signin-email">E-mailadres</label>` +
    `<input type="email" id="signin-email" name="email" autocomplete="email" required maxlength="254"></div>` +
    `<button type="submit" class="button">Stuur me een inloglink</button></form>` +
    `<p>Nog geen toegang? Vraag het aan de beheerder van de website.</p>`
  );
}

export const linkSentPage = () =>
  `<h1>Kijk in je mailbox</h1>` +
  `<p class="lead">Als dit adres toegang heeft, krijg je binnen enkele minuten een mail met een link om in te loggen. De link is 15 minuten geldig en werkt één keer.</p>` +
  `<p>Geen mail gekregen? Kijk ook bij je ongewenste mail, of <a href="${BASE}/">vraag een nieuwe link</a>.</p>`;

export const confirmSignInPage = (token: string) =>
  `<h1>Inloggen</h1>` +
  `<p class="lead">Klik op de knop om in te loggen in de werkruimte voor coördinatoren.</p>` +
  postButton(`${BASE}/inloggen`, { token }, 'Inloggen');

export const invalidLinkPage = () =>
  `<h1>Deze inloglink werkt niet meer</h1>` +
  `<p class="lead">Een inloglink is 15 minuten geldig en werkt één keer.</p>` +
  `<p><a href="${BASE}/">Vraag een nieuwe link</a>.</p>`;

export function header(person: Person): string {
  return (
    `<p class="workspace-user">Ingelogd als ${e(person.email)}${person.isAdmin ? ' (beheerder)' : ''}. ` +
    `<a href="${BASE}/">Mijn buddywerkingen</a>${person.isAdmin ? ` · <a href="${BASE}/beheer">Beheer</a>` : ''}</p>` +
    postButton(`${BASE}/afmelden`, {}, 'Afmelden', true)
  );
}

export function dashboardPage(person: Person, programmes: (ProgrammeLabel & { count: number })[]): string {
  const items = programmes.map(
    (p) =>
      `<li><a href="${BASE}/aanmeldingen?programme=${encodeURIComponent(p.id)}">${e(programmeName(p, p.id))}</a>: ${p.count} ${p.count === 1 ? 'aanmelding' : 'aanmeldingen'}` +
      ` · <a href="${BASE}/mensen?programme=${encodeURIComponent(p.id)}">Mensen<span class="visually-hidden"> (${e(programmeName(p, p.id))})</span></a>` +
      ` · <a href="${BASE}/koppelen?programme=${encodeURIComponent(p.id)}">Koppelen<span class="visually-hidden"> (${e(programmeName(p, p.id))})</span></a></li>`,
  );
  return (
    `<h1>Werkruimte voor coördinatoren</h1>${header(person)}` +
    `<h2>Buddywerkingen</h2>` +
    (items.length ? `<ul>${items.join('')}</ul>` : `<p>Je hebt (nog) geen toegang tot een buddywerking.</p>`) +
    programmeTools(programmes)
  );
}

/** The sign-up's fields a coordinator reads, in the schema's order (the programme and role have their own place). */
export const SIGNUP_COLUMNS = fieldsOf(signupSchema).filter((f) => !['programme', 'role', 'consent', 'privacyVersion'].includes(f.name));

/**
 * A stored value as the coordinator reads it, in Dutch: languages by their Dutch names (also the
 * language the person used), day-parts and the Dutch level by their labels. Older records (free text
 * for languages and availability) show as they were stored.
 */
export function shownValue(name: string, value: unknown): string {
  const field = SIGNUP_COLUMNS.find((f) => f.name === name);
  const options = (field?.kind === 'list' ? field.element : field)?.options;
  const one = (v: unknown) =>
    typeof v !== 'string' ? JSON.stringify(v) : name === 'languages' || name === 'formLanguage' ? dutchLanguageName(v) : (options?.find((o) => o.value === v)?.label ?? v);
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** Field label → value for one record, in the order of today's form, then fields only older versions had. */
export function recordFields(record: StoredRecord): [string, string][] {
  const shown = SIGNUP_COLUMNS.filter((f) => record.data[f.name] !== undefined).map((f) => [f.title, shownValue(f.name, record.data[f.name])] as [string, string]);
  const known = new Set(fieldsOf(signupSchema).map((f) => f.name));
  const extra = Object.entries(record.data)
    .filter(([k]) => !known.has(k))
    .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]);
  return [...shown, ...extra];
}

export const roleName = (role: string | null) => (role && role in SIGNUP_ROLES ? SIGNUP_ROLES[role as keyof typeof SIGNUP_ROLES] : (role ?? ''));

export function signupsPage(
  person: Person,
  programme: ProgrammeLabel | undefined,
  id: string,
  list: { total: number; records: StoredRecord[]; page: number; pageSize: number; role?: string },
  message?: string,
): string {
  const query = (page: number) =>
    `${BASE}/aanmeldingen?programme=${encodeURIComponent(id)}${list.role ? `&rol=${list.role}` : ''}&pagina=${page}`;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const roleOptions = [['', 'Alle rollen'], ...Object.entries(SIGNUP_ROLES)]
    .map(([value, label]) => `<option value="${value}"${(list.role ?? '') === value ? ' selected' : ''}>${e(label)}</option>`)
    .join('');
  const rows = list.records.map(
    (r) =>
      `<tr><td>${e(when(r.createdAt))}</td><td>${e(roleName(r.role))}</td>` +
      `<td><dl class="record-fields">${recordFields(r).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></td>` +
      `<td>${e(r.reference)}<br><small>privacyverklaring ${e(r.privacyVersion)}</small></td>` +
      `<td><a href="${BASE}/verwijderen?programme=${encodeURIComponent(id)}&amp;id=${r.id}">Verwijderen<span class="visually-hidden"> (${e(r.reference)})</span></a></td></tr>`,
  );
  return (
    `<h1>Aanmeldingen: ${e(programmeName(programme, id))}</h1>${header(person)}` +
    (message ? notice(e(message)) : '') +
    `<form method="get" action="${BASE}/aanmeldingen" class="form workspace-filter">${hidden('programme', id)}` +
    `<div class="form-field"><label class="form-label" for="filter-role">Rol</label><select id="filter-role" name="rol">${roleOptions}</select></div>` +
    `<button type="submit" class="button button--secondary">Toon</button></form>` +
    `<p><a class="button" href="${BASE}/export?programme=${encodeURIComponent(id)}">Download alle aanmeldingen als CSV (Excel)</a></p>` +
    `<p>${list.total} ${list.total === 1 ? 'aanmelding' : 'aanmeldingen'}, nieuwste eerst. Pagina ${list.page} van ${pages}.</p>` +
    (rows.length
      ? `<div class="table-scroll"><table><caption class="visually-hidden">Aanmeldingen</caption><thead><tr><th scope="col">Ontvangen</th><th scope="col">Rol</th><th scope="col">Gegevens</th><th scope="col">Referentie</th><th scope="col">Actie</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
      : `<p>Geen aanmeldingen.</p>`) +
    `<nav aria-label="Pagina's"><p>` +
    (list.page > 1 ? `<a href="${query(list.page - 1)}">Vorige pagina</a> ` : '') +
    (list.page < pages ? `<a href="${query(list.page + 1)}">Volgende pagina</a>` : '') +
    `</p></nav>`
  );
}

export function confirmDeletePage(person: Person, programmeId: string, record: StoredRecord): string {
  return (
    `<h1>Aanmelding verwijderen?</h1>${header(person)}` +
    `<p class="lead">De aanmelding ${e(record.reference)} (${e(roleName(record.role))}, ontvangen ${e(when(record.createdAt))}) wordt definitief verwijderd.</p>` +
    postButton(`${BASE}/verwijderen`, { programme: programmeId, id: record.id }, 'Definitief verwijderen') +
    `<p><a href="${BASE}/aanmeldingen?programme=${encodeURIComponent(programmeId)}">Niet verwijderen, terug naar de lijst</a></p>`
  );
}

export interface AdminView {
  people: Person[];
  programmes: ProgrammeLabel[];
  /** The grant form (functions/_shared/workspace/access-form.ts), with its errors and values when refused. */
  grantForm: string;
  orphaned: { programme: string; count: number }[];
  stuckMails: { id: string; created_at: Date; attempts: number; last_error: string | null }[];
  mailProblem?: string;
  audit: AuditEntry[];
  auditPage: number;
  message?: string;
}

export function adminPage(person: Person, view: AdminView): string {
  const byId = new Map(view.programmes.map((p) => [p.id, p]));
  const peopleRows = view.people.map(
    (p) =>
      `<tr><td>${e(p.email)}</td><td>${p.isAdmin ? 'beheerder' : 'coördinator'}</td><td><ul class="plain-list">` +
      p.programmes
        .map((id) => `<li>${e(programmeName(byId.get(id), id))} ${postButton(`${BASE}/beheer/intrekken`, { person: String(p.id), programme: id }, `Toegang intrekken`, true).replace('</button>', `<span class="visually-hidden"> voor ${e(p.email)}: ${e(id)}</span></button>`)}</li>`)
        .join('') +
      `</ul></td></tr>`,
  );
  const auditRows = view.audit.map(
    (a) => `<tr><td>${e(when(a.at))}</td><td>${a.actorId ?? ''}</td><td>${e(a.action)}</td><td>${e(a.programme ?? '')}</td><td>${e(a.recordId ?? '')}</td></tr>`,
  );
  return (
    `<h1>Beheer van de toegang</h1>${header(person)}` +
    (view.message ? notice(e(view.message)) : '') +
    (view.mailProblem ? notice(`<strong>Configuratiefout:</strong> ${e(view.mailProblem)}.`, 'alert') : '') +
    `<h2>Mensen met toegang</h2>` +
    `<div class="table-scroll"><table><thead><tr><th scope="col">E-mailadres</th><th scope="col">Rol</th><th scope="col">Buddywerkingen</th></tr></thead><tbody>${peopleRows.join('')}</tbody></table></div>` +
    `<h2>Toegang geven</h2>` +
    view.grantForm +
    `<h2>Aanmeldingen zonder buddywerking in de inhoud</h2>` +
    (view.orphaned.length
      ? `<p>Deze aanmeldingen horen bij een buddywerking die hernoemd of verwijderd werd. Ze blijven zichtbaar tot ze verwijderd worden of de bewaartermijn voorbij is.</p><ul>${view.orphaned.map((o) => `<li><a href="${BASE}/aanmeldingen?programme=${encodeURIComponent(o.programme)}">${e(o.programme)}</a>: ${o.count}</li>`).join('')}</ul>`
      : `<p>Geen: elke aanmelding hoort bij een buddywerking uit de inhoud.</p>`) +
    `<h2>Mails die niet vertrekken</h2>` +
    (view.stuckMails.length
      ? `<ul>${view.stuckMails.map((m) => `<li>Mail ${e(m.id)} van ${e(when(m.created_at))}: ${m.attempts} pogingen (${e(m.last_error ?? 'nog niet geprobeerd')})</li>`).join('')}</ul>`
      : `<p>Geen: alle mails zijn verstuurd of nog maar net in de wachtrij.</p>`) +
    `<h2>Auditlog</h2><p>Wie (nummer van de persoon), wanneer, wat, welke buddywerking en welk record.</p>` +
    `<div class="table-scroll"><table><thead><tr><th scope="col">Wanneer</th><th scope="col">Persoon</th><th scope="col">Actie</th><th scope="col">Buddywerking</th><th scope="col">Record</th></tr></thead><tbody>${auditRows.join('')}</tbody></table></div>` +
    `<nav aria-label="Pagina's van de auditlog"><p>${view.auditPage > 1 ? `<a href="${BASE}/beheer?audit=${view.auditPage - 1}">Nieuwere</a> ` : ''}${view.audit.length === 100 ? `<a href="${BASE}/beheer?audit=${view.auditPage + 1}">Oudere</a>` : ''}</p></nav>`
  );
}

/** Per programme: its figures and the import of its spreadsheet (issue 13). */
const programmeTools = (programmes: ProgrammeLabel[]) =>
  programmes.length
    ? `<h2>Cijfers en importeren</h2><ul>` +
      programmes
        .map(
          (p) =>
            `<li>${e(programmeName(p, p.id))}: <a href="${BASE}/cijfers?programme=${encodeURIComponent(p.id)}">Cijfers<span class="visually-hidden"> van ${e(programmeName(p, p.id))}</span></a>` +
            ` · <a href="${BASE}/importeren?programme=${encodeURIComponent(p.id)}">Mensen importeren<span class="visually-hidden"> in ${e(programmeName(p, p.id))}</span></a></li>`,
        )
        .join('') +
      `</ul>`
    : '';
