import { describe, expect, it } from 'vitest';
import { projectBelgium } from '../../src/lib/map';
import { readCollection } from '../../src/lib/content-files';
import { municipalitySchema } from '../../src/schemas';

const gent = { name: 'Gent', coordinates: { lat: 51.0543, lon: 3.7174 } };
const hasselt = { name: 'Hasselt', coordinates: { lat: 50.9307, lon: 5.3378 } };
const oostende = { name: 'Oostende', coordinates: { lat: 51.2154, lon: 2.9286 } };
const turnhout = { name: 'Turnhout', coordinates: { lat: 51.3227, lon: 4.9447 } };

const inside = (map: { width: number; height: number }, p: { x: number; y: number }) =>
  p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height;

describe('projectBelgium', () => {
  const map = projectBelgium([gent, hasselt, oostende, turnhout]);
  const [g, h, o, t] = map.points;

  it('keeps west west and north north', () => {
    expect(g.x).toBeLessThan(h.x);
    expect(o.x).toBeLessThan(g.x);
    expect(t.y).toBeLessThan(h.y); // Turnhout lies north of Hasselt; SVG y grows downwards
    expect(g.y).toBeLessThan(h.y);
  });

  it('puts every point inside the viewBox and returns the inputs with their position', () => {
    for (const p of map.points) expect(inside(map, p), p.name).toBe(true);
    expect(map.points.map((p) => p.name)).toEqual(['Gent', 'Hasselt', 'Oostende', 'Turnhout']);
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
  });

  it('draws the Belgian outline and its neighbours as path data', () => {
    expect(map.belgium).toMatch(/^M[\d.,-]+L/);
    expect(map.belgium.length).toBeGreaterThan(500);
    expect(map.neighbours).toMatch(/^M/);
  });

  it('has the landscape shape of Flanders', () => {
    expect(map.width / map.height).toBeGreaterThan(1.3);
    expect(map.width / map.height).toBeLessThan(2.5);
  });

  it('widens the view for a place outside Flanders instead of dropping it', () => {
    const arlon = { name: 'Arlon', coordinates: { lat: 49.6833, lon: 5.8167 } };
    const wide = projectBelgium([gent, arlon]);
    expect(wide.height).toBeGreaterThan(map.height);
    for (const p of wide.points) expect(inside(wide, p), p.name).toBe(true);
  });
});

describe('the map of the content', () => {
  const municipalities = readCollection('content', 'municipalities').map((file) => ({
    id: file.id,
    ...municipalitySchema().parse(file.data),
  }));

  it('gives every municipality in content/ a dot inside the map, at a distinct place', () => {
    expect(municipalities.length).toBeGreaterThan(0);
    const map = projectBelgium(municipalities);
    expect(map.points).toHaveLength(municipalities.length);
    for (const p of map.points) expect(inside(map, p), p.id).toBe(true);
    const positions = new Set(map.points.map((p) => `${p.x},${p.y}`));
    // Merged municipalities may share a centre; most must not.
    expect(positions.size).toBeGreaterThan(municipalities.length * 0.9);
  });
});
