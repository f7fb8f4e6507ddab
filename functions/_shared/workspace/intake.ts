/**
 * /coordinator/intake?id=…: the intake of one person as a form (src/schemas/intake.ts), started from
 * the sign-up's answers where they exist. Saving sets 'intake-done'; the second button also puts the
 * person on the waiting list. Errors name the field and link to it.
 */
import { z } from 'astro/zod';
import { BUDDY_GENDER_PREFERENCES, GENDERS, HOUSEHOLDS, INTERESTS, intakeSchema, type Intake } from '../../../src/schemas/intake';
import { DAY_PARTS, DAYS, DUTCH_LEVELS, LANGUAGES } from '../../../src/schemas/person-vocabularies';
import { intakeStart, INTAKE_STATUSES } from '../../../src/lib/flow-path';
import { plural } from '../../../src/lib/format';
import { audit } from '../audit';
import { transaction } from '../db';
import { personById, saveIntake, setStatus, type FlowPerson, type Role } from '../flow';
import type { Person } from '../people';
import { BASE } from '../workspace-pages';
import { formBody, page, personFor, programmeLabels, see } from './respond';
import { choices, e, errorSummary, flowHeader, input, select, textarea, type Errors } from './flow-html';

const languageLabel = (code: string) => {
  const l = LANGUAGES.find((x) => x.code === code);
  return l ? (l.dutch === l.own ? l.dutch : `${l.dutch} (${l.own})`) : code;
};

