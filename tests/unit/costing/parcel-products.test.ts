/**
 * Parcel products (docs/decisions.md C4): a 9610 shipment with pieces rides a postal or e-commerce
 * product priced per piece and per weight (bands per kg, or weight steps), on its chargeable weight,
 * once for the whole product, without the loose-cargo minimum of each leg. Pure pricing first, then a
 * small drawn network, then the validator's checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext, isParcelShipment, parcelUsd } from '../../../src/costing/index.ts';
import type { Network, ParcelTariff, RouteQueryInput } from '../../../src/model/index.ts';
import { createPlanner, type Planner } from '../../../src/planner/index.ts';
import { inputSources } from '../../../src/validation/input-sources.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';
import { drawIssues, drawNetwork, type Drawing } from '../../support/draw-network.ts';
import {
  DRAWN_PARCEL_BANDS as BANDS,
  parcelLineDrawing,
} from '../../support/parcel-line-drawing.ts';
import { query } from '../../support/route-query.ts';

const manifest = {
  cargo_t_per_teu: { value: 10, source: 'x' },
  volumetric_kg_per_m3: { value: 167, source: 'x' },
} as never;
const units = (shipment: Record<string, unknown>, regime = '9610') =>
  createCostContext(
    manifest,
    query({ from: 'a', to: 'b', shipment: { regime, ...shipment } as never }),
  ).units;

const STEPS = {
  kind: 'steps' as const,
  first_kg: 0.5,
  first_usd: 15,
  step_kg: 0.5,
  step_usd: 4,
  usd_per_piece: 0,
  source: 'drawn',
};
const tariff = (rate: ParcelTariff['rate'], divisor?: number, minKg = 0): ParcelTariff => ({
  product: 'Test line',
  product_zh: '测试专线',
  from: ['a'],
  to: ['b'],
  rate,
  chargeable: {
    min_kg: minKg,
    ...(divisor ? { volumetric_divisor_cm3_per_kg: divisor } : {}),
    source: 'x',
  },
  max_kg_per_piece: { value: 5, source: 'x' },
  date: '2024',
  source: 'x',
});

describe('parcel pricing', () => {
  it('a parcel shipment is a 9610 shipment that gives its pieces', () => {
    expect(isParcelShipment(units({ kg: 2, pieces: 1 }), '9610')).toBe(true);
    expect(isParcelShipment(units({ kg: 2 }), '9610')).toBe(false);
    expect(isParcelShipment(units({ kg: 2, pieces: 1 }, 'general'), 'general')).toBe(false);
  });
  it('per piece + per kg, by the band of the piece', () => {
    const t = tariff(BANDS);
    expect(parcelUsd(t, units({ kg: 2, pieces: 1 }))).toBeCloseTo(3 + 8 * 2, 9);
    // ten pieces of 2 kg: ten times one, the fee per piece ten times
    expect(parcelUsd(t, units({ kg: 20, pieces: 10 }))).toBeCloseTo(10 * (3 + 16), 9);
    // a light piece takes the lower band
    expect(parcelUsd(t, units({ kg: 0.2, pieces: 1 }))).toBeCloseTo(1 + 10 * 0.2, 9);
    expect(parcelUsd(t, units({ kg: 0.6, pieces: 3 }))).toBeCloseTo(3 * (1 + 10 * 0.2), 9);
  });
  it('weight steps: the first step, then each further step or part of it', () => {
    const t = tariff(STEPS);
    expect(parcelUsd(t, units({ kg: 0.3, pieces: 1 }))).toBeCloseTo(15, 9);
    expect(parcelUsd(t, units({ kg: 0.5, pieces: 1 }))).toBeCloseTo(15, 9);
    expect(parcelUsd(t, units({ kg: 2, pieces: 1 }))).toBeCloseTo(15 + 3 * 4, 9);
    expect(parcelUsd(t, units({ kg: 2.1, pieces: 1 }))).toBeCloseTo(15 + 4 * 4, 9);
    expect(parcelUsd(tariff({ ...STEPS, usd_per_piece: 2 }), units({ kg: 4, pieces: 2 }))).toBe(
      2 * (2 + 15 + 3 * 4),
    );
  });
  it('chargeable weight: the greater of actual and volumetric when a divisor is filed, at least the minimum', () => {
    // 1 kg in 0.016 m³ = 16,000 cm³: 2 kg volumetric at 8,000 cm³ per kg
    const bulky = units({ kg: 1, m3: 0.016, pieces: 1 });
    expect(parcelUsd(tariff(STEPS, 8000), bulky)).toBeCloseTo(15 + 3 * 4, 9);
    expect(parcelUsd(tariff(STEPS), bulky)).toBeCloseTo(15 + 1 * 4, 9);
    // the volume is shared over the pieces like the weight
    expect(parcelUsd(tariff(STEPS, 8000), units({ kg: 2, m3: 0.032, pieces: 2 }))).toBeCloseTo(
      2 * (15 + 3 * 4),
      9,
    );
    expect(parcelUsd(tariff(BANDS, undefined, 1), units({ kg: 0.1, pieces: 1 }))).toBeCloseTo(
      3 + 8,
      9,
    );
  });
  it('a piece over the heaviest the product takes is not priced', () => {
    expect(parcelUsd(tariff(BANDS), units({ kg: 6, pieces: 1 }))).toBeNull();
    expect(parcelUsd(tariff(STEPS), units({ kg: 12, pieces: 2 }))).toBeNull();
    expect(parcelUsd(tariff(STEPS), units({ kg: 10, pieces: 2 }))).not.toBeNull();
  });
});

/** The drawn parcel line (tests/support), its tariff overridden field by field. */
const drawing = (tariff: Record<string, unknown> = {}): Drawing => parcelLineDrawing({ tariff });

