/**
 * /coordinator/persoon?id=…: one person of a programme: their sign-up, intake, status with its history
 * (and the moves a coordinator may make from it), their duos, and the GDPR actions. A status change is
 * a POST to /coordinator/persoon/status.
 */
import { STATUSES, STOP_REASONS, type Status } from '../../../src/schemas/flow';
import { AVAILABILITY, LANGUAGES } from '../../../src/schemas/person-vocabularies';
import { daysSince, MANUAL_MOVES, readIntake } from '../../../src/lib/flow-path';
import { IMPORTED_LABEL } from '../../../src/lib/flow-import';
import { audit } from '../audit';
import { transaction } from '../db';
import { duoFirstNames, duosOfPerson } from '../duos';
import { setStatus, statusHistory, type FlowPerson } from '../flow';
import type { Person } from '../people';
import { BASE, recordFields, roleName } from '../workspace-pages';
import { formBody, page, personFor, programmeLabels, see } from './respond';
import { day, e, errorSummary, flowHeader, input, select, statusName, today, type Errors } from './flow-html';
import { intakeSummary } from './intake';

function statusForm(p: FlowPerson, errors: Errors, values: URLSearchParams | undefined): string {
  const moves = MANUAL_MOVES[p.status];
  if (!moves.length) {
    return p.status === 'matched'
      ? '<p>Deze persoon zit in een duo: de status verandert wanneer je het duo afsluit.</p>'
      : '<p>Het traject van deze persoon is afgesloten.</p>';
  }
  return (
    `<form method="post" action="${BASE}/persoon/status" class="form" novalidate>${errorSummary(errors)}<input type="hidden" name="id" value="${p.id}">` +
    `<input type="hidden" name="from" value="${p.status}">` +
    select({ id: 'status-to', name: 'to', label: 'Nieuwe status', value: values?.get('to') ?? moves[0], error: errors.get('status-to'), options: moves.map((s) => [s, STATUSES[s]]) }) +
    (moves.includes('intake-planned')
      ? input({ id: 'status-planned', name: 'planned', type: 'date', label: 'Datum van de intake (bij "intake gepland")', value: values?.get('planned') ?? '', error: errors.get('status-planned') })
      : '') +
    select({
      id: 'status-reason',
      name: 'reason',
      label: 'Reden (bij "gestopt")',
      value: values?.get('reason') ?? '',
      error: errors.get('status-reason'),
      options: [['', 'Kies een reden'], ...Object.entries(STOP_REASONS)],
    }) +
    `<button type="submit" class="button">Status wijzigen</button></form>`
  );
}

/** Today's sign-up stores languages and day-parts as codes: shown by their Dutch names. */
function readableSignup(data: Record<string, unknown>): Record<string, unknown> {
  const names = (value: unknown, name: (key: string) => string) => (Array.isArray(value) ? value.map((v) => name(String(v))).join(', ') : value);
  return {
    ...data,
    languages: names(data.languages, (code) => LANGUAGES.find((l) => l.code === code)?.dutch ?? code),
    availability: names(data.availability, (key) => AVAILABILITY[key as keyof typeof AVAILABILITY] ?? key),
  };
}

