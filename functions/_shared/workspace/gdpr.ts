/**
 * GDPR access and erasure from a person's page: /coordinator/persoon/export?id=… downloads everything
 * held about the person (JSON); /coordinator/persoon/wissen asks for confirmation, then erases it all
 * in one action. Both are audited with the person's id (the audit entry holds no personal data).
 */
import { audit } from '../audit';
import { transaction } from '../db';
import { erasePerson, personExport, runningPartner } from '../gdpr';
import { download } from '../http';
import { personById } from '../flow';
import type { Person } from '../people';
import { BASE, postButton } from '../workspace-pages';
import { formBody, page, personFor, programmeLabels, see } from './respond';
import { e, flowHeader, today } from './flow-html';

export async function exportPerson(url: URL, person: Person): Promise<Response> {
  const p = await personFor(url.searchParams.get('id'), person);
  if (p instanceof Response) return p;
  const data = await personExport(p);
  await audit({ actorId: person.id, action: 'export', programme: p.programme, recordId: p.id });
  return download(JSON.stringify(data, null, 2), 'application/json; charset=utf-8', `gegevens-${p.id}.json`);
}

export async function erasureView(url: URL, person: Person): Promise<Response> {
  const p = await personFor(url.searchParams.get('id'), person);
  if (p instanceof Response) return p;
  const running = await runningPartner(p);
  const partner = running?.partnerId ? await personById(running.partnerId) : undefined;
  const main =
    flowHeader(person, `Alle gegevens van ${p.name} wissen?`, p.programme, programmeLabels().get(p.programme)) +
    `<p class="lead">Dit wist definitief: ${p.signup ? 'de aanmelding, ' : ''}de intake, de statusgeschiedenis, de evaluatielinks en antwoorden van ${e(p.firstName)}, en mails aan ${e(p.firstName)} die nog in de wachtrij staan.</p>` +
    `<p>Duo-partners houden hun eigen gegevens: het duo blijft bestaan zonder ${e(p.firstName)}.` +
    (running ? ` Het lopende duo wordt vandaag afgesloten${partner ? ` en ${e(partner.firstName)} wacht opnieuw op een match` : ''}.` : '') +
    `</p><p>Download eerst de gegevens als de persoon om inzage vroeg: <a href="${BASE}/persoon/export?id=${p.id}">gegevens downloaden (JSON)</a>.</p>` +
    postButton(`${BASE}/persoon/wissen`, { id: p.id }, 'Definitief wissen') +
    `<p><a href="${BASE}/persoon?id=${p.id}">Niet wissen, terug naar ${e(p.firstName)}</a></p>`;
  return page(200, 'Gegevens wissen?', main);
}

export async function erase(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const p = await personFor(body.get('id'), person);
  if (p instanceof Response) return p;
  await transaction(async (tx) => {
    await erasePerson(tx, p, person.id, today());
    await audit({ actorId: person.id, action: 'erase', programme: p.programme, recordId: p.id }, tx);
  });
  return see(`${BASE}/mensen?programme=${encodeURIComponent(p.programme)}&gewist=1`);
}