describe('a parcel product on a drawn network', () => {
  const planner = createPlanner(drawNetwork(drawing()));
  const plan = (shipment: Record<string, unknown>, to = 'de-city') =>
    planner.plan(
      query({
        from: 'cn-air',
        to,
        objective: 'cost',
        shipment: shipment as RouteQueryInput['shipment'],
      }),
    );

  it('a 2 kg 9610 parcel rides the product once, door to door, without a minimum per leg', () => {
    const res = plan({ kg: 2, pieces: 1, regime: '9610' });
    const r = res.routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['parcel']);
    expect(r.cost.line_haul_usd).toBeCloseTo(3 + 8 * 2, 2);
    // the loose chain would pay the three minimums, 20 + 50 + 30, however light the parcel
    expect(r.cost.line_haul_usd).toBeLessThan(20 + 50 + 30);
    expect(r.transfer_events).toEqual([]);
    const notice = res.notices.find((n) => n.code === 'PARCEL_TARIFF');
    expect(notice?.params).toMatchObject({
      product: 'Drawn e-commerce line',
      basis: 'per_kg',
      pieces: 1,
      chargeable_kg: 2,
      usd: 19,
    });
    expect(notice?.text).toMatch(
      /priced on the parcel product Drawn e-commerce line: per piece \+ per kg/,
    );
  });

  it('a parcel product ends the route: parcels for beyond its delivery stops do not ride it on', () => {
    const d = drawing();
    d.terminals['de-far'] = { country: 'DE', at: [13.4, 52.5], modes: ['road'] };
    d.services!['onward'] = {
      mode: 'road',
      stops: ['de-city', 'de-far'],
      unit: 'kg',
      usd: 0.05,
      min_usd: 30,
    };
    const beyond = createPlanner(drawNetwork(d)).plan(
      query({
        from: 'cn-air',
        to: 'de-far',
        objective: 'cost',
        shipment: { kg: 2, pieces: 1, regime: '9610' },
      }),
    );
    expect(beyond.status).toBe('ok');
    // the product hands the parcel to its recipient at its delivery stop; the loose chain goes on
    for (const r of beyond.routes) expect(r.legs.map((l) => l.service_id)).not.toContain('parcel');
    // to its own delivery stop the product is still the answer
    expect(
      plan({ kg: 2, pieces: 1, regime: '9610' }).routes[0]!.legs.map((l) => l.service_id),
    ).toEqual(['parcel']);
  });

  it('the price is the same to any stop the product delivers to, and from either intake', () => {
    const toAirport = plan({ kg: 2, pieces: 1, regime: '9610' }, 'de-air').routes[0]!;
    expect(toAirport.legs.map((l) => l.service_id)).toEqual(['parcel']);
    expect(toAirport.cost.line_haul_usd).toBeCloseTo(19, 2);
  });

  it('ten parcels pay ten times the per-piece price; a bulky parcel pays its volumetric weight', () => {
    const ten = plan({ kg: 2, pieces: 10, regime: '9610' }).routes[0]!;
    // 0.2 kg each: the lower band, 1 + 10 × 0.2 per piece
    expect(ten.legs.map((l) => l.service_id)).toEqual(['parcel']);
    expect(ten.cost.line_haul_usd).toBeCloseTo(10 * (1 + 10 * 0.2), 2);
    const bulky = plan({ kg: 1, m3: 0.024, pieces: 1, regime: '9610' }).routes[0]!;
    expect(bulky.cost.line_haul_usd).toBeCloseTo(3 + 8 * 3, 2);
  });

  it('loose cargo, general-trade parcels and pieces over the limit do not ride the product', () => {
    for (const shipment of [
      { kg: 2 },
      { kg: 2, pieces: 1 },
      { kg: 2, regime: '9610' },
      { kg: 6, pieces: 1, regime: '9610' },
    ]) {
      const r = plan(shipment).routes[0]!;
      expect(r.legs.map((l) => l.service_id)).toEqual(['feeder', 'trunk', 'truck']);
      // each leg pays its own minimum
      expect(r.cost.line_haul_usd).toBeGreaterThanOrEqual(20 + 50 + 30);
    }
    const parcels = plan({ kg: 2, pieces: 1, regime: '9610' }).notices;
    expect(parcels.filter((n) => n.code === 'PARCEL_TARIFF')).toHaveLength(1);
    expect(plan({ kg: 2 }).notices.some((n) => n.code === 'PARCEL_TARIFF')).toBe(false);
  });
});

