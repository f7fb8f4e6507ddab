/**
 * The coordinators' workspace at /coordinator/: sign-in by e-mail link, the sign-ups of one's own
 * programmes (filter, pages, CSV, delete) and, for administrators, access management, orphaned
 * records, stuck mails and the audit log. Every page is rendered here and works without JavaScript.
 * State changes need a session and a same-origin POST; every access to records is audited.
 */
import type { Config, Context } from '@netlify/functions';
import { fieldsOf } from '../src/lib/fields';
import { plural } from '../src/lib/format';
import { signupSchema } from '../src/schemas/signup';
import { audit, auditEntries } from './_shared/audit';
import { config as settingsOf } from './_shared/config';
import { siteContent } from './_shared/content';
import { toCsv } from './_shared/csv';
import { DatabaseUnavailable, transaction } from './_shared/db';
import { csv, isCrossOrigin } from './_shared/http';
import { actionPlan, closeDuo, closingView, duoSave, duoView } from './_shared/workspace/duo';
import { createEvaluation } from './_shared/workspace/evaluation-links';
import { erase, erasureView, exportPerson } from './_shared/workspace/gdpr';
import { intakeSave, intakeView } from './_shared/workspace/intake';
import { settingsSave, settingsView } from './_shared/workspace/settings';
import { acceptPair, rejectSuggestion, suggestionsView } from './_shared/workspace/suggestions';
import { peopleListPage } from './_shared/workspace/people-list';
import { changeStatus, personView } from './_shared/workspace/person';
import { badRequest, canSee, formBody, forbidden, page, programmeLabels, PROGRAMME, RECORD_ID, see } from './_shared/workspace/respond';
import { mailConfigProblem, sendsRealMail } from './_shared/mail';
import { deliverAfterResponse, enqueue, stuckMails } from './_shared/mail-queue';
import { grantAccess, isCoordinatorEmail, normaliseEmail, peopleWithAccess, personForSignIn, revokeAccess, type Person } from './_shared/people';
import { bucketKey, clientAddress, hit } from './_shared/rate-limit';
import { figuresPage } from './_shared/workspace/figures';
import { grantForm, readGrant } from './_shared/workspace/access-form';
import type { Errors } from './_shared/workspace/flow-html';
import { importConfirm, importForm, importPreview } from './_shared/workspace/import';
import type { ProgrammeRef, View } from './_shared/workspace/view';
import { allSignups, deleteSignup, listSignups, signupById, signupCountsByProgramme, type StoredRecord } from './_shared/records';
import {
  clearedSessionCookie,
  createSignInLink,
  currentPerson,
  endSession,
  sessionCookie,
  signInLinkIsValid,
  useSignInLink,
} from './_shared/sessions';
import {
  adminPage,
  BASE,
  confirmDeletePage,
  confirmSignInPage,
  dashboardPage,
  invalidLinkPage,
  linkSentPage,
  programmeName,
  roleName,
  shownValue,
  signInForm,
  SIGNUP_COLUMNS,
  signupsPage,
  when,
} from './_shared/workspace-pages';

type WorkspaceContext = Partial<Pick<Context, 'ip' | 'waitUntil' | 'deploy'>>;

const notSignedIn = () => page(401, 'Inloggen voor coördinatoren', signInForm('Log in om verder te gaan: je bent niet (meer) ingelogd.'));

function signInMail(siteUrl: string, token: string, siteName: string) {
  return {
    subject: 'Je inloglink voor de werkruimte van de buddywerkingen',
    text:
      `Dag,\n\nMet deze link log je in op de werkruimte voor coördinatoren (15 minuten geldig, één keer te gebruiken):\n\n` +
      `${siteUrl}${BASE}/inloggen?token=${token}\n\nVroeg je geen inloglink aan? Dan mag je deze mail negeren.\n\nMet vriendelijke groeten,\n${siteName}`,
  };
}

