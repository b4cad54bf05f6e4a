import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { routeFeatures } from '../../../web/view-model/route-features.ts';
import { hoursByType, routeSpan, timelineLayout } from '../../../web/view-model/timeline-bars.ts';
import {
  dayTicks,
  paretoFront,
  paretoPoints,
  paretoScales,
  placeLabels,
} from '../../../web/view-model/pareto-points.ts';
import { modeSequence, routeSteps } from '../../../web/view-model/route-steps.ts';
import { anchorOf, sourceIdsOf, toNetworkItems } from '../../../web/view-model/network-features.ts';
import { makeRoute, T } from './route-fixture.ts';

describe('routeFeatures(route)', () => {
  it('draws one line per leg, along its path or straight when it has none', () => {
    const f = routeFeatures(makeRoute());
    expect(f.legs).toHaveLength(2);
    expect(f.legs[0]?.coordinates).toEqual([
      [109.8, 40.6],
      [111, 42],
      [111.98, 43.65],
    ]);
    expect(f.legs[1]?.coordinates).toEqual([
      [T.erenhot.lon, T.erenhot.lat],
      [T.duisburg.lon, T.duisburg.lat],
    ]);
    expect(f.legs[0]?.colour).toBe('#c2410c');
    expect(f.legs[1]?.style.width_px).toBeGreaterThan(f.legs[0]?.style.width_px ?? 99);
  });
  it('marks origin, transfer stops and destination, and the gauge-change border', () => {
    const f = routeFeatures(makeRoute());
    expect(f.stops.map((s) => `${s.role}:${s.terminal.id}`)).toEqual([
      'origin:baotou-rail',
      'transfer:erenhot-rail',
      'destination:duisburg-rail',
    ]);
    expect(f.borders).toHaveLength(1);
    expect(f.borders[0]?.gauge_change).toBe(true);
    expect(f.borders[0]?.lon).toBeCloseTo((T.erenhot.lon + T.zamyn.lon) / 2);
  });
});

describe('timelineLayout with a shared span', () => {
  it('gives a short and a long route one axis: same length, same ticks, same hours', () => {
    const short = makeRoute({ hours: 100 });
    const long = makeRoute({ hours: 400 });
    const span = {
      first_ms: Math.min(routeSpan(short).first_ms, routeSpan(long).first_ms),
      last_ms: Math.max(routeSpan(short).last_ms, routeSpan(long).last_ms),
    };
    const a = timelineLayout(short, 'en', 'utc', 10, span);
    const b = timelineLayout(long, 'en', 'utc', 10, span);
    expect(a.total_h).toBe(b.total_h);
    expect(a.total_h).toBe(408);
    expect(a.ticks).toEqual(b.ticks);
    // without the span the short route's axis ends at its own arrival
    expect(timelineLayout(short, 'en', 'utc').total_h).toBeLessThan(a.total_h);
    expect(a.bars[0]?.start_h).toBe(b.bars[0]?.start_h);
  });
});