describe('the validator on parcel tariffs', () => {
  const errors = (d: Drawing) =>
    drawIssues(d)
      .filter((i) => i.severity === 'error')
      .map((i) => i.message);

  it('accepts the drawn product', () => {
    expect(errors(drawing())).toEqual([]);
  });
  it('refuses bands that do not rise or end below the heaviest piece', () => {
    const bad = {
      rate: {
        kind: 'per_kg',
        bands: [
          { up_to_kg: 2, usd_per_piece: 1, usd_per_kg: 1 },
          { up_to_kg: 1, usd_per_piece: 1, usd_per_kg: 1 },
        ],
      },
    };
    const msgs = errors(drawing(bad));
    expect(msgs).toContainEqual(expect.stringMatching(/bands must rise/));
    expect(msgs).toContainEqual(expect.stringMatching(/below the heaviest piece \(5 kg\)/));
  });
  it('refuses stops that are no stops or no cargo stops of the product, and no ride in its direction', () => {
    expect(errors(drawing({ from: ['nowhere'] }))).toContainEqual(
      expect.stringMatching(/"nowhere" is not a stop of this service/),
    );
    expect(errors(drawing({ to: ['cn-hub'] }))).toContainEqual(
      expect.stringMatching(/"cn-hub" is not a stop where cargo leaves/),
    );
  });
  it('a parcel tariff on a service that sells other cargo, and a leg of another mode off a parcel product, are errors', () => {
    const d = drawing();
    const parcel = d.services!['parcel']!;
    const mixed: Drawing = {
      ...d,
      services: {
        ...d.services,
        parcel: { ...parcel, tariffs: [{ from: 'cn-air', to: 'de-city', usd: 5, unit: 'kg' }] },
      },
    };
    // the drawing keeps parcel_tariffs and adds an ordinary entry
    const msgs = errors(mixed);
    expect(msgs).toContainEqual(
      expect.stringMatching(/parcel tariffs on a service that also files tariffs/),
    );
    expect(msgs).toContainEqual(
      expect.stringMatching(/only a parcel product .* may run a collection or delivery leg/),
    );
  });
  it('a delivery leg by another mode stays inside one country', () => {
    const d = drawing();
    const parcel = d.services!['parcel']!;
    const abroad: Drawing = {
      ...d,
      services: {
        ...d.services,
        parcel: { ...parcel, leg_modes: [undefined, 'road', 'road'], hours: [1.5, 200, 5] },
      },
    };
    expect(errors(abroad)).toContainEqual(
      expect.stringMatching(/a road leg of this air product crosses CN→DE/),
    );
  });
});