async function requestLink(req: Request, context: WorkspaceContext): Promise<Response> {
  const email = normaliseEmail((await formBody(req)).get('email') ?? '');
  if (!isCoordinatorEmail(email)) {
    return page(422, 'Fout: inloggen voor coördinatoren', signInForm('E-mailadres: geef een geldig e-mailadres, bijvoorbeeld naam@gemeente.be'));
  }
  const settings = settingsOf();
  const [byClient, byAddress] = await Promise.all([
    hit(bucketKey('sign-in:client', clientAddress(context)), settings.signInLimitPerClient, 3600),
    hit(bucketKey('sign-in:address', email), settings.signInLimitPerAddress, 3600),
  ]);
  const wait = Math.max(byClient, byAddress);
  if (wait > 0) {
    return page(429, 'Even wachten', `<h1>Even wachten</h1><p class="lead">Er werden kort na elkaar veel inloglinks gevraagd. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.</p>`, {
      'retry-after': String(wait),
    });
  }
  // The same answer whether or not the address is known; only a known address gets a mail.
  const { settings: site } = siteContent();
  const siteUrl = new URL(req.url).origin;
  const ids = await transaction(async (tx) => {
    const person = await personForSignIn(email, tx);
    if (!person) return [];
    const token = await createSignInLink(person.id, new Date(), tx);
    return enqueue(tx, [{ to: person.email, ...signInMail(siteUrl, token, site.siteName) }]);
  });
  deliverAfterResponse(ids, context);
  return page(200, 'Kijk in je mailbox', linkSentPage());
}

async function signIn(req: Request): Promise<Response> {
  const token = (await formBody(req)).get('token') ?? '';
  const result = await useSignInLink(token);
  if (!result) return page(400, 'Inloglink werkt niet meer', invalidLinkPage());
  await audit({ actorId: result.person.id, action: 'sign-in' });
  return see(`${BASE}/`, { 'set-cookie': sessionCookie(result.sessionToken) });
}

async function dashboard(person: Person): Promise<Response> {
  const labels = programmeLabels();
  const counts = await signupCountsByProgramme();
  const ids = person.isAdmin
    ? [...new Set([...[...siteContent().programmes.values()].filter((p) => p.acceptsSignups).map((p) => p.id), ...counts.keys()])]
    : person.programmes;
  const programmes = ids
    .map((id) => ({ ...(labels.get(id) ?? { id, label: id, municipality: '?' }), id, count: counts.get(id) ?? 0 }))
    .sort((a, b) => programmeName(labels.get(a.id), a.id).localeCompare(programmeName(labels.get(b.id), b.id), 'nl'));
  return page(200, 'Werkruimte voor coördinatoren', dashboardPage(person, programmes));
}

async function signups(url: URL, person: Person): Promise<Response> {
  const programme = url.searchParams.get('programme') ?? '';
  if (!PROGRAMME.test(programme)) return badRequest('Buddywerking: kies een buddywerking uit de lijst.');
  if (!canSee(person, programme)) return forbidden();
  const role = url.searchParams.get('rol') || undefined;
  if (role && !(role in { buddy: 1, newcomer: 1 })) return badRequest('Rol: kies buddy of nieuwkomer.');
  const pageNumber = Math.max(1, Math.min(100_000, Math.floor(Number(url.searchParams.get('pagina')) || 1)));
  const pageSize = settingsOf().pageSize;
  const list = await listSignups(programme, { role, page: pageNumber, pageSize });
  await audit({ actorId: person.id, action: 'view', programme });
  const message = url.searchParams.get('verwijderd') ? 'De aanmelding is verwijderd.' : undefined;
  return page(200, 'Aanmeldingen', signupsPage(person, programmeLabels().get(programme), programme, { ...list, page: pageNumber, pageSize, role }, message));
}

