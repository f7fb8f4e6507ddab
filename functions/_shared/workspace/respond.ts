/**
 * What every workspace handler answers with (pages in the site's shell, redirects, refusals) and the
 * checks they share: the programme and record ids in a request, access to a programme, a form body.
 */
import { html, empty, readBody } from '../http';
import { sitePage } from '../page';
import { siteContent } from '../content';
import { personById, type FlowPerson } from '../flow';
import type { Person } from '../people';
import { BASE, type ProgrammeLabel } from '../workspace-pages';

export const PROGRAMME = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RECORD_ID = /^[0-9a-f]{32}$/;

export const page = (status: number, title: string, main: string, headers: Record<string, string> = {}) =>
  html(status, sitePage({ title, main }), { 'x-robots-tag': 'noindex', ...headers });

export const see = (location: string, headers: Record<string, string> = {}) => empty(303, { location, ...headers });

export const forbidden = () =>
  page(403, 'Geen toegang', `<h1>Geen toegang</h1><p class="lead">Je hebt geen toegang tot deze buddywerking of pagina.</p><p><a href="${BASE}/">Naar je buddywerkingen</a></p>`);

export const badRequest = (text: string) =>
  page(400, 'Fout in de vraag', `<h1>Fout in de vraag</h1><p class="lead">${text}</p><p><a href="${BASE}/">Naar de werkruimte</a></p>`);

export const notFound = (what: string, back = `${BASE}/`) =>
  page(404, 'Niet gevonden', `<h1>${what} bestaat niet (meer)</h1><p><a href="${back}">Terug</a></p>`);

export const canSee = (person: Person, programme: string) => person.isAdmin || person.programmes.includes(programme);

export async function formBody(req: Request, limit = 16 * 1024): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req, limit));
}

export function programmeLabels(): Map<string, ProgrammeLabel> {
  return new Map([...siteContent().programmes.values()].map((p) => [p.id, { id: p.id, label: p.label, municipality: p.municipality }]));
}

/** The programme a request names, if the person may see it: else the refusal to answer with. */
export function programmeFrom(value: string | null, person: Person): { programme: string } | { refusal: Response } {
  const programme = value ?? '';
  if (!PROGRAMME.test(programme)) return { refusal: badRequest('Buddywerking: kies een buddywerking uit de lijst.') };
  if (!canSee(person, programme)) return { refusal: forbidden() };
  return { programme };
}

/** The person a request names, if they exist and the coordinator may see them (else a 404 page). */
export async function personFor(id: string | null, person: Person): Promise<FlowPerson | Response> {
  if (!id || !RECORD_ID.test(id)) return notFound('Deze persoon');
  const found = await personById(id);
  if (!found || !canSee(person, found.programme)) return notFound('Deze persoon');
  return found;
}
