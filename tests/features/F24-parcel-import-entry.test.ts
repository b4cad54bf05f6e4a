/**
 * F24: a parcel product clears into the destination's customs territory where it enters it
 * (decisions DC2): at its first stop inside the territory, on landing, before its delivery legs take
 * the parcels on. Ordinary services keep DC1: a ship or aircraft clears where it discharges the cargo.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { medianOf } from '../../src/costing/index.ts';
import type { Network, Route, RouteQueryInput } from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { parcelLineDrawing } from '../support/parcel-line-drawing.ts';
import { query } from '../support/route-query.ts';

const hours = (iso: string) => Date.parse(iso) / 3_600_000;
const imports = (r: Route) => r.customs_events.filter((c) => c.territory !== undefined);
const PARCEL = { kg: 2, pieces: 1, regime: '9610' } as RouteQueryInput['shipment'];

/**
 * The drawn parcel line (cn-air → cn-hub → de-air by air, de-air → de-city by road: 1.5, 12 and 5
 * hours), with 2 h at the Chinese hub and 10 h from landing to the delivery leg, into a territory of
 * Germany; an ordinary flight cn-hub → de-air → de-air2 for the contrast.
 */
function drawing(clearance: number | { p50: number; p90: number } = 24): Drawing {
  const d = parcelLineDrawing();
  return {
    ...d,
    terminals: {
      ...d.terminals,
      'de-air2': { country: 'DE', at: [11.8, 48.35], modes: ['air', 'road'] },
    },
    services: {
      ...d.services,
      parcel: { ...d.services!['parcel']!, stop_h: [2, 10] },
      'milk-run': {
        mode: 'air',
        stops: ['cn-hub', 'de-air', 'de-air2'],
        hours: [12, 1],
        stop_h: [3],
        unit: 'chargeable_kg',
        usd: 4,
        min_usd: 50,
        loads_at: ['cn-hub'],
        unloads_at: ['de-air', 'de-air2'],
      },
    },
    destinations: { eu: { countries: ['DE'], clearance_h: clearance, usd: 80 } },
  };
}

describe('F24 a parcel product clears at its entry, on a drawn network', () => {
  const planner = createPlanner(drawNetwork(drawing()));
  const plan = (to: string, shipment = PARCEL, from = 'cn-air') =>
    planner.plan(query({ from, to, objective: 'cost', shipment }));

  it('the product clears at de-air on landing, on board, before its road delivery to de-city', () => {
    const r = plan('de-city').routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['parcel']);
    const leg = r.legs[0]!;
    expect(imports(r)).toHaveLength(1);
    const c = imports(r)[0]!;
    expect(c.territory!.id).toBe('eu');
    expect(c.at.id).toBe('de-air');
    // the carrier declares (C7): its time, not a broker's fee
    expect(c.cost_usd).toBe(0);
    expect(r.cost.import_customs_usd).toBe(0);
    // landing at de-air: 1.5 h + 2 h at the hub + 12 h from boarding
    const board = hours(leg.depart);
    expect(hours(c.start) - board).toBeCloseTo(15.5, 6);
    expect(c.time_h).toBe(24);
    expect(hours(c.end) - hours(c.start)).toBeCloseTo(24, 6);
    // then the 10 h at de-air and the 5 h road leg: the clearance ends before the delivery part
    expect(hours(leg.arrive) - hours(c.end)).toBeCloseTo(10 + 5, 6);
    // the ride holds it, as a train holds a clearance at the border it enters by
    expect(hours(leg.arrive) - board).toBeCloseTo(1.5 + 2 + 12 + 24 + 10 + 5, 6);
    expect(r.arrive).toBe(leg.arrive);
    // the timeline bar is at de-air and belongs to the ride; nothing clears at de-city
    const bars = r.timeline.filter((t) => t.type === 'customs' && t.label.includes('import'));
    expect(bars.map((t) => [t.terminal_id, t.service_id])).toEqual([['de-air', 'parcel']]);
    expect(r.customs_events.some((x) => x.at.id === 'de-city')).toBe(false);
    expect(r.summary).toContain('[customs eu import 1d at de-air]~ de-city');
  });

  it('the clearance moves the arrival by the same hours as before it moved: the search is unchanged', () => {
    // a territory with a 48 h clearance arrives 24 h later than one with 24 h, whatever the stop
    const slow = createPlanner(drawNetwork(drawing(48)));
    const a = plan('de-city').routes[0]!;
    const b = slow.plan(query({ from: 'cn-air', to: 'de-city', shipment: PARCEL })).routes[0]!;
    expect(hours(b.arrive) - hours(a.arrive)).toBeCloseTo(24, 6);
    expect(b.cost.total_usd).toBeCloseTo(a.cost.total_usd, 9);
    expect(imports(b)[0]!.at.id).toBe('de-air');
  });

  it("P50/P90 draw the clearance from the territory's distribution", () => {
    const fixed = plan('de-city').routes[0]!;
    const spread = createPlanner(drawNetwork(drawing({ p50: 24, p90: 240 }))).plan(
      query({ from: 'cn-air', to: 'de-city', shipment: PARCEL }),
    ).routes[0]!;
    expect(imports(spread)[0]!.at.id).toBe('de-air');
    // the plan takes the median, the tail moves P90 only
    expect(spread.arrive).toBe(fixed.arrive);
    expect(hours(spread.arrive_p90) - hours(fixed.arrive_p90)).toBeGreaterThan(24);
  });

  it('a product ride that ends at its entry clears there after landing, as before', () => {
    const r = plan('de-air').routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['parcel']);
    const c = imports(r)[0]!;
    expect(c.at.id).toBe('de-air');
    expect(c.start).toBe(r.legs[0]!.arrive);
    expect(hours(r.arrive) - hours(c.start)).toBeCloseTo(24, 6);
  });

  it('an ordinary flight through de-air to de-air2 still clears where it discharges (DC1)', () => {
    const r = plan(
      'de-air2',
      { kg: 300, regime: 'general' } as RouteQueryInput['shipment'],
      'cn-hub',
    ).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['milk-run']);
    const c = imports(r)[0]!;
    expect(c.at.id).toBe('de-air2');
    expect(c.start).toBe(r.legs[0]!.arrive);
    expect(c.cost_usd).toBe(80);
    expect(r.summary).toMatch(/~ de-air2 \[customs eu import 1d\]/);
  });

  it('loose parcels on the feeder, trunk and truck clear at de-air, where the trunk flight discharges', () => {
    const loose = createPlanner(
      drawNetwork({
        ...parcelLineDrawing({ product: false }),
        destinations: { eu: { countries: ['DE'], clearance_h: 24, usd: 80 } },
      }),
    );
    const r = loose.plan(query({ from: 'cn-air', to: 'de-city', shipment: PARCEL })).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['feeder', 'trunk', 'truck']);
    const c = imports(r)[0]!;
    expect(c.at.id).toBe('de-air');
    expect(c.start).toBe(r.legs[1]!.arrive);
    expect(c.cost_usd).toBe(80);
  });
});