/** CSV columns: the role, today's form fields, then any field only older versions of the form had. */
function csvFor(records: StoredRecord[]): string {
  const known = new Set(fieldsOf(signupSchema).map((f) => f.name));
  const extra = [...new Set(records.flatMap((r) => Object.keys(r.data)))].filter((k) => !known.has(k)).sort();
  const header = ['Ontvangen', 'Referentie', 'Rol', ...SIGNUP_COLUMNS.map((f) => f.title), ...extra, 'Versie formulier', 'Versie privacyverklaring', 'Nummer'];
  const rows = records.map((r) => [
    when(r.createdAt),
    r.reference,
    roleName(r.role),
    ...SIGNUP_COLUMNS.map((f) => (r.data[f.name] === undefined ? undefined : shownValue(f.name, r.data[f.name]))),
    ...extra.map((k) => (typeof r.data[k] === 'object' ? JSON.stringify(r.data[k]) : r.data[k])),
    r.formVersion,
    r.privacyVersion,
    r.id,
  ]);
  return toCsv(header, rows);
}

async function exportCsv(url: URL, person: Person): Promise<Response> {
  const programme = url.searchParams.get('programme') ?? '';
  if (!PROGRAMME.test(programme)) return badRequest('Buddywerking: kies een buddywerking uit de lijst.');
  if (!canSee(person, programme)) return forbidden();
  const records = await allSignups(programme);
  await audit({ actorId: person.id, action: 'export', programme });
  return csv(csvFor(records), {
    'content-disposition': `attachment; filename="aanmeldingen-${programme.replace('/', '-')}.csv"`,
    'x-robots-tag': 'noindex',
  });
}

async function deletion(req: Request, url: URL, person: Person): Promise<Response> {
  const params = req.method === 'POST' ? await formBody(req) : url.searchParams;
  const programme = params.get('programme') ?? '';
  const id = params.get('id') ?? '';
  if (!PROGRAMME.test(programme) || !RECORD_ID.test(id)) return badRequest('Nummer: deze aanmelding bestaat niet (meer).');
  if (!canSee(person, programme)) return forbidden();
  if (req.method === 'GET') {
    const record = await signupById(programme, id);
    if (!record) return page(404, 'Niet gevonden', `<h1>Deze aanmelding bestaat niet (meer)</h1><p><a href="${BASE}/aanmeldingen?programme=${encodeURIComponent(programme)}">Terug naar de lijst</a></p>`);
    return page(200, 'Aanmelding verwijderen?', confirmDeletePage(person, programme, record));
  }
  const deleted = await transaction(async (tx) => {
    const done = await deleteSignup(programme, id, tx);
    if (done) await audit({ actorId: person.id, action: 'delete', programme, recordId: id }, tx);
    return done;
  });
  if (!deleted) return page(404, 'Niet gevonden', `<h1>Deze aanmelding bestaat niet (meer)</h1><p><a href="${BASE}/aanmeldingen?programme=${encodeURIComponent(programme)}">Terug naar de lijst</a></p>`);
  return see(`${BASE}/aanmeldingen?programme=${encodeURIComponent(programme)}&verwijderd=1`);
}

/** What the last grant or revoke did (post/redirect/get: a reload shows it again, never re-sends). */
function adminMessage(url: URL, people: Person[]): string | undefined {
  const granted = url.searchParams.get('gegeven');
  if (granted) {
    const who = people.find((p) => String(p.id) === granted);
    const count = Math.max(0, Math.floor(Number(url.searchParams.get('aantal')) || 0));
    if (!who) return undefined;
    return count ? `${who.email} kreeg toegang tot ${plural(count, 'buddywerking', 'buddywerkingen')}.` : `${who.email} had al toegang tot de gekozen buddywerkingen.`;
  }
  if (url.searchParams.has('ingetrokken')) return url.searchParams.get('ingetrokken') === '1' ? 'De toegang is ingetrokken.' : 'Deze toegang bestond niet (meer).';
  return undefined;
}

