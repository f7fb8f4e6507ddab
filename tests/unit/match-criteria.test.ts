/** Why a buddy and a participant would make a good duo: hard conditions, criteria and a sentence. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, judgePair, scorePair, type Profile } from '../../src/lib/match-criteria';
import { suggestPairs } from '../../src/lib/matching';

const sintTruiden = { lat: 50.8269, lon: 5.2034 };
const hasselt = { lat: 50.9307, lon: 5.3378 };
const person = (p: Partial<Profile> & { id: string; firstName: string }): Profile => ({
  waitingDays: 0,
  languages: ['nl'],
  availability: [],
  interests: [],
  ...p,
});

const buddy = person({ id: 'b1', firstName: 'Lies', languages: ['nl', 'fr', 'ar'], availability: ['wo-nm', 'za-vm', 'zo-nm'], interests: ['koken', 'wandelen', 'fietsen'], position: sintTruiden, household: 'gezin', gender: 'v' });
const amira = person({ id: 'p1', firstName: 'Amira', languages: ['ar', 'en'], dutchLevel: 'beetje', availability: ['wo-nm', 'za-vm'], interests: ['Koken', 'naaien'], position: sintTruiden, household: 'gezin', prefersBuddyGender: 'v' });

describe('judging a pair', () => {
  it('scores each criterion and says why in one Dutch sentence', () => {
    const j = judgePair(buddy, amira);
    expect(j.acceptable).toBe(true);
    expect(Object.fromEntries(j.parts.map((p) => [p.criterion, p.value]))).toEqual({ interests: 0.25, availability: 0.67, distance: 1, household: 1 });
    const expected = (3 * 0.25 + 3 * 0.67 + 2 * 1 + 1 * 1) / 9;
    expect(j.score).toBeCloseTo(expected, 2);
    expect(j.sentence).toBe('Lies en Amira: beiden spreken Arabisch, 2 gemeenschappelijke momenten (woensdagnamiddag en zaterdagvoormiddag), 0 km uit elkaar en samen: koken.');
  });

  it('refuses a pair without a shared language when the participant’s Dutch is basic', () => {
    const j = judgePair({ ...buddy, languages: ['nl', 'fr'] }, amira);
    expect(j.acceptable).toBe(false);
    expect(j.sentence).toBe('Geen duo: geen gemeenschappelijke taal naast het Nederlands, dat Amira nog maar weinig spreekt.');
    // With good Dutch, Dutch is enough.
    expect(judgePair({ ...buddy, languages: ['nl'] }, { ...amira, dutchLevel: 'eenvoudig' }).acceptable).toBe(true);
  });

  it('keeps to a preference the participant stated', () => {
    expect(judgePair({ ...buddy, gender: 'm' }, amira).refusals).toEqual(['Amira vroeg een vrouwelijke buddy']);
  });

  it('weighs distance up to 20 km and follows the programme’s weights', () => {
    const far = judgePair({ ...buddy, position: hasselt }, amira);
    expect(far.parts.find((p) => p.criterion === 'distance')!.value).toBe(0.25);
    const onlyDistance = judgePair({ ...buddy, position: hasselt }, amira, { ...DEFAULT_WEIGHTS, interests: 0, availability: 0, household: 0 });
    expect(onlyDistance.score).toBeCloseTo(0.25, 2);
  });

  it('feeds the assignment over a whole group', () => {
    const other = person({ id: 'p2', firstName: 'Oleh', languages: ['uk', 'en'], dutchLevel: 'geen', availability: ['wo-nm'], waitingDays: 30 });
    const result = suggestPairs([buddy], [amira, other], judgePair);
    expect(result.pairs.map((p) => p.participant.firstName)).toEqual(['Amira']);
    expect(result.unmatchedParticipants.map((p) => p.firstName)).toEqual(['Oleh']);
  });

  it('scores without words exactly as it judges with them (the assignment uses the quick score)', () => {
    const others = [
      amira,
      { ...amira, dutchLevel: 'goed' as const, prefersBuddyGender: undefined },
      person({ id: 'p3', firstName: 'Oleh', languages: ['uk'], dutchLevel: 'geen', position: hasselt, household: 'alleen' }),
      person({ id: 'p4', firstName: 'Sami', languages: ['nl', 'ar'], interests: ['Wandelen', 'koken', 'schaken'], availability: ['zo-nm'] }),
    ];
    const weights = [DEFAULT_WEIGHTS, { interests: 0, availability: 1, distance: 5, household: 2 }];
    for (const b of [buddy, { ...buddy, gender: 'm' as const, position: undefined }]) {
      for (const p of others) {
        for (const w of weights) {
          const judged = judgePair(b, p, w);
          expect(scorePair(b, p, w)).toEqual({ acceptable: judged.acceptable, score: judged.score });
        }
      }
    }
  });
});
