/**
 * /coordinator/koppelen?programme=…: match suggestions for everyone waiting in a programme, computed
 * for the whole group at once (src/lib/matching.ts) from their intakes, with the programme's weights
 * and without the pairs a coordinator rejected. Each suggestion shows its score per criterion and one
 * Dutch sentence; nothing is matched until the coordinator accepts. A coordinator can also pair two
 * waiting people by hand.
 */
import { judgePair, scorePair, type Judgement, type Profile } from '../../../src/lib/match-criteria';
import { suggestPairs, type PairScore } from '../../../src/lib/matching';
import { daysSince, profileOf, readIntake } from '../../../src/lib/flow-path';
import { plural } from '../../../src/lib/format';
import { audit } from '../audit';
import { siteContent } from '../content';
import { transaction } from '../db';
import { createDuo, FlowConflict, rejectedPairs, rejectPair, runningDuos, duoFirstNames, type Duo } from '../duos';
import { peopleInStatus, personById, type FlowPerson } from '../flow';
import type { Person } from '../people';
import { programmeSettings } from '../programme-settings';
import { BASE, postButton } from '../workspace-pages';
import { canSee, formBody, page, programmeFrom, programmeLabels, RECORD_ID, see } from './respond';
import { day, e, errorSummary, flowHeader, select, today, type Errors } from './flow-html';
import { distinctNames } from './names';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Everyone waiting, as profiles (those without a usable intake apart), and the judge the assignment uses. */
async function waitingGroup(programme: string, now: Date) {
  const [waiting, settings, rejected] = await Promise.all([peopleInStatus(programme, 'waiting'), programmeSettings(programme), rejectedPairs(programme)]);
  const localities = siteContent().localities;
  // Names told apart (two newcomers called Amal), used everywhere the page names someone, sentences too.
  const names = distinctNames(waiting);
  const profiles: Profile[] = [];
  const withoutIntake: FlowPerson[] = [];
  for (const p of waiting) {
    const intake = readIntake(p.intake);
    if (!intake) withoutIntake.push(p);
    else profiles.push(profileOf({ id: p.id, firstName: names.get(p.id)!, waitingDays: p.waitingSince ? daysSince(p.waitingSince, now) : 0 }, intake, localities));
  }
  const roles = new Map(waiting.map((p) => [p.id, p.role]));
  const refused = (buddy: Profile, newcomer: Profile) => rejected.has(`${buddy.id}:${newcomer.id}`);
  // The assignment scores every pair (no words); only pairs a coordinator reads are explained.
  const score = (buddy: Profile, newcomer: Profile): PairScore => (refused(buddy, newcomer) ? { acceptable: false, score: 0 } : scorePair(buddy, newcomer, settings.weights));
  const judge = (buddy: Profile, newcomer: Profile): Judgement => {
    const j = judgePair(buddy, newcomer, settings.weights);
    return refused(buddy, newcomer) ? { ...j, acceptable: false, refusals: [...j.refusals, 'eerder afgewezen'] } : j;
  };
  return {
    waiting,
    names,
    withoutIntake,
    buddies: profiles.filter((p) => roles.get(p.id) === 'buddy'),
    newcomers: profiles.filter((p) => roles.get(p.id) === 'newcomer'),
    score,
    judge,
  };
}

/** A person's name on this page, as a link to their page. */
const personLink = (id: string, name: string) => `<a href="${BASE}/persoon?id=${e(id)}">${e(name)}</a>`;

function suggestionHtml(buddy: Profile, newcomer: Profile, j: Judgement): string {
  const ids = { buddy: buddy.id, newcomer: newcomer.id };
  const names = `${buddy.firstName} en ${newcomer.firstName}`;
  return (
    `<li class="suggestion"><h3>${personLink(buddy.id, buddy.firstName)} en ${personLink(newcomer.id, newcomer.firstName)}: ${percent(j.score)}</h3><p>${e(j.sentence)}</p>` +
    `<div class="table-scroll"><table><caption class="visually-hidden">Score per criterium voor ${e(names)}</caption><thead><tr><th scope="col">Criterium</th><th scope="col">Score</th><th scope="col">Gewicht</th></tr></thead><tbody>` +
    j.parts.map((p) => `<tr><td>${e(p.label)}</td><td>${percent(p.value)}</td><td>${p.weight}</td></tr>`).join('') +
    `</tbody></table></div>` +
    postButton(`${BASE}/koppelen/aanvaarden`, ids, 'Aanvaarden').replace('</button>', `<span class="visually-hidden">: ${e(names)}</span></button>`) +
    ' ' +
    postButton(`${BASE}/koppelen/afwijzen`, ids, 'Afwijzen', true).replace('</button>', `<span class="visually-hidden">: ${e(names)}</span></button>`) +
    `</li>`
  );
}