describe('timelineLayout(route, lang, zone)', () => {
  // makeRoute departs 2027-03-01T00:00Z, which is 08:00 on 1 March in Beijing
  it('places each step in hours from local midnight before departure, in chronological order', () => {
    const route = makeRoute({ hours: 400 });
    const layout = timelineLayout(route, 'en', 'utc');
    expect(layout.bars.map((b) => [b.type, b.start_h, b.end_h])).toEqual([
      ['wait', 0, 10],
      ['ride', 10, 30],
      ['transfer', 30, 40],
      ['ride', 40, 400],
      ['border', 42, 60],
    ]);
    expect(layout.bars.map((b) => b.row)).toEqual([0, 1, 2, 3, 4]);
    expect(layout.depart_h).toBe(0);
    expect(layout.total_h).toBe(408); // 400 h ends at 16:00 on day 17: the axis runs to midnight
    expect(hoursByType(layout)).toEqual({
      ride: 380,
      wait: 10,
      transfer: 10,
      border: 18,
      customs: 0,
    });
  });
  it('rows follow the clock even when the route lists its steps out of order', () => {
    const route = makeRoute({ hours: 100 });
    route.timeline = [...route.timeline].reverse();
    const starts = timelineLayout(route, 'en', 'beijing').bars.map((b) => b.start_h);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
  it('ticks are calendar dates at local midnights in the chosen zone', () => {
    const route = makeRoute({ hours: 100 });
    const utc = timelineLayout(route, 'en', 'utc');
    expect(utc.ticks[0]).toEqual({ h: 0, label: '1 Mar' });
    expect(utc.ticks[1]).toEqual({ h: 24, label: '2 Mar' });
    const bj = timelineLayout(route, 'en', 'beijing');
    expect(bj.ticks[0]?.label).toBe('1 Mar');
    expect(bj.depart_h).toBe(8); // 08:00 Beijing time
    expect(bj.bars[0]?.start_h).toBe(8);
    expect(bj.zone_note).toBe('Dates and times in Beijing time (UTC+8)');
    expect(utc.zone_note).toBe('Dates and times in UTC');
    const zh = timelineLayout(route, 'zh', 'beijing');
    expect(zh.ticks[0]?.label).toBe('3月1日');
    expect(zh.zone_note).toContain('北京时间');
    expect(zh.bars[0]?.label).toBe('在包头等待');
  });
  it('a departure at 04:00 Beijing time on 1 December is dated 1 Dec, in the axis and the labels', () => {
    const route = makeRoute({ hours: 60 });
    const shift = Date.parse('2026-11-30T20:00:00Z') - Date.parse(route.depart);
    const move = (iso: string) => new Date(Date.parse(iso) + shift).toISOString();
    route.depart = move(route.depart);
    route.arrive = move(route.arrive);
    route.timeline = route.timeline.map((s) => ({ ...s, start: move(s.start), end: move(s.end) }));
    const layout = timelineLayout(route, 'en', 'beijing');
    expect(layout.ticks[0]?.label).toBe('1 Dec');
    expect(layout.bars[0]?.when).toBe('1 Dec, 04:00 → 1 Dec, 14:00');
    expect(layout.bars[0]?.duration).toBe('10 h');
    expect(timelineLayout(route, 'en', 'utc').ticks[0]?.label).toBe('30 Nov');
  });
  it('ticks thin out on a long trip so the dates never crowd', () => {
    const layout = timelineLayout(makeRoute({ hours: 1500 }), 'en', 'utc');
    expect(layout.ticks.length).toBeLessThanOrEqual(20);
    expect(layout.ticks.length).toBeGreaterThan(3);
    expect(layout.ticks.at(-1)?.h).toBeLessThanOrEqual(layout.total_h);
    // a narrow chart has room for four dates: it gets no more
    expect(
      timelineLayout(makeRoute({ hours: 400 }), 'en', 'utc', 4).ticks.length,
    ).toBeLessThanOrEqual(4);
  });
});

describe('paretoPoints and paretoScales', () => {
  const routes = [
    makeRoute({ id: 'slow', cost: 5000, hours: 720, co2e: 600 }),
    makeRoute({ id: 'fast', cost: 20000, hours: 96, co2e: 9000 }),
    makeRoute({ id: 'bad', cost: 21000, hours: 800, co2e: 700, pareto: false }),
  ];
  it('puts days on x, cost on y, and orders the front by days', () => {
    const pts = paretoPoints(routes);
    expect(pts.map((p) => [p.id, p.days, p.cost_usd])).toEqual([
      ['slow', 30, 5000],
      ['fast', 4, 20000],
      ['bad', 800 / 24, 21000],
    ]);
    expect(paretoFront(pts).map((p) => p.id)).toEqual(['fast', 'slow']);
  });
  it('maps the data into the plot area with cost going up', () => {
    const pts = paretoPoints(routes);
    const s = paretoScales(pts, 400, 200);
    for (const p of pts) {
      expect(s.x(p.days)).toBeGreaterThanOrEqual(0);
      expect(s.x(p.days)).toBeLessThanOrEqual(400);
      expect(s.y(p.cost_usd)).toBeGreaterThanOrEqual(0);
      expect(s.y(p.cost_usd)).toBeLessThanOrEqual(200);
    }
    expect(s.y(20000)).toBeLessThan(s.y(5000));
    expect(s.colour(9000)).not.toBe(s.colour(600));
    expect(s.co2eDomain).toEqual([600, 9000]);
  });
});

describe('routeSteps(route)', () => {
  it('lists legs and borders in time order', () => {
    const steps = routeSteps(makeRoute());
    expect(steps.map((s) => s.type)).toEqual(['leg', 'leg', 'border']);
    const border = steps[2];
    expect(border?.type === 'border' && border.gauge_change).toBe(true);
    expect(modeSequence(makeRoute())).toEqual(['rail']);
  });
});

describe('toNetworkItems(geojson)', () => {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [111.98, 43.65] },
        properties: {
          feature_type: 'terminal',
          id: 'erenhot-rail',
          name: 'Erenhot',
          name_zh: '二连浩特',
          kinds: ['rail_terminal', 'border_station'],
          sources: ['s1'],
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [109.8, 40.6],
            [111.98, 43.65],
          ],
        },
        properties: {
          feature_type: 'service',
          id: 'bt-er',
          name: 'Shuttle',
          mode: 'rail',
          kind: 'domestic_rail',
          sources: [{ id: 's2' }],
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 1],
              [2, 2],
            ],
            [
              [3, 3],
              [4, 4],
            ],
          ],
        },
        properties: { feature_type: 'service', id: 'ship', mode: 'sea', kinds: ['deep_sea'] },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [111.98, 43.65],
            [111.9, 43.72],
          ],
        },
        properties: {
          feature_type: 'border',
          id: 'er-zu',
          name: 'Erenhot–Zamyn-Uud',
          mode: 'rail',
          gauge_change: { method: 'container_transfer' },
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: { feature_type: 'border', id: 'road-b', mode: 'road' },
      },
    ],
  };
  it('sorts features into services, terminals and borders', () => {
    const items = toNetworkItems(fc);
    expect(items.services.map((s) => [s.id, s.kind, s.colour])).toEqual([
      ['bt-er', 'domestic_rail', '#c2410c'],
      ['ship', 'deep_sea', '#0369a1'],
    ]);
    expect(items.terminals[0]?.kind).toBe('border_station');
    expect(items.terminals[0]?.name_zh).toBe('二连浩特');
    expect(items.borders.map((b) => [b.id, b.gauge_change])).toEqual([
      ['er-zu', true],
      ['road-b', false],
    ]);
    expect(items.borders[0]?.lon).toBeCloseTo(111.94);
  });
  it('anchorOf and sourceIdsOf read any geometry and either form of sources', () => {
    expect(
      anchorOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
      }),
    ).toEqual([1, 1]);
    expect(anchorOf(null)).toBeUndefined();
    expect(sourceIdsOf({ sources: ['a', { id: 'b' }, 3] })).toEqual(['a', 'b']);
  });
});