describe('a 2 kg 9610 parcel Baotou → Duisburg on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });

  /** What a filed parcel tariff asks for one piece of `kg` (actual weight), worked out here from the data. */
  function filedPrice(t: ParcelTariff, kg: number): number {
    if (t.rate.kind === 'per_kg') {
      const band = t.rate.bands.find((b) => kg <= b.up_to_kg)!;
      return band.usd_per_piece + band.usd_per_kg * kg;
    }
    const further = Math.max(0, Math.ceil((kg - t.rate.first_kg) / t.rate.step_kg));
    return t.rate.usd_per_piece + t.rate.first_usd + further * t.rate.step_usd;
  }

  it('rides a parcel product door to door at the price the product files', () => {
    const res = planner.plan(
      query({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2024-06-03',
        objective: 'cost',
        shipment: { kg: 2, pieces: 1, regime: '9610' },
      }),
    );
    const r = res.routes[0]!;
    expect(r.legs).toHaveLength(1);
    const service = network.services.get(r.legs[0]!.service_id)!;
    const filed = service.parcel_tariffs?.find(
      (t) => t.from.includes(r.legs[0]!.from.id) && t.to.includes('duisburg'),
    );
    expect(filed).toBeDefined();
    const price = filedPrice(filed!, 2);
    expect(r.cost.line_haul_usd).toBeCloseTo(price, 2);
    expect(r.cost.handling_usd).toBe(0);
    // the rest is China's 9610 export clearance, nothing per leg; the product's carrier presents and
    // declares the parcel in the EU itself (H7), so the EU clearance takes its time and no broker's fee
    expect(r.cost.import_customs_usd).toBe(0);
    const eu = r.customs_events.find((c) => c.direction === 'import');
    expect(eu?.territory?.id).toBe('eu');
    expect(eu?.cost_usd).toBe(0);
    expect(eu?.time_h).toBeGreaterThan(0);
    expect(r.cost.total_usd).toBeCloseTo(price + r.cost.customs_usd, 2);
    // the cheapest of the parcel products filed for this ride
    for (const s of network.services.values())
      for (const t of s.parcel_tariffs ?? [])
        if (t.from.includes('baotou-airport') && t.to.includes('duisburg'))
          expect(price).toBeLessThanOrEqual(filedPrice(t, 2) + 1e-9);
    const notice = res.notices.find((n) => n.code === 'PARCEL_TARIFF');
    expect(notice?.params).toMatchObject({ product: filed!.product, service: service.id });
  });
  it('parcels on loose cargo, with no product to their destination, still pay the import declaration', () => {
    const r = planner.plan(
      query({
        from: 'Baotou',
        to: 'Moscow',
        depart: '2024-06-03',
        objective: 'cost',
        shipment: { kg: 4, pieces: 2, regime: '9610' },
      }),
    ).routes[0]!;
    for (const l of r.legs)
      expect(network.services.get(l.service_id)!.parcel_tariffs).toBeUndefined();
    const eaeu = network.destinationCustoms?.find((d) => d.id === 'eaeu');
    expect(r.cost.import_customs_usd).toBeCloseTo(eaeu!.cost_usd_per_shipment.value, 2);
  });

  it("a piece over the line's limit rides EMS, whose tariff's source then counts as an input", () => {
    const plan = (kg: number) =>
      planner.plan(
        query({
          from: 'Baotou',
          to: 'Duisburg',
          depart: '2024-06-03',
          objective: 'cost',
          shipment: { kg, pieces: 1, regime: '9610' },
          // the air products: the rail parcel product (decisions C10) takes pieces up to 20 kg
          constraints: { modes: ['air'] },
        }),
      ).routes[0]!;
    const light = plan(2);
    const heavy = plan(6);
    const line = network.services.get(light.legs[0]!.service_id)!;
    const ems = network.services.get(heavy.legs[0]!.service_id)!;
    expect(line.parcel_tariffs![0]!.max_kg_per_piece.value).toBeLessThan(6);
    expect(ems.parcel_tariffs![0]!.max_kg_per_piece.value).toBeGreaterThanOrEqual(6);
    expect(heavy.cost.line_haul_usd).toBeCloseTo(filedPrice(ems.parcel_tariffs![0]!, 6), 2);
    // the validation report would mark a cost case citing the EMS page as circular on the heavy
    // parcel's route, not on the light one's (the parcel cases now cite other pages, decisions V17)
    const caseSource = 'goodhope-ems-china-germany';
    expect(inputSources(network, heavy, 'cost_usd').has(caseSource)).toBe(true);
    expect(inputSources(network, light, 'cost_usd').has(caseSource)).toBe(false);
  });
});
