/** The programme finder on the real content and the real postal localities. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findProgrammes, NEARBY_KM } from '../../src/lib/finder';
import { distanceKm, parsePlaceQuery, readLocalities } from '../../src/lib/postal';
import { contentManifest } from '../../src/lib/site-manifest-build';

const { municipalities } = contentManifest(join(process.cwd(), 'content'));
const localities = readLocalities();
const find = (q: string) => findProgrammes(q, localities, municipalities);

describe('the postal localities', () => {
  it('are all read, with Belgian postcodes and positions in Belgium', () => {
    expect(localities.length).toBe(2757);
    for (const l of localities) {
      expect(l.postalCode).toMatch(/^[1-9]\d{3}$/);
      expect(l.lat).toBeGreaterThan(49.4);
      expect(l.lat).toBeLessThan(51.6);
    }
  });

  it('measure distance in kilometres', () => {
    // Sint-Truiden to Hasselt, as the crow flies.
    const st = { lat: 50.8269, lon: 5.2034 };
    const hasselt = { lat: 50.9307, lon: 5.3378 };
    expect(Math.round(distanceKm(st, hasselt))).toBe(15);
    expect(distanceKm(st, st)).toBe(0);
  });

  it('read what people type', () => {
    expect(parsePlaceQuery(' 3800 ')).toEqual({ kind: 'postcode', postalCode: '3800' });
    expect(parsePlaceQuery('Sint-Truiden')).toEqual({ kind: 'name', name: 'sint truiden' });
    expect(parsePlaceQuery('  ')).toEqual({ kind: 'empty' });
  });
});

describe('the finder', () => {
  it.each(['3800', 'Sint-Truiden', 'sint truiden', 'SINT TRUIDEN', 'Brustem'])('"%s" finds Sint-Truiden first', (query) => {
    const result = find(query);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.own.map((m) => m.id)).toEqual(['sint-truiden']);
    expect(result.own[0].programmes.map((p) => p.id)).toContain('sint-truiden/samen-op-pad');
    expect(result.nearby.every((n) => n.km <= NEARBY_KM && n.municipality.id !== 'sint-truiden')).toBe(true);
    const distances = result.nearby.map((n) => n.km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('finds a merged municipality by its current name', () => {
    const result = find('Kruisem');
    expect(result.kind === 'found' && result.own.map((m) => m.name)).toEqual(['Zingem']);
  });

  it('says so for a postcode or a place it does not know', () => {
    expect(find('9999')).toEqual({ kind: 'unknown', query: '9999' });
    expect(find('Atlantis')).toEqual({ kind: 'unknown', query: 'Atlantis' });
    expect(find('')).toEqual({ kind: 'empty' });
  });

  it('answers a place without a programme nearby with nothing rather than something far away', () => {
    const result = find('6600');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') {
      expect(result.place).toBe('Bastogne (6600)');
      expect(result.own).toEqual([]);
      expect(result.nearby).toEqual([]);
    }
  });
});
