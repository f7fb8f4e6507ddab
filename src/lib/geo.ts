/** Distances between municipalities, for "neighbouring municipalities that run one too". */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** The `limit` nearest others within `maxKm`, nearest first. */
export function nearest<T extends { id: string; coordinates: LatLon }>(
  origin: T,
  others: T[],
  { limit = 5, maxKm = 30 } = {},
): { item: T; km: number }[] {
  return others
    .filter((o) => o.id !== origin.id)
    .map((item) => ({ item, km: distanceKm(origin.coordinates, item.coordinates) }))
    .filter((n) => n.km <= maxKm)
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}
