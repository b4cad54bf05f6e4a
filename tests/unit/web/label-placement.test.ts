import { describe, expect, it } from 'vitest';
import {
  inside,
  intersects,
  markerBox,
  placeLabels,
  spotBox,
  type LabelRequest,
} from '../../../web/view-model/label-placement.ts';

const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
const label = (id: string, x: number, y: number, w = 80, h = 14): LabelRequest => ({
  id,
  x,
  y,
  width_px: w,
  height_px: h,
  gap_px: 6,
});

describe('placeLabels', () => {
  it('puts a label right of its marker when there is room', () => {
    const [p] = placeLabels([label('a', 50, 100)], bounds, []);
    expect(p?.spot).toBe('right');
    expect(p?.box).toEqual({ x0: 56, y0: 93, x1: 136, y1: 107 });
  });

  it('moves a label near the right edge to the left instead of cutting it', () => {
    const [p] = placeLabels([label('a', 280, 100)], bounds, []);
    expect(p?.spot).toBe('left');
    expect(p && inside(p.box, bounds)).toBe(true);
  });

  it('keeps every placed label inside the map and clear of the others and of obstacles', () => {
    const labels = Array.from({ length: 40 }, (_, i) =>
      label(`l${i}`, 20 + ((i * 37) % 260), 15 + ((i * 53) % 170), 60 + (i % 5) * 15),
    );
    const panel = { x0: 200, y0: 0, x1: 300, y1: 30 };
    const markers = labels.map((l) => markerBox(l.id, l.x, l.y, 4));
    const placed = placeLabels(labels, bounds, [panel, ...markers]);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(labels.length);
    for (const p of placed) {
      expect(inside(p.box, bounds)).toBe(true);
      expect(intersects(p.box, panel)).toBe(false);
      for (const m of markers) if (m.id !== p.id) expect(intersects(p.box, m)).toBe(false);
      for (const q of placed) if (q !== p) expect(intersects(p.box, q.box)).toBe(false);
    }
  });

  it('gives the first label (the most important) its first choice; a later one yields', () => {
    const placed = placeLabels([label('gateway', 100, 100), label('minor', 100, 100)], bounds, []);
    expect(placed.map((p) => [p.id, p.spot])).toEqual([
      ['gateway', 'right'],
      ['minor', 'left'],
    ]);
  });

  it('hides a label with no free spot rather than cutting it', () => {
    const huge = label('wide', 150, 100, 400);
    expect(placeLabels([huge], bounds, [])).toEqual([]);
  });

  it('lets a label touch its own marker and a ring listed as its own, not another marker', () => {
    const l = { ...label('st', 100, 100), own: ['ring'] };
    const ring = { ...markerBox('ring', 100, 100, 9) };
    expect(placeLabels([l], bounds, [ring])[0]?.spot).toBe('right');
    const other = { ...markerBox('other', 100, 100, 9) };
    expect(placeLabels([label('st', 100, 100)], bounds, [other])[0]).toBeUndefined();
  });

  it('names a route end over other markers, but never over a panel or another name', () => {
    const crowd = [0, 1, 2, 3].flatMap((i) =>
      [0, 1, 2, 3].map((j) => markerBox(`m${i}${j}`, 70 + i * 20, 70 + j * 20, 4)),
    );
    const end = { ...label('dest', 100, 100), over_markers: true };
    expect(placeLabels([label('plain', 100, 100)], bounds, crowd)).toEqual([]);
    expect(placeLabels([end], bounds, crowd)[0]?.spot).toBe('right');
    const panel = { x0: 100, y0: 0, x1: 300, y1: 200 };
    expect(placeLabels([end], bounds, [...crowd, panel])[0]?.spot).toBe('left');
  });

  it('spotBox centres above/below labels on the marker', () => {
    const b = spotBox(label('a', 100, 100, 40, 10), 'above');
    expect([b.x0, b.x1, b.y1]).toEqual([80, 120, 94]);
  });
});