describe('charts that tell the truth', () => {
  it('ticks whole days on a 1-2-5 step', () => {
    expect(dayTicks(6.5, 10.4)).toEqual([7, 8, 9, 10]);
    expect(dayTicks(0, 60)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    for (const v of dayTicks(3.2, 47.9)) expect(Number.isInteger(v)).toBe(true);
  });

  it('starts the cost axis at zero, whatever the costs', () => {
    const pts = paretoPoints([
      makeRoute({ id: 'a', cost: 12_000 }),
      makeRoute({ id: 'b', cost: 12_160, hours: 500 }),
    ]);
    const s = paretoScales(pts, 400, 200);
    expect(s.y.domain()[0]).toBe(0);
    expect(s.yTicks[0]).toBe(0);
    for (const v of s.xTicks) expect(Number.isInteger(v)).toBe(true);
    // a 1.3 % difference stays a small one on screen
    expect(Math.abs(s.y(12_000) - s.y(12_160))).toBeLessThan(5);
  });

  it('labels points by corridor short name, placed without overlap, front first', () => {
    const r = makeRoute();
    r.corridor.short = 'Erenhot rail';
    expect(paretoPoints([r])[0]?.label).toBe('Erenhot rail');
    const placed = placeLabels(
      [
        { id: 'a', x: 20, y: 100, text: 'Erenhot rail', priority: 1 },
        { id: 'b', x: 180, y: 100, text: 'Rail-sea via Tianjin', priority: 0 },
        { id: 'c', x: 22, y: 102, text: 'Manzhouli rail', priority: 0 },
      ],
      190,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'c', 'b']);
    const boxes = placed.map((p) => {
      const len = { a: 12, b: 20, c: 14 }[p.id]! * 6.6;
      const x0 = p.anchor === 'start' ? p.x : p.x - len;
      return { x0, x1: x0 + len, y0: p.y - 11, y1: p.y + 3 };
    });
    for (const [i, m] of boxes.entries())
      for (const n of boxes.slice(i + 1))
        expect(m.x0 < n.x1 && n.x0 < m.x1 && m.y0 < n.y1 && n.y0 < m.y1).toBe(false);
    for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= 190).toBe(true);
  });
});