async function suggestionsPage(person: Person, programme: string, options: { errors?: Errors; message?: string; status?: number; now?: Date } = {}): Promise<Response> {
  const now = options.now ?? new Date();
  const group = await waitingGroup(programme, now);
  const result = suggestPairs(group.buddies, group.newcomers, group.score);
  const duos: Duo[] = await runningDuos(programme);
  const explainAlone = (p: Profile, others: Profile[], isBuddy: boolean) => `${personLink(p.id, p.firstName)}: ${e(whyAlone(p, others, isBuddy))}`;
  const whyAlone = (p: Profile, others: Profile[], isBuddy: boolean) => {
    const scored = others.map((o) => (isBuddy ? group.score(p, o) : group.score(o, p)));
    if (scored.some((j) => j.acceptable)) return 'elke passende partner zit al in een ander voorstel.';
    // Nobody acceptable: the reasons, from the first few others (enough to say why).
    const judged = others.slice(0, 20).map((o) => (isBuddy ? group.judge(p, o) : group.judge(o, p)));
    const reasons = [...new Set(judged.flatMap((j) => j.refusals))].slice(0, 3);
    return `geen aanvaardbare partner${reasons.length ? ` (${reasons.join('; ')})` : others.length ? '' : ': niemand wacht aan de andere kant'}.`;
  };
  const alone = [
    ...result.unmatchedBuddies.map((b) => explainAlone(b, group.newcomers, true)),
    ...result.unmatchedParticipants.map((n) => explainAlone(n, group.buddies, false)),
  ];
  const waitingOf = (role: string) => group.waiting.filter((p) => p.role === role).map((p) => [p.id, group.names.get(p.id)!] as [string, string]);
  const main =
    flowHeader(person, 'Koppelen', programme, programmeLabels().get(programme)) +
    (options.message ? `<div class="notice" role="status"><p>${e(options.message)}</p></div>` : '') +
    `<p class="lead">Voorstellen voor iedereen die wacht op een match (${plural(group.buddies.length, 'buddy', "buddy's")} en ${plural(group.newcomers.length, 'nieuwkomer', 'nieuwkomers')} met een intake), samen berekend: eerst zoveel mogelijk duo's die aan de harde voorwaarden voldoen, dan de hoogste totale score, bij gelijke keuze wie het langst wacht. Niemand wordt gekoppeld zonder dat jij aanvaardt.</p>` +
    `<h2>Voorstellen</h2>` +
    (result.pairs.length ? `<ol class="suggestions">${result.pairs.map((s) => suggestionHtml(s.buddy, s.participant, group.judge(s.buddy, s.participant))).join('')}</ol>` : '<p>Geen voorstellen.</p>') +
    `<h2>Zonder voorstel</h2>` +
    (alone.length ? `<ul>${alone.map((line) => `<li>${line}</li>`).join('')}</ul>` : '<p>Iedereen met een intake heeft een voorstel.</p>') +
    (group.withoutIntake.length
      ? `<p>Wachtend zonder bruikbare intake (eerst de intake invullen): ${group.withoutIntake.map((p) => `<a href="${BASE}/intake?id=${p.id}">${e(group.names.get(p.id)!)}</a>`).join(', ')}.</p>`
      : '') +
    `<h2>Zelf koppelen</h2>` +
    `<form method="post" action="${BASE}/koppelen/aanvaarden" class="form" novalidate>${errorSummary(options.errors ?? new Map())}<input type="hidden" name="manual" value="1"><input type="hidden" name="programme" value="${e(programme)}">` +
    select({ id: 'manual-buddy', name: 'buddy', label: 'Buddy', error: options.errors?.get('manual-buddy'), options: [['', 'Kies een wachtende buddy'], ...waitingOf('buddy')] }) +
    select({ id: 'manual-newcomer', name: 'newcomer', label: 'Nieuwkomer', error: options.errors?.get('manual-newcomer'), options: [['', 'Kies een wachtende nieuwkomer'], ...waitingOf('newcomer')] }) +
    `<button type="submit" class="button">Duo maken</button></form>` +
    `<h2>Lopende duo's</h2>` +
    (duos.length
      ? `<ul>${duos.map((d) => {
          const n = duoFirstNames(d);
          return `<li><a href="${BASE}/duo?id=${d.id}">${e(n.buddy)} en ${e(n.newcomer)}</a>, gestart ${e(day(d.startedOn))}</li>`;
        }).join('')}</ul>`
      : '<p>Geen lopende duo\'s.</p>');
  await audit({ actorId: person.id, action: 'view', programme });
  return page(options.status ?? 200, options.errors?.size ? 'Fout: koppelen' : 'Koppelen', main);
}

