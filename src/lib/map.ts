/**
 * The map of Belgium, computed at build time: Natural Earth outlines (world-atlas) projected with
 * d3-geo into plain SVG path data and dot positions, so the page needs no JavaScript to show it.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };

/** ISO 3166 numeric codes, as world-atlas uses them for feature ids. */
export const BELGIUM_ID = '056';
const NEIGHBOUR_IDS = ['250', '276', '442', '528']; // France, Germany, Luxembourg, the Netherlands

/** Flanders with a little margin (lon/lat): every municipality in the database lies inside it. */
export const FLANDERS_EXTENT: [[number, number], [number, number]] = [
  [2.5, 50.65],
  [5.95, 51.52],
];

export interface GeoPlace {
  coordinates: { lat: number; lon: number };
}

export interface ProjectedMap<T extends GeoPlace> {
  width: number;
  height: number;
  viewBox: string;
  /** SVG path data of Belgium's outline. */
  belgium: string;
  /** SVG path data of the neighbouring countries, drawn lighter for orientation. */
  neighbours: string;
  /** The places with their position in the SVG's coordinate system, in input order. */
  points: (T & { x: number; y: number })[];
}

const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

function country(id: string): Feature<Geometry, { name: string }> {
  const found = world.features.find((f) => String(f.id) === id);
  if (!found) throw new Error(`world-atlas kent land ${id} niet`);
  return found;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects Belgium and the given places into a `width`-wide SVG. The view is fitted to Flanders plus
 * every place, so a place outside Flanders widens the view instead of falling off the map.
 */
export function projectBelgium<T extends GeoPlace>(places: T[], width = 640, margin = 12): ProjectedMap<T> {
  const extent: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [...FLANDERS_EXTENT, ...places.map((p) => [p.coordinates.lon, p.coordinates.lat])],
  };
  const projection = geoMercator().fitWidth(width - 2 * margin, extent);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent);
  const height = Math.ceil(bottom - top + 2 * margin);
  projection.translate([projection.translate()[0] + margin, projection.translate()[1] - top + margin]);
  // Clip to the view: France and Germany would otherwise add ~20 kB of invisible path data.
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  const path = geoPath(projection).digits(1);
  const points = places.map((place) => {
    const projected = projection([place.coordinates.lon, place.coordinates.lat]);
    if (!projected) throw new Error(`Kan ${place.coordinates.lat}, ${place.coordinates.lon} niet projecteren`);
    return { ...place, x: round(projected[0]), y: round(projected[1]) };
  });
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    belgium: path(country(BELGIUM_ID)) ?? '',
    neighbours: NEIGHBOUR_IDS.map((id) => path(country(id)) ?? '').join(''),
    points,
  };
}
