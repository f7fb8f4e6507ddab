/**
 * Belgian postal localities (src/data/belgian-postal-localities.csv): finding a place by its postcode
 * or its name as people type it ("3800", "Sint-Truiden", "sint truiden", "Sint Truiden"), and the
 * distance between two places. Pure functions over the rows; the build reads the file once.
 */
import { readFileSync } from 'node:fs';
import { slugify } from '../schemas/vocabularies';

/** One postal locality: postcode, name, WGS84 position. */
export interface Locality {
  postalCode: string;
  name: string;
  lat: number;
  lon: number;
}

/** Parses the CSV rows (`postal_code,locality,longitude,latitude`, no header). */
export function parseLocalities(csv: string): Locality[] {
  return csv
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) => {
      const [postalCode, name, lon, lat] = line.split(',');
      const row = { postalCode, name, lat: Number(lat), lon: Number(lon) };
      if (!/^\d{4}$/.test(postalCode) || !name || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) {
        throw new Error(`Postcodebestand, regel ${i + 1}: onleesbaar ("${line}")`);
      }
      return row;
    });
}

/** The localities shipped with the project. */
export function readLocalities(file = new URL('../data/belgian-postal-localities.csv', import.meta.url)): Locality[] {
  return parseLocalities(readFileSync(file, 'utf8'));
}

/** A place name as people may type it: no accents, no case, hyphens and apostrophes as spaces. */
export const normalisePlace = (text: string): string => slugify(text).replaceAll('-', ' ');

/** What a person typed in the finder: a Belgian postcode, a place name, or nothing usable. */
export type PlaceQuery = { kind: 'postcode'; postalCode: string } | { kind: 'name'; name: string } | { kind: 'empty' };

export function parsePlaceQuery(input: string): PlaceQuery {
  const text = input.trim();
  if (/^\d{4}$/.test(text)) return { kind: 'postcode', postalCode: text };
  const name = normalisePlace(text);
  return name.length >= 2 ? { kind: 'name', name } : { kind: 'empty' };
}

/** The localities a query means: every locality with that postcode, or with that (normalised) name. */
export function findLocalities(localities: Locality[], query: PlaceQuery): Locality[] {
  if (query.kind === 'postcode') return localities.filter((l) => l.postalCode === query.postalCode);
  if (query.kind === 'name') return localities.filter((l) => normalisePlace(l.name) === query.name);
  return [];
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The middle of several positions (a postcode that covers several localities). */
export function centreOf(points: { lat: number; lon: number }[]): { lat: number; lon: number } {
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.lat, lon: acc.lon + p.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / points.length, lon: sum.lon / points.length };
}