describe('F24 on the built-in network: ten 2 kg parcels Baotou → Duisburg', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });

  it("clear into the EU at the product's first stop in the EU, before its delivery leg", () => {
    const r = planner.plan(
      query({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2026-12-07',
        objective: 'cost',
        shipment: { kg: 20, pieces: 10, regime: '9610' },
        // the air products, which land in the EU without a border; the rail parcel product, cheaper,
        // enters by a land border and clears there (decisions C10, tests/features/F25)
        constraints: { modes: ['air'] },
      }),
    ).routes[0]!;
    expect(r.legs).toHaveLength(1);
    const leg = r.legs[0]!;
    const svc = network.services.get(leg.service_id)!;
    expect(svc.parcel_tariffs?.length).toBeGreaterThan(0);
    // the entry from the data: the first stop of the ride in an EU country
    const eu = network.destinationCustoms!.find((d) => d.id === 'eu')!;
    const country = (id: string) => network.terminals.get(id)!.country;
    const stops = [svc.legs[0]!.from, ...svc.legs.map((l) => l.to)];
    const i = stops.indexOf(leg.from.id);
    const k = stops.findIndex((s, n) => n > i && eu.countries.includes(country(s)));
    expect(k).toBeGreaterThan(i);
    expect(k).toBeLessThan(stops.indexOf('duisburg'));
    const entry = stops[k]!;
    const c = imports(r);
    expect(c).toHaveLength(1);
    expect(c[0]!.at.id).toBe(entry);
    expect(entry).not.toBe('duisburg');
    // it starts on landing there: the legs' running times and the stops' dwell from boarding
    let landing = hours(leg.depart);
    for (let n = i; n < k; n++)
      landing +=
        svc.legs[n]!.duration_h.value + (n > i ? (svc.legs[n - 1]!.stop_h?.value ?? 0) : 0);
    expect(hours(c[0]!.start)).toBeCloseTo(landing, 3);
    expect(c[0]!.time_h).toBeCloseTo(medianOf(eu.clearance_h), 6);
    // and ends before the legs after the entry (dwell there, delivery) begin
    let after = svc.legs[k - 1]!.stop_h?.value ?? 0;
    for (let n = k; n < stops.indexOf('duisburg'); n++) after += svc.legs[n]!.duration_h.value;
    expect(hours(leg.arrive) - hours(c[0]!.end)).toBeCloseTo(after, 3);
    const bar = r.timeline.find((t) => t.type === 'customs' && t.terminal_id === entry);
    expect(bar?.service_id).toBe(svc.id);
    expect(r.timeline.some((t) => t.type === 'customs' && t.terminal_id === 'duisburg')).toBe(
      false,
    );
    expect(r.summary).toContain(`at ${entry}]~ duisburg`);
  });

  it('an ordinary train to Duisburg enters under transit at its border and clears at Duisburg (DC3)', () => {
    const r = planner.plan(
      query({ from: 'Baotou', to: 'Duisburg', constraints: { modes: ['rail'] } }),
    ).routes[0]!;
    const c = imports(r).filter((x) => x.direction === 'import');
    expect(c).toHaveLength(1);
    expect(c[0]!.at.id).toBe('duisburg');
    expect(c[0]!.start).toBe(r.legs.at(-1)!.arrive);
    const t = imports(r).find((x) => x.direction === 'transit')!;
    const border = r.border_events.find((b) => b.to.id === t.at.id);
    expect(border, r.summary).toBeDefined();
    expect(t.start).toBe(border!.end);
    expect(r.summary).toContain('~ duisburg [customs eu import 1d]');
  });
});