async function admin(url: URL, person: Person, context: WorkspaceContext, refused?: { errors: Errors; values: URLSearchParams }): Promise<Response> {
  const labels = programmeLabels();
  const auditPage = Math.max(1, Math.floor(Number(url.searchParams.get('audit')) || 1));
  const [people, counts, stuck, entries] = await Promise.all([peopleWithAccess(), signupCountsByProgramme(), stuckMails(), auditEntries({ page: auditPage })]);
  const problem = sendsRealMail(context) ? mailConfigProblem() : undefined;
  const programmes = [...siteContent().programmes.values()].filter((p) => p.acceptsSignups).map((p) => labels.get(p.id)!);
  return page(
    refused ? 422 : 200,
    `${refused ? 'Fout: ' : ''}Beheer van de toegang`,
    adminPage(person, {
      people,
      programmes,
      grantForm: grantForm(programmes, refused?.errors, refused?.values),
      orphaned: [...counts].filter(([id]) => !labels.has(id)).map(([programme, count]) => ({ programme, count })),
      stuckMails: stuck,
      mailProblem: problem,
      audit: entries,
      auditPage,
      message: refused ? undefined : adminMessage(url, people),
    }),
  );
}

async function grant(req: Request, url: URL, person: Person, context: WorkspaceContext): Promise<Response> {
  const body = await formBody(req);
  const grant = readGrant(body, new Set(programmeLabels().keys()));
  if ('errors' in grant) return admin(url, person, context, { errors: grant.errors, values: body });
  const result = await transaction(async (tx) => {
    const done = await grantAccess(grant.email, grant.programmes, person.id, tx);
    for (const programme of done.added) await audit({ actorId: person.id, action: 'grant', programme, recordId: `person:${done.personId}` }, tx);
    return done;
  });
  return see(`${BASE}/beheer?gegeven=${result.personId}&aantal=${result.added.length}`);
}

async function revoke(req: Request, url: URL, person: Person, context: WorkspaceContext): Promise<Response> {
  const body = await formBody(req);
  const personId = Number(body.get('person'));
  const programme = body.get('programme') ?? '';
  if (!Number.isInteger(personId) || !PROGRAMME.test(programme)) return badRequest('Toegang: deze toegang bestaat niet (meer).');
  const revoked = await transaction(async (tx) => {
    const done = await revokeAccess(personId, programme, tx);
    if (done) await audit({ actorId: person.id, action: 'revoke', programme, recordId: `person:${personId}` }, tx);
    return done;
  });
  return see(`${BASE}/beheer?ingetrokken=${revoked ? 1 : 0}`);
}

/**
 * A page of one programme (?programme=…) from a page module: the programme checked against the
 * person's access first, the module's view then turned into the response.
 */
async function programmeView(url: URL, person: Person, show: (programme: ProgrammeRef) => View | Promise<View>): Promise<Response> {
  const id = url.searchParams.get('programme') ?? '';
  if (!PROGRAMME.test(id)) return badRequest('Buddywerking: kies een buddywerking uit de lijst.');
  if (!canSee(person, id)) return forbidden();
  const view = await show({ id, label: programmeLabels().get(id) });
  return 'redirect' in view ? see(view.redirect) : page(view.status, view.title, view.main);
}

const importedCount = (url: URL) => (url.searchParams.has('geimporteerd') ? Math.max(0, Math.floor(Number(url.searchParams.get('geimporteerd')) || 0)) : undefined);