async function personPage(person: Person, p: FlowPerson, options: { errors?: Errors; values?: URLSearchParams; message?: string; status?: number; now?: Date } = {}): Promise<Response> {
  const now = options.now ?? new Date();
  const [history, duos] = await Promise.all([statusHistory(p.id), duosOfPerson(p.id)]);
  const intake = readIntake(p.intake);
  const signupFields = p.signup
    ? recordFields({ data: readableSignup(p.signup) } as never)
    : Object.entries(p.details).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]);
  const main =
    flowHeader(person, `${p.name} (${roleName(p.role).split(' ')[0].toLowerCase()})`, p.programme, programmeLabels().get(p.programme)) +
    (options.message ? `<div class="notice" role="status"><p>${e(options.message)}</p></div>` : '') +
    `<h2>Status</h2><p id="person-status">${e(statusName(p.status))} sinds ${e(day(p.statusChangedAt))}` +
    (p.status === 'waiting' && p.waitingSince ? `: wacht ${daysSince(p.waitingSince, now)} dagen op een match` : '') +
    (p.status === 'stopped' && p.stopReason ? ` (${e(STOP_REASONS[p.stopReason as keyof typeof STOP_REASONS] ?? p.stopReason)})` : '') +
    (p.status === 'intake-planned' && p.intakePlannedOn ? `, intake op ${e(day(p.intakePlannedOn))}` : '') +
    `.</p>` +
    statusForm(p, options.errors ?? new Map(), options.values) +
    `<h2>Intake</h2>` +
    (intake ? intakeSummary(intake, p.role) : '<p>Nog geen intake.</p>') +
    (p.status !== 'finished' && p.status !== 'stopped' ? `<p><a class="button" href="${BASE}/intake?id=${p.id}">${intake ? 'Intake wijzigen' : 'Intake invullen'}</a></p>` : '') +
    `<h2>Duo's</h2>` +
    (duos.length
      ? `<ul>${duos
          .map((d) => {
            const names = duoFirstNames(d);
            return `<li><a href="${BASE}/duo?id=${d.id}">${e(names.buddy)} en ${e(names.newcomer)}</a>, gestart ${e(day(d.startedOn))}${d.endedOn ? `, afgesloten ${e(day(d.endedOn))}` : ' (loopt)'}</li>`;
          })
          .join('')}</ul>`
      : '<p>Nog geen duo.</p>') +
    `<h2>${p.imported ? 'Geïmporteerde gegevens' : 'Aanmelding'}</h2>` +
    (p.imported ? `<p>${e(IMPORTED_LABEL[0].toUpperCase() + IMPORTED_LABEL.slice(1))}: uit de lijst van de buddywerking overgenomen.</p>` : '') +
    `<dl class="record-fields">${signupFields.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>` +
    (p.reference ? `<p>Referentie: ${e(p.reference)}, ontvangen ${e(day(p.createdAt))}.</p>` : '') +
    `<h2>Geschiedenis</h2><div class="table-scroll"><table><caption class="visually-hidden">Statuswijzigingen</caption><thead><tr><th scope="col">Datum</th><th scope="col">Status</th><th scope="col">Reden</th></tr></thead><tbody>` +
    history.map((h) => `<tr><td>${e(day(h.at))}</td><td>${e(statusName(h.status))}</td><td>${e(h.reason ? (STOP_REASONS[h.reason as keyof typeof STOP_REASONS] ?? h.reason) : '')}</td></tr>`).join('') +
    `</tbody></table></div>` +
    `<h2>Privacy</h2><p>Deze persoon vraagt om inzage of om gewist te worden?</p>` +
    `<p><a href="${BASE}/persoon/export?id=${p.id}">Alle gegevens over deze persoon downloaden (JSON)</a></p>` +
    `<p><a href="${BASE}/persoon/wissen?id=${p.id}">Alle gegevens over deze persoon wissen</a></p>`;
  await audit({ actorId: person.id, action: 'view', programme: p.programme, recordId: p.id });
  return page(options.status ?? 200, options.errors?.size ? `Fout: ${p.firstName}` : p.firstName, main);
}

export async function personView(url: URL, person: Person): Promise<Response> {
  const found = await personFor(url.searchParams.get('id'), person);
  if (found instanceof Response) return found;
  const message = url.searchParams.get('gewijzigd') ? 'De wijziging is bewaard.' : undefined;
  return personPage(person, found, { message });
}

export async function changeStatus(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const found = await personFor(body.get('id'), person);
  if (found instanceof Response) return found;
  const to = body.get('to') as Status;
  const reason = body.get('reason') || null;
  const planned = body.get('planned') || null;
  const errors: Errors = new Map();
  if (body.get('from') !== found.status) errors.set('status-to', 'Nieuwe status: de status werd intussen al gewijzigd; kies opnieuw');
  else if (!MANUAL_MOVES[found.status].includes(to)) errors.set('status-to', 'Nieuwe status: kies een status uit de lijst');
  if (to === 'stopped' && !(reason && reason in STOP_REASONS)) errors.set('status-reason', 'Reden: kies waarom deze persoon stopt');
  if (to === 'intake-planned' && planned && !/^\d{4}-\d{2}-\d{2}$/.test(planned)) errors.set('status-planned', 'Datum van de intake: geef een datum als JJJJ-MM-DD');
  if (errors.size) return personPage(person, found, { errors, values: body, status: 422 });
  const moved = await transaction(async (tx) => {
    const done = await setStatus(tx, { id: found.id, from: found.status }, to, {
      actorId: person.id,
      reason: to === 'stopped' ? reason : null,
      plannedOn: to === 'intake-planned' ? (planned ?? today()) : null,
    });
    if (done) await audit({ actorId: person.id, action: 'status', programme: found.programme, recordId: found.id }, tx);
    return done;
  });
  if (!moved) return personPage(person, found, { errors: new Map([['status-to', 'Nieuwe status: de status werd intussen al gewijzigd; kies opnieuw']]), values: body, status: 409 });
  return see(`${BASE}/persoon?id=${found.id}&gewijzigd=1`);
}
