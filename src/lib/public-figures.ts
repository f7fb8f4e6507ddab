/**
 * A programme's public figures (issue 13), published only when its coordinators opt in
 * (programme_settings.publish_figures): whether it is looking for buddies and/or newcomers, and the
 * typical waiting time for a match. Computed nightly (functions/compute-public-figures.ts), served as
 * JSON (functions/public-figures.ts), shown on the municipality page and documented with the open data.
 * Pure: used by the functions, the page's script and the open-data page alike.
 */
import { medianFigure } from './programme-figures';

/** The JSON of one programme's figures. */
export interface PublicFigures {
  programme: string;
  seeksBuddies: boolean;
  seeksNewcomers: boolean;
  /** Median days from waiting to a match over the last 12 months; null when fewer than 5 people were matched. */
  typicalWaitDays: number | null;
  /** When they were computed (ISO 8601). */
  computedAt: string;
}

/** The months of matches the typical waiting time looks back over. */
export const WAIT_WINDOW_MONTHS = 12;

/** Where the figures are served: all publishing programmes, or one ("<municipality>/<programme>"). */
export const PUBLIC_FIGURES_PATH = '/api/cijfers';
export const publicFiguresUrl = (programmeId: string) => `${PUBLIC_FIGURES_PATH}/${programmeId}`;

/**
 * From what is waiting now and how long the people matched in the window waited: a programme seeks
 * buddies when a newcomer is waiting for one, and newcomers when a buddy is waiting for one.
 */
export function publicFigures(input: { waitingBuddies: number; waitingNewcomers: number; waitDays: readonly number[] }) {
  const typical = medianFigure(input.waitDays);
  return {
    seeksBuddies: input.waitingNewcomers > 0,
    seeksNewcomers: input.waitingBuddies > 0,
    typicalWaitDays: 'tooFew' in typical ? null : Math.round(typical.value),
  };
}

/** The fields of the JSON, for the open-data page. */
export const PUBLIC_FIGURE_FIELDS: { name: keyof PublicFigures; type: string; description: string }[] = [
  { name: 'programme', type: 'tekst', description: 'Sleutel van de buddywerking: <gemeente>/<buddywerking>, zoals in gemeenten.json.' },
  { name: 'seeksBuddies', type: 'ja/nee', description: 'Zoekt buddy’s: er wacht nu minstens één nieuwkomer op een buddy.' },
  { name: 'seeksNewcomers', type: 'ja/nee', description: 'Zoekt nieuwkomers: er wacht nu minstens één buddy op een nieuwkomer.' },
  {
    name: 'typicalWaitDays',
    type: 'geheel getal of null',
    description: `Typische wachttijd in dagen: de mediaan van de wachttijd tot een match, over wie de laatste ${WAIT_WINDOW_MONTHS} maanden gekoppeld werd; null als dat minder dan 5 mensen zijn.`,
  },
  { name: 'computedAt', type: 'datum en tijd (ISO 8601)', description: 'Wanneer de cijfers berekend werden (elke nacht).' },
];

/** The sentence the municipality page shows for one programme's figures. */
export function describePublicFigures(f: Pick<PublicFigures, 'seeksBuddies' | 'seeksNewcomers' | 'typicalWaitDays'>): string[] {
  const seeks = [f.seeksBuddies && 'buddy’s', f.seeksNewcomers && 'nieuwkomers'].filter(Boolean);
  return [
    seeks.length ? `Zoekt nu ${seeks.join(' en ')}.` : 'Er wacht nu niemand op een match.',
    f.typicalWaitDays === null
      ? 'Wachttijd: te weinig mensen om een cijfer te tonen.'
      : `Typische wachttijd tot een match: ${f.typicalWaitDays} ${f.typicalWaitDays === 1 ? 'dag' : 'dagen'}.`,
  ];
}
