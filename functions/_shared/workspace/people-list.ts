/**
 * /coordinator/mensen?programme=…: everyone in a programme's flow, by status and role, with their
 * waiting time; filters, two orders and pages. One query per page, whatever the size of the programme.
 */
import { STATUSES, type Status } from '../../../src/schemas/flow';
import { SIGNUP_ROLES } from '../../../src/schemas/signup';
import { daysSince } from '../../../src/lib/flow-path';
import { IMPORTED_LABEL } from '../../../src/lib/flow-import';
import { audit } from '../audit';
import { config } from '../config';
import { listPeople, statusCounts, type ListOrder, type Role } from '../flow';
import type { Person } from '../people';
import { BASE, roleName } from '../workspace-pages';
import { badRequest, page, programmeFrom, programmeLabels } from './respond';
import { day, e, flowHeader, q, select, statusName } from './flow-html';

const ORDERS: Record<ListOrder, string> = { waiting: 'Langst wachtend eerst', newest: 'Nieuwste eerst' };

export async function peopleListPage(url: URL, person: Person, now = new Date()): Promise<Response> {
  const chosen = programmeFrom(url.searchParams.get('programme'), person);
  if ('refusal' in chosen) return chosen.refusal;
  const { programme } = chosen;
  const status = url.searchParams.get('status') || undefined;
  const role = url.searchParams.get('rol') || undefined;
  const order = (url.searchParams.get('volgorde') || 'waiting') as ListOrder;
  if (status && !(status in STATUSES)) return badRequest('Status: kies een status uit de lijst.');
  if (role && !(role in SIGNUP_ROLES)) return badRequest('Rol: kies buddy of nieuwkomer.');
  if (!(order in ORDERS)) return badRequest('Volgorde: kies een volgorde uit de lijst.');
  const pageNumber = Math.max(1, Math.min(100_000, Math.floor(Number(url.searchParams.get('pagina')) || 1)));
  const pageSize = config().pageSize;
  const [list, counts] = await Promise.all([
    listPeople(programme, { status: status as Status | undefined, role: role as Role | undefined, order, page: pageNumber, pageSize }),
    statusCounts(programme),
  ]);
  await audit({ actorId: person.id, action: 'view', programme });

  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  const link = (p: number) => `${BASE}/mensen?${q({ programme, status, rol: role, volgorde: order, pagina: p })}`;
  const countOf = (s: string) => counts.filter((c) => c.status === s).reduce((sum, c) => sum + c.count, 0);
  const everyone = counts.reduce((sum, c) => sum + c.count, 0);
  const rows = list.people.map(
    (p) =>
      `<tr><td><a href="${BASE}/persoon?id=${p.id}">${e(p.firstName || '(zonder naam)')}</a></td><td>${e(roleName(p.role))}</td><td>${e(statusName(p.status))}${p.imported ? `<br><span class="muted">${e(IMPORTED_LABEL)}</span>` : ''}</td>` +
      `<td>${p.waitingSince ? daysSince(p.waitingSince, now) : ''}</td><td>${e(day(p.createdAt))}</td></tr>`,
  );
  const main =
    flowHeader(person, 'Mensen', programme, programmeLabels().get(programme)) +
    (url.searchParams.get('gewist') ? `<div class="notice" role="status"><p>Alle gegevens van de persoon zijn gewist.</p></div>` : '') +
    `<h2>Per status</h2><ul class="status-counts">${Object.entries(STATUSES)
      .map(([key, name]) => `<li><a href="${BASE}/mensen?${q({ programme, status: key })}">${e(name)}</a>: ${countOf(key)}</li>`)
      .join('')}</ul>` +
    `<form method="get" action="${BASE}/mensen" class="form workspace-filter"><input type="hidden" name="programme" value="${e(programme)}">` +
    select({ id: 'filter-status', name: 'status', label: 'Status', value: status, options: [['', `Alle statussen (${everyone})`], ...Object.entries(STATUSES).map(([k, v]) => [k, `${v} (${countOf(k)})`] as [string, string])] }) +
    select({ id: 'filter-role', name: 'rol', label: 'Rol', value: role, options: [['', 'Alle rollen'], ...Object.entries(SIGNUP_ROLES)] }) +
    select({ id: 'filter-order', name: 'volgorde', label: 'Volgorde', value: order, options: Object.entries(ORDERS) }) +
    `<button type="submit" class="button button--secondary">Toon</button></form>` +
    `<p id="people-total">${list.total} ${list.total === 1 ? 'persoon' : 'mensen'}. Pagina ${pageNumber} van ${pages}.</p>` +
    (rows.length
      ? `<div class="table-scroll"><table><caption class="visually-hidden">Mensen in deze buddywerking</caption><thead><tr><th scope="col">Voornaam</th><th scope="col">Rol</th><th scope="col">Status</th><th scope="col">Dagen wachtend</th><th scope="col">Aangemeld</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
      : '<p>Niemand met deze status en rol.</p>') +
    `<nav aria-label="Pagina's"><p>${pageNumber > 1 ? `<a href="${link(pageNumber - 1)}">Vorige pagina</a> ` : ''}${pageNumber < pages ? `<a href="${link(pageNumber + 1)}">Volgende pagina</a>` : ''}</p></nav>`;
  return page(200, 'Mensen', main);
}
