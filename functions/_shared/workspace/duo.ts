/**
 * /coordinator/duo?id=…: one duo: its start, duration, meetings per month and agreements (editable),
 * the action plan as .docx (the starter kit's handelingsplan, filled in), the mid-term evaluation
 * (links per member, the answers), and closing (/coordinator/duo/afsluiten).
 */
import { DUO_END_REASONS, STOP_REASONS } from '../../../src/schemas/flow';
import { actionPlanDocx } from '../../../src/lib/starterkit/action-plan';
import { durationText, frequencyText } from '../../../src/lib/duo-terms';
import { answersInFormOrder } from '../../../src/lib/evaluation-form';
import { audit } from '../audit';
import { siteContent } from '../content';
import { transaction } from '../db';
import { duoById, duoFirstNames, endDuo, FlowConflict, updateDuo, type AfterDuo, type Agreements, type Duo } from '../duos';
import { duoEvaluationSections } from '../evaluation-sections';
import { evaluationLinksOfDuo, evaluationsOfDuo } from '../evaluations';
import { personById } from '../flow';
import { download } from '../http';
import type { Person } from '../people';
import { BASE, programmeName } from '../workspace-pages';
import { canSee, formBody, notFound, page, programmeLabels, RECORD_ID, see } from './respond';
import { evaluationLinkForm, personLanguage } from './evaluation-links';
import { choices, day, e, errorSummary, flowHeader, input, select, textarea, today, type Errors } from './flow-html';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function duoFor(id: string | null, person: Person): Promise<Duo | Response> {
  if (!id || !RECORD_ID.test(id)) return notFound('Dit duo');
  const duo = await duoById(id);
  if (!duo || !canSee(person, duo.programme)) return notFound('Dit duo');
  return duo;
}

const AGREEMENTS: [keyof Agreements, string, string][] = [
  ['goals', 'Doelen', 'Wat de nieuwkomer wil bereiken (per levensdomein).'],
  ['tasks', 'Taken van de buddy', 'Eén taak per regel.'],
  ['contact', 'Dag, plaats en manier van contact', ''],
  ['other', 'Andere afspraken', ''],
];

function duoForm(duo: Duo, errors: Errors, values?: URLSearchParams): string {
  const v = (name: string, stored: string) => values?.get(name) ?? stored;
  return (
    `<form method="post" action="${BASE}/duo" class="form" novalidate>${errorSummary(errors)}<input type="hidden" name="id" value="${duo.id}">` +
    input({ id: 'duo-started', name: 'startedOn', type: 'date', label: 'Startdatum', value: v('startedOn', duo.startedOn), error: errors.get('duo-started'), required: true }) +
    input({ id: 'duo-duration', name: 'durationMonths', type: 'number', label: 'Duur in maanden', hint: 'Leeg: geen vaste einddatum.', value: v('durationMonths', duo.durationMonths?.toString() ?? ''), error: errors.get('duo-duration'), extra: ' min="1" max="60"' }) +
    input({ id: 'duo-frequency', name: 'meetingsPerMonth', type: 'number', label: 'Afspraken per maand', hint: 'Leeg: in onderling overleg.', value: v('meetingsPerMonth', duo.meetingsPerMonth?.toString() ?? ''), error: errors.get('duo-frequency'), extra: ' min="1" max="31"' }) +
    AGREEMENTS.map(([key, label, hint]) => textarea({ id: `duo-${key}`, name: key, label, hint: hint || undefined, value: v(key, duo.agreements[key] ?? ''), error: errors.get(`duo-${key}`) })).join('') +
    `<button type="submit" class="button">Afspraken opslaan</button></form>`
  );
}

