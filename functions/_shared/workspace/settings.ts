/**
 * /coordinator/instellingen?programme=…: a programme's workspace settings: defaults for new duos,
 * the weights of the match criteria, after how many days someone waits too long, and whether the
 * programme publishes its figures (the public figures are computed elsewhere from this opt-in).
 */
import { CRITERIA, type Criterion, type Weights } from '../../../src/lib/match-criteria';
import { audit } from '../audit';
import { transaction } from '../db';
import type { Person } from '../people';
import { programmeSettings, saveProgrammeSettings, type ProgrammeSettings } from '../programme-settings';
import { BASE } from '../workspace-pages';
import { formBody, page, programmeFrom, programmeLabels, see } from './respond';
import { choices, errorSummary, flowHeader, input, type Errors } from './flow-html';

function settingsPage(person: Person, programme: string, settings: ProgrammeSettings, options: { errors?: Errors; values?: URLSearchParams; message?: string; status?: number } = {}): Response {
  const errors = options.errors ?? new Map();
  const v = (name: string, stored: string) => options.values?.get(name) ?? stored;
  const main =
    flowHeader(person, 'Instellingen', programme, programmeLabels().get(programme)) +
    (options.message ? `<div class="notice" role="status"><p>${options.message}</p></div>` : '') +
    `<form method="post" action="${BASE}/instellingen" class="form" novalidate>${errorSummary(errors)}<input type="hidden" name="programme" value="${programme}">` +
    `<h2>Nieuwe duo's</h2>` +
    input({ id: 'settings-duration', name: 'durationMonths', type: 'number', label: 'Duur in maanden', hint: 'Leeg: geen vaste einddatum.', value: v('durationMonths', settings.durationMonths?.toString() ?? ''), error: errors.get('settings-duration'), extra: ' min="1" max="60"' }) +
    input({ id: 'settings-frequency', name: 'meetingsPerMonth', type: 'number', label: 'Afspraken per maand', hint: 'Leeg: in onderling overleg.', value: v('meetingsPerMonth', settings.meetingsPerMonth?.toString() ?? ''), error: errors.get('settings-frequency'), extra: ' min="1" max="31"' }) +
    `<h2>Gewichten van de criteria bij het koppelen</h2><p>Van 0 (telt niet mee) tot 10. De harde voorwaarden (een gemeenschappelijke taal als het Nederlands van de nieuwkomer beperkt is, een gevraagde voorkeur) gelden altijd.</p>` +
    (Object.entries(CRITERIA) as [Criterion, string][])
      .map(([key, label]) => input({ id: `settings-weight-${key}`, name: `weight-${key}`, type: 'number', label, value: v(`weight-${key}`, String(settings.weights[key])), error: errors.get(`settings-weight-${key}`), extra: ' min="0" max="10"' }))
      .join('') +
    `<h2>Opvolging</h2>` +
    input({ id: 'settings-alert', name: 'waitingAlertDays', type: 'number', label: 'Wacht te lang na (dagen)', hint: 'De wekelijkse mail noemt wie langer wacht.', value: v('waitingAlertDays', String(settings.waitingAlertDays)), error: errors.get('settings-alert'), required: true, extra: ' min="1" max="365"' }) +
    `<h2>Publieke cijfers</h2>` +
    choices({
      id: 'settings-publish',
      name: 'publishFigures',
      label: 'Publiceren',
      hint: 'Of de buddywerking buddy’s en/of nieuwkomers zoekt en de gewone wachttijd, op de pagina van de gemeente en in de open data. Nooit gegevens over personen, en geen cijfer uit minder dan 5 mensen.',
      values: (options.values ? options.values.get('publishFigures') === 'ja' : settings.publishFigures) ? ['ja'] : [],
      options: [['ja', 'Toon de cijfers van deze buddywerking publiek']],
    }) +
    `<button type="submit" class="button">Instellingen opslaan</button></form>`;
  return page(options.status ?? 200, `${errors.size ? 'Fout: ' : ''}Instellingen`, main);
}

export async function settingsView(url: URL, person: Person): Promise<Response> {
  const chosen = programmeFrom(url.searchParams.get('programme'), person);
  if ('refusal' in chosen) return chosen.refusal;
  await audit({ actorId: person.id, action: 'view', programme: chosen.programme });
  return settingsPage(person, chosen.programme, await programmeSettings(chosen.programme), { message: url.searchParams.get('gewijzigd') ? 'De instellingen zijn bewaard.' : undefined });
}

/** A whole number in a range; null for an empty field when allowed; undefined when invalid. */
function whole(value: string | null, min: number, max: number, emptyAllowed: boolean): number | null | undefined {
  if (!value?.trim()) return emptyAllowed ? null : undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

export async function settingsSave(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const chosen = programmeFrom(body.get('programme'), person);
  if ('refusal' in chosen) return chosen.refusal;
  const errors: Errors = new Map();
  const durationMonths = whole(body.get('durationMonths'), 1, 60, true);
  const meetingsPerMonth = whole(body.get('meetingsPerMonth'), 1, 31, true);
  const waitingAlertDays = whole(body.get('waitingAlertDays'), 1, 365, false);
  if (durationMonths === undefined) errors.set('settings-duration', 'Duur in maanden: geef een getal van 1 tot 60, of laat leeg');
  if (meetingsPerMonth === undefined) errors.set('settings-frequency', 'Afspraken per maand: geef een getal van 1 tot 31, of laat leeg');
  if (waitingAlertDays == null) errors.set('settings-alert', 'Wacht te lang na (dagen): geef een getal van 1 tot 365');
  const weights = {} as Weights;
  for (const [key, label] of Object.entries(CRITERIA) as [Criterion, string][]) {
    const w = whole(body.get(`weight-${key}`), 0, 10, false);
    if (w == null) errors.set(`settings-weight-${key}`, `${label}: geef een gewicht van 0 tot 10`);
    else weights[key] = w;
  }
  if (!errors.size && Object.values(weights).every((w) => w === 0)) errors.set('settings-weight-interests', 'Gewichten: geef minstens één criterium een gewicht boven 0');
  const settings = { durationMonths: durationMonths ?? null, meetingsPerMonth: meetingsPerMonth ?? null, weights, waitingAlertDays: waitingAlertDays ?? 21, publishFigures: body.get('publishFigures') === 'ja' };
  if (errors.size) return settingsPage(person, chosen.programme, settings, { errors, values: body, status: 422 });
  await transaction(async (tx) => {
    await saveProgrammeSettings(tx, chosen.programme, settings, person.id);
    await audit({ actorId: person.id, action: 'settings', programme: chosen.programme }, tx);
  });
  return see(`${BASE}/instellingen?programme=${encodeURIComponent(chosen.programme)}&gewijzigd=1`);
}