async function route(req: Request, context: WorkspaceContext): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.replace(/\/+$/, '') || BASE;
  const isPost = req.method === 'POST';
  if (req.method !== 'GET' && req.method !== 'HEAD' && !isPost) {
    return page(405, 'Niet toegestaan', '<h1>Niet toegestaan</h1>', { allow: 'GET, POST' });
  }
  if (isPost && isCrossOrigin(req, settingsOf().allowedOrigins)) {
    return page(403, 'Niet toegestaan', '<h1>Niet toegestaan</h1><p class="lead">Deze actie kan alleen vanaf deze website.</p>');
  }

  // Without a session.
  if (path === `${BASE}/link` && isPost) return requestLink(req, context);
  if (path === `${BASE}/inloggen`) {
    if (isPost) return signIn(req);
    const token = url.searchParams.get('token') ?? '';
    return (await signInLinkIsValid(token)) ? page(200, 'Inloggen', confirmSignInPage(token)) : page(400, 'Inloglink werkt niet meer', invalidLinkPage());
  }

  const person = await currentPerson(req);
  if (path === BASE && !isPost) return person ? dashboard(person) : page(200, 'Inloggen voor coördinatoren', signInForm());
  if (!person) return notSignedIn();

  if (path === `${BASE}/afmelden` && isPost) {
    await endSession(person.sessionHash);
    await audit({ actorId: person.id, action: 'sign-out' });
    return see(`${BASE}/`, { 'set-cookie': clearedSessionCookie() });
  }
  // Import and figures (issue 13): functions/_shared/workspace/import.ts, figures.ts.
  if (path === `${BASE}/importeren`) return programmeView(url, person, (p) => (isPost ? importPreview(req, person, p) : importForm(person, p, importedCount(url))));
  if (path === `${BASE}/importeren/bevestigen` && isPost) return programmeView(url, person, (p) => importConfirm(req, person, p));
  if (path === `${BASE}/cijfers` && !isPost) return programmeView(url, person, (p) => figuresPage(person, p));

  if (path === `${BASE}/aanmeldingen` && !isPost) return signups(url, person);
  if (path === `${BASE}/export` && !isPost) return exportCsv(url, person);
  if (path === `${BASE}/verwijderen`) return deletion(req, url, person);
  if (path === `${BASE}/mensen` && !isPost) return peopleListPage(url, person);
  if (path === `${BASE}/persoon` && !isPost) return personView(url, person);
  if (path === `${BASE}/persoon/status` && isPost) return changeStatus(req, person);
  if (path === `${BASE}/persoon/export` && !isPost) return exportPerson(url, person);
  if (path === `${BASE}/persoon/wissen`) return isPost ? erase(req, person) : erasureView(url, person);
  if (path === `${BASE}/intake`) return isPost ? intakeSave(req, person) : intakeView(url, person);
  if (path === `${BASE}/koppelen` && !isPost) return suggestionsView(url, person);
  if (path === `${BASE}/koppelen/aanvaarden` && isPost) return acceptPair(req, person);
  if (path === `${BASE}/koppelen/afwijzen` && isPost) return rejectSuggestion(req, person);
  if (path === `${BASE}/duo`) return isPost ? duoSave(req, person) : duoView(url, person);
  if (path === `${BASE}/duo/handelingsplan` && !isPost) return actionPlan(url, person);
  if (path === `${BASE}/duo/evaluatie` && isPost) return createEvaluation(req, person, context);
  if (path === `${BASE}/duo/afsluiten`) return isPost ? closeDuo(req, person) : closingView(url, person);
  if (path === `${BASE}/instellingen`) return isPost ? settingsSave(req, person) : settingsView(url, person);
  if (path.startsWith(`${BASE}/beheer`)) {
    if (!person.isAdmin) return forbidden();
    if (path === `${BASE}/beheer` && !isPost) return admin(url, person, context);
    if (path === `${BASE}/beheer/toegang` && isPost) return grant(req, url, person, context);
    if (path === `${BASE}/beheer/intrekken` && isPost) return revoke(req, url, person, context);
  }
  return page(404, 'Niet gevonden', `<h1>Deze pagina bestaat niet</h1><p><a href="${BASE}/">Naar de werkruimte</a></p>`);
}

export default async (req: Request, context?: WorkspaceContext): Promise<Response> => {
  try {
    return await route(req, context ?? {});
  } catch (error) {
    if (!(error instanceof DatabaseUnavailable)) throw error;
    console.error('[workspace] database onbereikbaar');
    return page(503, 'Even niet beschikbaar', '<h1>De werkruimte is even niet beschikbaar</h1><p class="lead">Probeer het over enkele minuten opnieuw.</p>', { 'retry-after': '120' });
  }
};

export const config: Config = { path: ['/coordinator', '/coordinator/*'] };