async function duoPage(person: Person, duo: Duo, options: { errors?: Errors; values?: URLSearchParams; message?: string; status?: number } = {}): Promise<Response> {
  const [links, evaluations, buddy, newcomer] = await Promise.all([
    evaluationLinksOfDuo(duo.id),
    evaluationsOfDuo(duo.id),
    duo.buddyId ? personById(duo.buddyId) : undefined,
    duo.newcomerId ? personById(duo.newcomerId) : undefined,
  ]);
  // Each member's evaluation is offered in their own language.
  const languages = new Map([buddy, newcomer].filter((p) => p !== undefined).map((p) => [p.id, personLanguage(p)]));
  const names = duoFirstNames(duo);
  const members: [string | null, string, string][] = [
    [duo.buddyId, 'Buddy', duo.buddyName ?? '(gewist)'],
    [duo.newcomerId, 'Nieuwkomer', duo.newcomerName ?? '(gewist)'],
  ];
  const nameOf = (id: string) => (id === duo.buddyId ? names.buddy : id === duo.newcomerId ? names.newcomer : '(gewist)');
  const half = duo.midtermOn;
  const form = evaluations.length ? duoEvaluationSections(duo) : [];
  const main =
    flowHeader(person, `Duo ${names.buddy} en ${names.newcomer}`, duo.programme, programmeLabels().get(duo.programme)) +
    (options.message ? `<div class="notice" role="status"><p>${e(options.message)}</p></div>` : '') +
    `<ul>${members.map(([id, role, name]) => `<li>${role}: ${id ? `<a href="${BASE}/persoon?id=${id}">${e(name)}</a>` : e(name)}</li>`).join('')}</ul>` +
    `<p id="duo-state">${duo.endedOn ? `Afgesloten op ${e(day(duo.endedOn))} (${e(DUO_END_REASONS[duo.endReason as keyof typeof DUO_END_REASONS] ?? duo.endReason ?? '')}).` : `Loopt sinds ${e(day(duo.startedOn))}; ${e(durationText(duo.durationMonths))}, ${e(frequencyText(duo.meetingsPerMonth))}.`}</p>` +
    (duo.suggestion ? `<p>Voorgesteld met een score van ${Math.round(duo.suggestion.score * 100)}%: ${e(duo.suggestion.sentence)}</p>` : '<p>Zelf gekoppeld door de coördinator.</p>') +
    `<h2>Afspraken</h2>` +
    duoForm(duo, options.errors ?? new Map(), options.values) +
    `<h2>Handelingsplan</h2><p><a class="button" href="${BASE}/duo/handelingsplan?id=${duo.id}">Download het handelingsplan (Word)</a></p>` +
    `<h2>Tussentijdse evaluatie</h2>` +
    (half ? `<p>Halverwege: ${e(day(half))}.</p>` : '<p>Dit duo heeft geen vaste duur: kies zelf een moment.</p>') +
    (duo.endedOn
      ? '<p>Het duo is afgesloten: er komen geen nieuwe evaluatielinks meer en de ongebruikte links werken niet meer.</p>'
      : members
          .filter(([id]) => id)
          .map(([id, role, name]) => evaluationLinkForm(duo.id, id!, `Evaluatielink maken voor ${name.split(' ')[0]} (${role.toLowerCase()})`, languages.get(id!) ?? 'nl'))
          .join(' ')) +
    (links.length
      ? `<ul>${links.map((l) => `<li>Link voor ${e(nameOf(l.personId))}, gemaakt ${e(day(l.createdAt))}: ${l.usedAt ? `ingevuld op ${e(day(l.usedAt))}` : l.expiresAt < new Date() ? 'verlopen' : 'nog niet ingevuld'}</li>`).join('')}</ul>`
      : '') +
    (evaluations.length
      ? evaluations
          .map(
            (ev) =>
              `<h3>Antwoorden van ${e(nameOf(ev.personId))} (${e(day(ev.submittedAt))})</h3><dl class="record-fields">${answersInFormOrder(form, ev.answers)
                .map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(String(v))}</dd>`)
                .join('')}</dl>`,
          )
          .join('')
      : '<p>Nog geen antwoorden.</p>') +
    `<h2>Afsluiten</h2>` +
    (duo.endedOn ? '<p>Dit duo is afgesloten.</p>' : `<p><a href="${BASE}/duo/afsluiten?id=${duo.id}">Dit duo afsluiten</a></p>`);
  await audit({ actorId: person.id, action: 'view', programme: duo.programme, recordId: duo.id });
  return page(options.status ?? 200, `${options.errors?.size ? 'Fout: ' : ''}Duo ${names.buddy} en ${names.newcomer}`, main);
}

export async function duoView(url: URL, person: Person): Promise<Response> {
  const duo = await duoFor(url.searchParams.get('id'), person);
  if (duo instanceof Response) return duo;
  const message = url.searchParams.get('nieuw') ? 'Het duo is gemaakt: beiden zijn nu gekoppeld.' : url.searchParams.get('gewijzigd') ? 'De wijziging is bewaard.' : undefined;
  return duoPage(person, duo, { message });
}

/** A whole number in a range, or null for an empty field; undefined when it is not. */
function optionalNumber(value: string | null, min: number, max: number): number | null | undefined {
  if (!value?.trim()) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

export async function duoSave(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req, 32 * 1024);
  const duo = await duoFor(body.get('id'), person);
  if (duo instanceof Response) return duo;
  const errors: Errors = new Map();
  const startedOn = body.get('startedOn') ?? '';
  const durationMonths = optionalNumber(body.get('durationMonths'), 1, 60);
  const meetingsPerMonth = optionalNumber(body.get('meetingsPerMonth'), 1, 31);
  if (!DATE.test(startedOn) || Number.isNaN(Date.parse(startedOn))) errors.set('duo-started', 'Startdatum: geef een datum als JJJJ-MM-DD');
  if (durationMonths === undefined) errors.set('duo-duration', 'Duur in maanden: geef een getal van 1 tot 60, of laat leeg');
  if (meetingsPerMonth === undefined) errors.set('duo-frequency', 'Afspraken per maand: geef een getal van 1 tot 31, of laat leeg');
  const agreements: Agreements = {};
  for (const [key, label] of AGREEMENTS) {
    const value = (body.get(key) ?? '').trim();
    if (value.length > 2000) errors.set(`duo-${key}`, `${label}: gebruik hoogstens 2000 tekens`);
    else if (value) agreements[key] = value;
  }
  if (errors.size) return duoPage(person, duo, { errors, values: body, status: 422 });
  await transaction(async (tx) => {
    await updateDuo(tx, duo.id, { startedOn, durationMonths: durationMonths ?? null, meetingsPerMonth: meetingsPerMonth ?? null, agreements });
    await audit({ actorId: person.id, action: 'duo', programme: duo.programme, recordId: duo.id }, tx);
  });
  return see(`${BASE}/duo?id=${duo.id}&gewijzigd=1`);
}

export async function actionPlan(url: URL, person: Person): Promise<Response> {
  const duo = await duoFor(url.searchParams.get('id'), person);
  if (duo instanceof Response) return duo;
  const template = siteContent().templates.get('handelingsplan');
  if (!template) throw new Error('Het sjabloon handelingsplan ontbreekt in het manifest van de bouw');
  const label = programmeLabels().get(duo.programme);
  const docx = await actionPlanDocx(
    template,
    {
      programma: label?.label ?? programmeName(label, duo.programme),
      gemeente: label?.municipality,
      coordinator: undefined,
      contact: person.email,
      frequentie: frequencyText(duo.meetingsPerMonth),
      duur: durationText(duo.durationMonths),
    },
    { buddyName: duo.buddyName ?? '(gewist)', newcomerName: duo.newcomerName ?? '(gewist)', startedOn: day(duo.startedOn), ...duo.agreements },
  );
  await audit({ actorId: person.id, action: 'export', programme: duo.programme, recordId: duo.id });
  const names = duoFirstNames(duo);
  const file = `handelingsplan-${`${names.buddy}-${names.newcomer}`.normalize('NFD').replace(/[^A-Za-z0-9-]+/g, '').toLowerCase()}.docx`;
  return download(docx, DOCX_MIME, file);
}

function closingForm(duo: Duo, errors: Errors, values?: URLSearchParams): string {
  const names = duoFirstNames(duo);
  const member = (key: 'buddy' | 'newcomer', name: string) =>
    choices({
      id: `close-${key}`,
      name: `${key}Next`,
      label: `Wat nu voor ${name}?`,
      radio: true,
      values: [values?.get(`${key}Next`) ?? 'waiting'],
      error: errors.get(`close-${key}`),
      options: [
        ['waiting', 'Opnieuw koppelen (wacht op een match)'],
        ['finished', 'Afgerond'],
        ['stopped', 'Gestopt'],
      ],
    }) +
    select({ id: `close-${key}-reason`, name: `${key}Reason`, label: `Reden waarom ${name} stopt (bij "gestopt")`, value: values?.get(`${key}Reason`) ?? '', error: errors.get(`close-${key}-reason`), options: [['', 'Kies een reden'], ...Object.entries(STOP_REASONS)] });
  return (
    `<form method="post" action="${BASE}/duo/afsluiten" class="form" novalidate>${errorSummary(errors)}<input type="hidden" name="id" value="${duo.id}">` +
    input({ id: 'close-date', name: 'endedOn', type: 'date', label: 'Einddatum', value: values?.get('endedOn') ?? today(), error: errors.get('close-date'), required: true, extra: ` min="${duo.startedOn}" max="${today()}"` }) +
    select({ id: 'close-reason', name: 'reason', label: 'Reden', value: values?.get('reason') ?? '', error: errors.get('close-reason'), options: [['', 'Kies een reden'], ...Object.entries(DUO_END_REASONS)] }) +
    (duo.buddyId ? member('buddy', names.buddy) : '') +
    (duo.newcomerId ? member('newcomer', names.newcomer) : '') +
    `<button type="submit" class="button">Duo afsluiten</button></form>`
  );
}

function closingPage(person: Person, duo: Duo, errors: Errors = new Map(), values?: URLSearchParams, status = 200): Response {
  const names = duoFirstNames(duo);
  const main =
    flowHeader(person, `Duo ${names.buddy} en ${names.newcomer} afsluiten`, duo.programme, programmeLabels().get(duo.programme)) +
    (duo.endedOn ? `<p class="lead">Dit duo is al afgesloten op ${e(day(duo.endedOn))}.</p>` : closingForm(duo, errors, values)) +
    `<p><a href="${BASE}/duo?id=${duo.id}">Terug naar het duo</a></p>`;
  return page(status, `${errors.size ? 'Fout: ' : ''}Duo afsluiten`, main);
}

export async function closingView(url: URL, person: Person): Promise<Response> {
  const duo = await duoFor(url.searchParams.get('id'), person);
  if (duo instanceof Response) return duo;
  return closingPage(person, duo);
}

export async function closeDuo(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const duo = await duoFor(body.get('id'), person);
  if (duo instanceof Response) return duo;
  if (duo.endedOn) return closingPage(person, duo, new Map(), undefined, 409);
  const errors: Errors = new Map();
  const endedOn = body.get('endedOn') ?? '';
  const reason = body.get('reason') ?? '';
  // The purge keeps people while a duo ended on or after its cutoff: a date in the future would keep them for years.
  if (!DATE.test(endedOn) || Number.isNaN(Date.parse(endedOn))) errors.set('close-date', 'Einddatum: geef een datum als JJJJ-MM-DD');
  else if (endedOn > today()) errors.set('close-date', `Einddatum: kies vandaag (${day(today())}) of een dag ervoor, niet een datum in de toekomst`);
  else if (endedOn < duo.startedOn) errors.set('close-date', `Einddatum: kies een datum vanaf de start van het duo (${day(duo.startedOn)})`);
  if (!(reason in DUO_END_REASONS)) errors.set('close-reason', 'Reden: kies waarom het duo stopt');
  const after = (key: 'buddy' | 'newcomer'): AfterDuo => {
    const next = body.get(`${key}Next`) ?? '';
    const stopReason = body.get(`${key}Reason`) ?? '';
    if (!['waiting', 'finished', 'stopped'].includes(next)) errors.set(`close-${key}`, 'Wat nu: kies opnieuw koppelen, afgerond of gestopt');
    if (next === 'stopped' && !(stopReason in STOP_REASONS)) errors.set(`close-${key}-reason`, 'Reden waarom deze persoon stopt: kies een reden');
    return { status: next as AfterDuo['status'], stopReason: next === 'stopped' ? stopReason : undefined };
  };
  const buddy = duo.buddyId ? after('buddy') : { status: 'waiting' as const };
  const newcomer = duo.newcomerId ? after('newcomer') : { status: 'waiting' as const };
  if (errors.size) return closingPage(person, duo, errors, body, 422);
  try {
    await transaction(async (tx) => {
      await endDuo(tx, duo, { endedOn, reason, buddy, newcomer, actorId: person.id });
      await audit({ actorId: person.id, action: 'close', programme: duo.programme, recordId: duo.id }, tx);
    });
  } catch (error) {
    if (!(error instanceof FlowConflict)) throw error;
    return closingPage(person, (await duoById(duo.id)) ?? duo, new Map([['close-date', 'Einddatum: het duo werd intussen al afgesloten']]), body, 409);
  }
  return see(`${BASE}/duo?id=${duo.id}&gewijzigd=1`);
}