export async function suggestionsView(url: URL, person: Person): Promise<Response> {
  const chosen = programmeFrom(url.searchParams.get('programme'), person);
  if ('refusal' in chosen) return chosen.refusal;
  const message = url.searchParams.get('afgewezen') ? 'Het voorstel is afgewezen en komt niet meer terug.' : undefined;
  return suggestionsPage(person, chosen.programme, { message });
}

/** The two people a posted pair names: waiting, of one programme the coordinator may see, in their roles. */
async function pairFrom(body: URLSearchParams, person: Person): Promise<{ buddy: FlowPerson; newcomer: FlowPerson } | { programme?: string; errors: Errors }> {
  const errors: Errors = new Map();
  const [buddyId, newcomerId] = [body.get('buddy') ?? '', body.get('newcomer') ?? ''];
  const buddy = RECORD_ID.test(buddyId) ? await personById(buddyId) : undefined;
  const newcomer = RECORD_ID.test(newcomerId) ? await personById(newcomerId) : undefined;
  const programme = [buddy, newcomer].find((p) => p && canSee(person, p.programme))?.programme;
  if (!buddy || !canSee(person, buddy.programme) || buddy.role !== 'buddy' || buddy.status !== 'waiting') errors.set('manual-buddy', 'Buddy: kies een buddy die wacht op een match');
  if (!newcomer || !canSee(person, newcomer.programme) || newcomer.role !== 'newcomer' || newcomer.status !== 'waiting') errors.set('manual-newcomer', 'Nieuwkomer: kies een nieuwkomer die wacht op een match');
  if (!errors.size && buddy!.programme !== newcomer!.programme) errors.set('manual-newcomer', 'Nieuwkomer: kies iemand van dezelfde buddywerking');
  return errors.size ? { programme, errors } : { buddy: buddy!, newcomer: newcomer! };
}

export async function acceptPair(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const pair = await pairFrom(body, person);
  if ('errors' in pair) {
    // The programme of the form the pair came from (the manual form names it), else of either person.
    const chosen = programmeFrom(pair.programme ?? body.get('programme'), person);
    if ('refusal' in chosen) return page(422, 'Fout: koppelen', `<h1>Deze mensen kunnen niet gekoppeld worden</h1><p class="lead">${e([...pair.errors.values()].join('. '))}.</p><p><a href="${BASE}/">Naar de werkruimte</a></p>`);
    return suggestionsPage(person, chosen.programme, { errors: pair.errors, status: 422 });
  }
  const { buddy, newcomer } = pair;
  const programme = buddy.programme;
  const settings = await programmeSettings(programme);
  const [b, n] = [readIntake(buddy.intake), readIntake(newcomer.intake)];
  const localities = siteContent().localities;
  const judgement =
    b && n
      ? judgePair(
          profileOf({ id: buddy.id, firstName: buddy.firstName, waitingDays: 0 }, b, localities),
          profileOf({ id: newcomer.id, firstName: newcomer.firstName, waitingDays: 0 }, n, localities),
          settings.weights,
        )
      : undefined;
  try {
    const id = await transaction(async (tx) => {
      const duoId = await createDuo(tx, {
        programme,
        buddyId: buddy.id,
        newcomerId: newcomer.id,
        startedOn: today(),
        durationMonths: settings.durationMonths,
        meetingsPerMonth: settings.meetingsPerMonth,
        suggestion: judgement ? { score: judgement.score, sentence: judgement.sentence, parts: judgement.parts.map(({ label, value, weight }) => ({ label, value, weight })), ...(body.get('manual') && { manual: true }) } : null,
        actorId: person.id,
      });
      await audit({ actorId: person.id, action: 'match', programme, recordId: duoId }, tx);
      return duoId;
    });
    return see(`${BASE}/duo?id=${id}&nieuw=1`);
  } catch (error) {
    if (!(error instanceof FlowConflict)) throw error;
    return suggestionsPage(person, programme, { errors: new Map([['manual-buddy', 'Buddy: een van beiden wacht intussen niet meer op een match']]), status: 409 });
  }
}

export async function rejectSuggestion(req: Request, person: Person): Promise<Response> {
  const body = await formBody(req);
  const pair = await pairFrom(body, person);
  if ('errors' in pair) return page(422, 'Fout: afwijzen', `<h1>Dit voorstel bestaat niet (meer)</h1><p><a href="${BASE}/">Naar de werkruimte</a></p>`);
  await transaction(async (tx) => {
    await rejectPair(tx, pair.buddy.id, pair.newcomer.id, person.id);
    for (const p of [pair.buddy, pair.newcomer]) await audit({ actorId: person.id, action: 'reject', programme: p.programme, recordId: p.id }, tx);
  });
  return see(`${BASE}/koppelen?programme=${encodeURIComponent(pair.buddy.programme)}&afgewezen=1`);
}
