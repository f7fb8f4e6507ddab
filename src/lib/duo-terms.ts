/**
 * What a duo agreed (meetings per month, duration), in words the site makes rather than the coordinator:
 * so they are said in the reader's language, Dutch for the coordinator.
 */
import { DUTCH, fill, type Strings } from './i18n';

export const frequencyText = (perMonth: number | null, t: Strings = DUTCH.strings) => (perMonth ? fill(t.duo_frequency, { count: perMonth }) : t.duo_frequencyOpen);
export const durationText = (months: number | null, t: Strings = DUTCH.strings) => (months ? fill(t.duo_duration, { count: months }) : t.duo_durationOpen);