/** The intake as a short description on the person page. */
export function intakeSummary(intake: Intake, role: Role): string {
  const rows: [string, string][] = [
    ['Talen', intake.languages.map((c) => LANGUAGES.find((l) => l.code === c)?.dutch ?? c).join(', ')],
    ['Interesses', [...intake.interests.map((k) => INTERESTS[k]), intake.otherInterests].filter(Boolean).join(', ')],
    ['Beschikbaar', intake.availability.length ? `${plural(intake.availability.length, 'dagdeel', 'dagdelen')} per week` : 'niets aangeduid'],
    ['Postcode', intake.postalCode],
    ['Gezinssituatie', intake.household ? HOUSEHOLDS[intake.household] : ''],
    ...(role === 'newcomer' ? ([['Nederlands', intake.dutchLevel ? DUTCH_LEVELS[intake.dutchLevel] : ''], ['Voorkeur', intake.prefersBuddyGender ? BUDDY_GENDER_PREFERENCES[intake.prefersBuddyGender] : '']] as [string, string][]) : []),
    ['Verwachtingen', intake.expectations ?? ''],
    ['Opmerkingen', intake.notes ?? ''],
    ['E-mailadres nagekeken', intake.emailChecked ? 'ja' : 'nee'],
  ];
  return `<dl class="record-fields">${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

/** The posted form as the schema's input (lists for the checkboxes; newcomers-only fields dropped for buddies). */
function intakeInput(body: URLSearchParams, role: Role): Record<string, unknown> {
  const text = (name: string) => body.get(name) || undefined;
  return {
    interests: body.getAll('interests'),
    otherInterests: text('otherInterests'),
    languages: body.getAll('languages'),
    availability: body.getAll('availability'),
    postalCode: body.get('postalCode') ?? '',
    household: text('household'),
    dutchLevel: role === 'newcomer' ? text('dutchLevel') : undefined,
    gender: text('gender'),
    prefersBuddyGender: role === 'newcomer' ? text('prefersBuddyGender') : undefined,
    expectations: text('expectations'),
    notes: text('notes'),
    emailChecked: body.get('emailChecked') === 'ja',
  };
}

function errorsOf(error: z.ZodError): Errors {
  const errors: Errors = new Map();
  for (const issue of error.issues) {
    const field = `intake-${String(issue.path[0])}`;
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return errors;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** The day-part grid: days as rows, parts of the day as columns, one checkbox each. */
function availabilityGrid(values: string[], error?: string): string {
  const head = Object.values(DAY_PARTS).map((part) => `<th scope="col">${e(part)}</th>`).join('');
  const rows = Object.entries(DAYS)
    .map(
      ([d, dayName]) =>
        `<tr><th scope="row">${e(dayName)}</th>${Object.entries(DAY_PARTS)
          .map(([p, partName]) => {
            const key = `${d}-${p}`;
            const id = key === 'ma-vm' ? 'intake-availability' : `intake-availability-${key}`;
            return `<td><input type="checkbox" id="${id}" name="availability" value="${key}"${values.includes(key) ? ' checked' : ''}><label for="${id}" class="visually-hidden">${e(dayName)}${e(partName)}</label></td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return (
    `<fieldset class="form-field${error ? ' form-field--error' : ''}"><legend class="form-label">Beschikbaarheid</legend>` +
    (error ? `<p class="form-error" id="intake-availability-error">${e(error)}</p>` : '') +
    `<div class="table-scroll"><table class="availability-grid"><thead><tr><td></td>${head}</tr></thead><tbody>${rows}</tbody></table></div></fieldset>`
  );
}

function intakeForm(p: FlowPerson, values: Record<string, unknown>, errors: Errors): string {
  const newcomer = p.role === 'newcomer';
  const other = str(values.otherLanguages ?? (p.signup?.otherLanguages as unknown));
  return (
    `<form method="post" action="${BASE}/intake" class="form" novalidate>${errorSummary(errors)}<input type="hidden" name="id" value="${p.id}">` +
    choices({ id: 'intake-languages', name: 'languages', label: 'Talen', hint: 'Elke taal die de persoon spreekt, ook het Nederlands.', values: list(values.languages), error: errors.get('intake-languages'), columns: true, options: LANGUAGES.map((l) => [l.code, languageLabel(l.code)]) }) +
    (other ? `<p>Andere talen volgens de aanmelding: ${e(other)}</p>` : '') +
    (typeof p.signup?.languages === 'string' ? `<p>Talen volgens de aanmelding: ${e(p.signup.languages)}</p>` : '') +
    (newcomer ? select({ id: 'intake-dutchLevel', name: 'dutchLevel', label: 'Nederlands', value: str(values.dutchLevel), error: errors.get('intake-dutchLevel'), options: [['', 'Nog niet gevraagd'], ...Object.entries(DUTCH_LEVELS)] }) : '') +
    choices({ id: 'intake-interests', name: 'interests', label: 'Interesses', values: list(values.interests), error: errors.get('intake-interests'), columns: true, options: Object.entries(INTERESTS) }) +
    input({ id: 'intake-otherInterests', name: 'otherInterests', label: 'Andere interesses', hint: 'In eigen woorden, gescheiden door komma’s.', value: str(values.otherInterests), error: errors.get('intake-otherInterests') }) +
    availabilityGrid(list(values.availability), errors.get('intake-availability')) +
    (typeof p.signup?.availability === 'string' ? `<p>Beschikbaarheid volgens de aanmelding: ${e(p.signup.availability)}</p>` : '') +
    input({ id: 'intake-postalCode', name: 'postalCode', label: 'Postcode', value: str(values.postalCode), error: errors.get('intake-postalCode'), required: true, extra: ' inputmode="numeric" maxlength="4" autocomplete="off"' }) +
    select({ id: 'intake-household', name: 'household', label: 'Gezinssituatie', value: str(values.household), error: errors.get('intake-household'), options: [['', 'Niet gevraagd'], ...Object.entries(HOUSEHOLDS)] }) +
    select({ id: 'intake-gender', name: 'gender', label: 'Gender', hint: 'Alleen nodig als een nieuwkomer een voorkeur voor een vrouwelijke of mannelijke buddy heeft.', value: str(values.gender), error: errors.get('intake-gender'), options: [['', 'Niet gevraagd'], ...Object.entries(GENDERS)] }) +
    (newcomer
      ? select({ id: 'intake-prefersBuddyGender', name: 'prefersBuddyGender', label: 'Voorkeur voor de buddy', hint: 'Alleen wat de persoon zelf vraagt. Nooit godsdienst, gezondheid of afkomst.', value: str(values.prefersBuddyGender), error: errors.get('intake-prefersBuddyGender'), options: [['', 'Geen voorkeur'], ...Object.entries(BUDDY_GENDER_PREFERENCES)] })
      : '') +
    textarea({ id: 'intake-expectations', name: 'expectations', label: 'Verwachtingen', value: str(values.expectations), error: errors.get('intake-expectations') }) +
    textarea({ id: 'intake-notes', name: 'notes', label: 'Opmerkingen', value: str(values.notes), error: errors.get('intake-notes') }) +
    choices({ id: 'intake-emailChecked', name: 'emailChecked', label: 'E-mailadres', hint: 'Alleen naar een nagekeken adres stuurt de werkruimte mails (zoals de evaluatie).', values: values.emailChecked ? ['ja'] : [], options: [['ja', 'Het e-mailadres van de aanmelding is samen nagekeken']] }) +
    `<button type="submit" class="button" name="next" value="">Intake opslaan</button> ` +
    `<button type="submit" class="button button--secondary" name="next" value="waiting">Opslaan en op de wachtlijst zetten</button></form>`
  );
}

function intakePage(person: Person, p: FlowPerson, values: Record<string, unknown>, errors: Errors, status = 200): Response {
  const main =
    flowHeader(person, `Intake: ${p.name}`, p.programme, programmeLabels().get(p.programme)) +
    `<p class="lead">Volgens het intakeformulier van de starterkit. De gegevens dienen alleen voor de matching.</p>` +
    intakeForm(p, values, errors) +
    `<p><a href="${BASE}/persoon?id=${p.id}">Terug naar ${e(p.firstName)}</a></p>`;
  return page(status, errors.size ? `Fout: intake ${p.firstName}` : `Intake ${p.firstName}`, main);
}

export async function intakeView(url: URL, person: Person): Promise<Response> {
  const p = await personFor(url.searchParams.get('id'), person);
  if (p instanceof Response) return p;
  await audit({ actorId: person.id, action: 'view', programme: p.programme, recordId: p.id });
  return intakePage(person, p, intakeStart(p.intake, p.signup ?? p.details), new Map());
}

export async function intakeSave(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req, 32 * 1024);
  const p = await personFor(body.get('id'), person);
  if (p instanceof Response) return p;
  const input = intakeInput(body, p.role);
  if (!INTAKE_STATUSES.includes(p.status)) return intakePage(person, p, input, new Map([['intake-languages', 'Intake: het traject van deze persoon is afgesloten']]), 409);
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return intakePage(person, p, input, errorsOf(parsed.error), 422);
  await transaction(async (tx) => {
    const current = await personById(p.id, tx, true);
    if (!current) return;
    await saveIntake(tx, current, parsed.data, person.id);
    if (body.get('next') === 'waiting' && ['new', 'intake-planned', 'intake-done'].includes(current.status)) {
      await setStatus(tx, { id: p.id, from: 'intake-done' }, 'waiting', { actorId: person.id });
    }
    await audit({ actorId: person.id, action: 'intake', programme: p.programme, recordId: p.id }, tx);
  });
  return see(`${BASE}/persoon?id=${p.id}&gewijzigd=1`);
}
