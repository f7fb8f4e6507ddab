/**
 * "Is there a buddy programme near me?": from what a person types (a postcode or a place name) to the
 * programmes of their own municipality first, then those of municipalities within about 20 km (often
 * only for their own residents), or a plain answer that none is known. Pure: the pages, the function
 * that answers the finder's form and the tests all call this with the same data.
 */
import { centreOf, distanceKm, findLocalities, normalisePlace, parsePlaceQuery, type Locality } from './postal';

/** Nearby means within this distance of the place's centre. */
export const NEARBY_KM = 20;

export interface FinderProgramme {
  /** "<municipality>/<programme-slug>". */
  id: string;
  label: string;
  acceptsSignups: boolean;
}

export interface FinderMunicipality {
  id: string;
  name: string;
  /** The municipality it merged into, e.g. "Kruisem" for Zingem. */
  currentMunicipality?: string;
  postalCode: string;
  coordinates: { lat: number; lon: number };
  programmes: FinderProgramme[];
}

export interface NearbyMunicipality {
  municipality: FinderMunicipality;
  /** Rounded to whole kilometres. */
  km: number;
}

export type FinderResult =
  | { kind: 'empty' }
  | { kind: 'unknown'; query: string }
  | {
      kind: 'found';
      query: string;
      /** How the place is called in the postal data (or the municipality's name), e.g. "Sint-Truiden (3800)". */
      place: string;
      /** The person's own municipality, when it is in the database (usually one). */
      own: FinderMunicipality[];
      /** Other municipalities within NEARBY_KM, nearest first. */
      nearby: NearbyMunicipality[];
    };

const sameName = (a: string, b?: string) => b !== undefined && normalisePlace(a) === normalisePlace(b);

export function findProgrammes(input: string, localities: Locality[], municipalities: FinderMunicipality[]): FinderResult {
  const query = parsePlaceQuery(input);
  if (query.kind === 'empty') return { kind: 'empty' };
  const places = findLocalities(localities, query);
  const postcodes = new Set(places.map((p) => p.postalCode));
  const own = municipalities.filter(
    (m) =>
      postcodes.has(m.postalCode) ||
      places.some((p) => sameName(p.name, m.name) || sameName(p.name, m.currentMunicipality)) ||
      (query.kind === 'name' && (sameName(query.name, m.name) || sameName(query.name, m.currentMunicipality))),
  );
  if (places.length === 0 && own.length === 0) return { kind: 'unknown', query: input.trim() };

  const centre = places.length ? centreOf(places) : centreOf(own.map((m) => m.coordinates));
  const nearby = municipalities
    .filter((m) => !own.includes(m))
    .map((municipality) => ({ municipality, km: distanceKm(centre, municipality.coordinates) }))
    .filter((n) => n.km <= NEARBY_KM)
    .sort((a, b) => a.km - b.km || a.municipality.name.localeCompare(b.municipality.name, 'nl'))
    .map((n) => ({ ...n, km: Math.round(n.km) }));

  // Name the place as the person would: the locality they typed, else their municipality (3800 is
  // Sint-Truiden, even though the postal data lists Aalst, a part of it, first).
  const typed = places.find((p) => query.kind === 'name' && normalisePlace(p.name) === query.name);
  const name = typed?.name ?? own[0]?.name ?? places[0].name;
  const place = postcodes.size ? `${name} (${[...postcodes].sort().join(', ')})` : name;
  return { kind: 'found', query: input.trim(), place, own, nearby };
}
