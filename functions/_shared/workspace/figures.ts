/**
 * /coordinator/cijfers: a programme's figures for its coordinator as accessible tables, computed by
 * src/lib/programme-figures.ts (no figure from fewer than 5 people). Reading them is audited ('view').
 */
import { escapeHtml as e } from '../../../src/forms/render';
import { DUO_END_REASONS, STOP_REASONS, type Status } from '../../../src/schemas/flow';
import { MIN_PEOPLE, programmeFigures, TOO_FEW_TEXT, type Figure, type FigureDuo, type FigurePerson } from '../../../src/lib/programme-figures';
import { audit } from '../audit';
import { db, type Db } from '../db';
import type { Person } from '../people';
import { BASE, header, programmeName } from '../workspace-pages';
import { programmeQuery, type ProgrammeRef, type View } from './view';

/** What the figures are computed from: no names, no contact details. */
export async function figureRecords(programme: string, sql: Db = db): Promise<{ people: FigurePerson[]; duos: FigureDuo[] }> {
  const [people, duos] = await Promise.all([
    sql.query<{ role: 'buddy' | 'newcomer'; status: Status; stop_reason: string | null; created_at: Date; waiting_at: Date | null; matched_at: Date | null }>(
      `SELECT fp.role, fp.status, fp.stop_reason, fp.created_at,
              coalesce(min(c.at) FILTER (WHERE c.status = 'waiting'), fp.waiting_since) AS waiting_at,
              min(c.at) FILTER (WHERE c.status = 'matched') AS matched_at
       FROM flow_people fp LEFT JOIN flow_status_changes c ON c.person_id = fp.id
       WHERE fp.programme = $1 GROUP BY fp.id`,
      [programme],
    ),
    sql.query<{ ended_on: string | null; end_reason: string | null }>(`SELECT ended_on::text, end_reason FROM duos WHERE programme = $1`, [programme]),
  ]);
  return {
    people: people.rows.map((r) => ({ role: r.role, status: r.status, stopReason: r.stop_reason, createdAt: r.created_at, waitingAt: r.waiting_at, matchedAt: r.matched_at })),
    duos: duos.rows.map((r) => ({ endedOn: r.ended_on, endReason: r.end_reason })),
  };
}

const shown = (f: Figure, unit = '') => ('tooFew' in f ? `<em>${TOO_FEW_TEXT}</em>` : `${f.value.toLocaleString('nl-BE')}${unit}`);
const monthName = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (key: string) => monthName.format(new Date(`${key}-01T00:00:00Z`));

/**
 * A table under its own heading; the caption repeats the heading for screen readers' table lists, so
 * it is not shown twice. `empty` stands instead of a table without rows.
 */
function table(heading: string, level: 2 | 3, headings: [string, string], rows: [string, string][], empty = ''): string {
  const title = `<h${level}>${e(heading)}</h${level}>`;
  if (!rows.length) return `${title}<p>${e(empty)}</p>`;
  return (
    `${title}<div class="table-scroll"><table><caption class="visually-hidden">${e(heading)}</caption>` +
    `<thead><tr><th scope="col">${e(headings[0])}</th><th scope="col">${e(headings[1])}</th></tr></thead>` +
    `<tbody>${rows.map(([label, value]) => `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`).join('')}</tbody></table></div>`
  );
}

const reasonLabel = (labels: Record<string, string>, key: string) => labels[key] ?? (key === 'unknown' ? 'geen reden genoteerd' : key);

export async function figuresPage(person: Person, programme: ProgrammeRef, now = new Date()): Promise<View> {
  const records = await figureRecords(programme.id);
  await audit({ actorId: person.id, action: 'view', programme: programme.id });
  const f = programmeFigures(records.people, records.duos, now);
  const title = `Cijfers: ${programmeName(programme.label, programme.id)}`;
  const main =
    `<h1>${e(title)}</h1>${header(person)}` +
    `<p class="lead">Cijfers over de mensen en duo’s van deze buddywerking in de werkruimte (aanmeldingen via de website en geïmporteerde mensen). ` +
    `Een cijfer dat op minder dan ${MIN_PEOPLE} mensen berust, wordt niet getoond: dan staat er “${TOO_FEW_TEXT}”.</p>` +
    table('Overzicht', 2, ['Cijfer', 'Waarde'], [
      ['Mediaan wachttijd tot een match (dagen)', shown(f.medianDaysToMatch)],
      ['Mediaan wachttijd tot nu van wie nu wacht (dagen)', shown(f.medianDaysWaitingNow)],
      ['Aandeel gekoppeld van wie ooit op een match wachtte', shown(f.shareMatched, '%')],
      ['Lopende duo’s', shown(f.runningDuos)],
    ]) +
    table('Aanmeldingen per maand, de laatste 12 maanden', 2, ['Maand', 'Aanmeldingen'], f.signupsPerMonth.map((m) => [monthLabel(m.month), shown(m.signups)])) +
    `<h2>Afsluitingen per reden</h2>` +
    table('Beëindigde duo’s per reden', 3, ['Reden', 'Duo’s'], f.duosEndedByReason.map((r) => [reasonLabel(DUO_END_REASONS, r.reason), shown(r.count)]), 'Nog geen beëindigde duo’s.') +
    table('Gestopte mensen per reden', 3, ['Reden', 'Mensen'], f.peopleStoppedByReason.map((r) => [reasonLabel(STOP_REASONS, r.reason), shown(r.count)]), 'Nog niemand gestopt.') +
    `<p><a href="${BASE}/importeren?${e(programmeQuery(programme))}">Mensen importeren uit een spreadsheet</a></p>`;
  return { status: 200, title, main };
}
