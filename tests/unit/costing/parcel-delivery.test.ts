/**
 * The last mile of a parcel shipment (docs/decisions.md C6): a 9610 shipment with pieces whose route
 * does not end on a parcel product pays the destination country's parcel delivery per piece, by the
 * band of a piece's weight; a parcel product delivers door to door and pays none. The search sees the
 * charge, so it picks the product when that is cheaper door to door.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext, parcelUsd } from '../../../src/costing/index.ts';
import {
  COST_COMPONENT_KEYS,
  isParcelProduct,
  type Network,
  type Route,
  type RouteQueryInput,
} from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';
import { drawIssues, drawNetwork, type Drawing } from '../../support/draw-network.ts';
import { parcelLineDrawing } from '../../support/parcel-line-drawing.ts';
import { query } from '../../support/route-query.ts';

/** Delivery in the drawn destination country: up to 1 kg USD 4 a piece, up to 10 kg USD 7. */
const DELIVERY = {
  country: 'DE',
  carrier: 'Drawn parcel carrier',
  carrier_zh: '绘制的包裹承运人',
  bands: [
    { up_to_kg: 1, usd_per_piece: 4 },
    { up_to_kg: 10, usd_per_piece: 7 },
  ],
};

/**
 * The drawn parcel line (tests/support) with one band, USD 3 + 8/kg up to 5 kg, by actual weight, and
 * the drawn delivery unless `delivery: false`.
 */
function drawing(o: { product?: boolean; delivery?: boolean } = {}): Drawing {
  const d = parcelLineDrawing({
    product: o.product ?? true,
    tariff: {
      rate: {
        kind: 'per_kg',
        bands: [{ up_to_kg: 5, usd_per_piece: 3, usd_per_kg: 8, source: 'drawn' }],
      },
      chargeable: { min_kg: 0, source: 'drawn' },
      source: 'drawn',
    },
  });
  return o.delivery === false ? d : { ...d, parcel_delivery: [DELIVERY] };
}

const moneyAddsUp = (r: Route) => {
  const sum = COST_COMPONENT_KEYS.reduce((s, k) => s + r.cost[k], 0);
  expect(r.cost.total_usd).toBeCloseTo(sum, 6);
  expect(r.cost.total_usd).toBeCloseTo(
    r.legs.reduce((s, l) => s + l.cost_usd, 0) +
      r.transfer_events.reduce((s, t) => s + t.cost_usd, 0) +
      r.border_events.reduce((s, b) => s + b.cost_usd, 0) +
      r.cost.customs_usd +
      r.cost.import_customs_usd,
    6,
  );
};

describe('last-mile parcel delivery on a drawn network', () => {
  const plan = (d: Drawing, shipment: Record<string, unknown>, to = 'de-city') =>
    createPlanner(drawNetwork(d)).plan(
      query({
        from: 'cn-air',
        to,
        objective: 'cost',
        shipment: shipment as RouteQueryInput['shipment'],
      }),
    );

  it('a parcel shipment on loose cargo pays pieces × the delivery rate of its weight band', () => {
    // no product: the loose chain is the only route
    for (const [shipment, perPiece] of [
      [{ kg: 2, pieces: 1 }, 7],
      [{ kg: 2, pieces: 4 }, 4],
      [{ kg: 12, pieces: 3 }, 7],
    ] as const) {
      const res = plan(drawing({ product: false }), { ...shipment, regime: '9610' });
      const r = res.routes[0]!;
      expect(r.legs.map((l) => l.service_id)).toEqual(['feeder', 'trunk', 'truck']);
      expect(r.cost.parcel_delivery_usd).toBeCloseTo(shipment.pieces * perPiece, 9);
      // on the ride that ends at the destination, inside its cost
      const last = r.legs.at(-1)!;
      expect(last.parcel_delivery_usd).toBeCloseTo(shipment.pieces * perPiece, 9);
      expect(r.legs.slice(0, -1).every((l) => l.parcel_delivery_usd === undefined)).toBe(true);
      moneyAddsUp(r);
      const notice = res.notices.find((n) => n.code === 'PARCEL_DELIVERY');
      expect(notice?.params).toMatchObject({
        service: 'truck',
        terminal: 'de-city',
        country: 'DE',
        pieces: shipment.pieces,
        usd_per_piece: perPiece,
        usd: shipment.pieces * perPiece,
        sources: ['drawn'],
      });
      expect(notice?.text).toMatch(/not on a parcel product/);
    }
  });

  it('the ride into the destination pays it whatever its mode: the trunk flight to the airport', () => {
    const r = plan(drawing({ product: false }), { kg: 2, pieces: 2, regime: '9610' }, 'de-air')
      .routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['feeder', 'trunk']);
    expect(r.cost.parcel_delivery_usd).toBeCloseTo(2 * 4, 9);
  });

  it('a parcel product delivers door to door and pays no last mile', () => {
    const res = plan(drawing(), { kg: 2, pieces: 1, regime: '9610' });
    const r = res.routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['parcel']);
    expect(r.cost.parcel_delivery_usd).toBe(0);
    expect(r.legs[0]!.parcel_delivery_usd).toBeUndefined();
    expect(res.notices.some((n) => n.code === 'PARCEL_DELIVERY')).toBe(false);
  });

  it('loose cargo, general trade, and a country without a filed rate pay none', () => {
    for (const shipment of [{ kg: 2 }, { kg: 2, pieces: 1 }, { kg: 2, regime: '9610' }]) {
      const r = plan(drawing({ product: false }), shipment).routes[0]!;
      expect(r.cost.parcel_delivery_usd).toBe(0);
    }
    const none = plan(drawing({ product: false, delivery: false }), {
      kg: 2,
      pieces: 1,
      regime: '9610',
    }).routes[0]!;
    expect(none.cost.parcel_delivery_usd).toBe(0);
  });

  it('a last mile the network cannot price is named, not passed off as free', () => {
    // no rate filed for the country
    const noRate = plan(drawing({ product: false, delivery: false }), {
      kg: 2,
      pieces: 3,
      regime: '9610',
    });
    expect(noRate.routes[0]!.cost.parcel_delivery_usd).toBe(0);
    const n1 = noRate.notices.find((n) => n.code === 'PARCEL_DELIVERY_NO_RATE');
    expect(n1?.params).toEqual({ service: 'truck', terminal: 'de-city', country: 'DE', pieces: 3 });
    expect(n1?.text).toMatch(/not priced/);
    // pieces heavier than the carrier's heaviest band (10 kg): 2 pieces of 12 kg
    const heavy = plan(drawing({ product: false }), { kg: 24, pieces: 2, regime: '9610' });
    expect(heavy.routes[0]!.cost.parcel_delivery_usd).toBe(0);
    const n2 = heavy.notices.find((n) => n.code === 'PARCEL_PIECE_OVER_DELIVERY_LIMIT');
    expect(n2?.params).toEqual({
      service: 'truck',
      terminal: 'de-city',
      country: 'DE',
      carrier: 'Drawn parcel carrier',
      carrier_zh: '绘制的包裹承运人',
      pieces: 2,
      kg_per_piece: 12,
      heaviest_kg: 10,
    });
    expect(heavy.notices.some((n) => n.code === 'PARCEL_DELIVERY')).toBe(false);
    // priced, on a product, or not parcels: neither notice
    for (const [d, shipment] of [
      [drawing({ product: false }), { kg: 20, pieces: 2, regime: '9610' }],
      [drawing({ delivery: false }), { kg: 2, pieces: 1, regime: '9610' }],
      [drawing({ product: false, delivery: false }), { kg: 2, pieces: 1 }],
    ] as const) {
      const codes = plan(d, shipment).notices.map((n) => n.code);
      expect(codes).not.toContain('PARCEL_DELIVERY_NO_RATE');
      expect(codes).not.toContain('PARCEL_PIECE_OVER_DELIVERY_LIMIT');
    }
  });

  it('the search sees it: ten parcels take the product once the last mile makes loose cargo dearer', () => {
    const shipment = { kg: 20, pieces: 10, regime: '9610' };
    const without = plan(drawing({ delivery: false }), shipment).routes[0]!;
    const withIt = plan(drawing(), shipment).routes[0]!;
    // loose: 20 + 80 + 30 of line haul against the product's 10 × (3 + 8 × 2) = 190
    expect(without.legs.map((l) => l.service_id)).toEqual(['feeder', 'trunk', 'truck']);
    expect(without.cost.total_usd).toBeLessThan(190);
    // + 10 × 7 of delivery: the product is cheaper door to door
    expect(without.cost.total_usd + 10 * 7).toBeGreaterThan(190);
    expect(withIt.legs.map((l) => l.service_id)).toEqual(['parcel']);
    expect(withIt.cost.line_haul_usd).toBeCloseTo(190, 6);
    expect(withIt.cost.parcel_delivery_usd).toBe(0);
  });

  it('the validator refuses a second rate for a country and bands that do not rise', () => {
    const errors = (d: Drawing) =>
      drawIssues(d)
        .filter((i) => i.severity === 'error')
        .map((i) => i.message);
    expect(errors(drawing())).toEqual([]);
    const twice = { ...drawing(), parcel_delivery: [DELIVERY, DELIVERY] };
    expect(errors(twice)).toContainEqual(expect.stringMatching(/a second parcel delivery for DE/));
    const falling = {
      ...drawing(),
      parcel_delivery: [{ ...DELIVERY, bands: [...DELIVERY.bands].reverse() }],
    };
    expect(errors(falling)).toContainEqual(expect.stringMatching(/bands for DE must rise/));
  });
});

describe('ten 2 kg parcels Baotou → Duisburg on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });

  it('cost at least what the filed parcel product asks door to door, or ride it', () => {
    const q = query({
      from: 'Baotou',
      to: 'Duisburg',
      depart: '2024-06-03',
      objective: 'cost',
      shipment: { kg: 20, pieces: 10, regime: '9610' },
    });
    const units = createCostContext(network.manifest, q).units;
    // the cheapest product filed from a Baotou intake to Duisburg, priced here from its tariffs
    let cheapest = Infinity;
    for (const s of network.services.values())
      for (const t of s.parcel_tariffs ?? [])
        if (t.from.some((f) => f.startsWith('baotou')) && t.to.includes('duisburg')) {
          const usd = parcelUsd(t, units);
          if (usd !== null) cheapest = Math.min(cheapest, usd);
        }
    expect(cheapest).toBeLessThan(Infinity);
    const r = planner.plan(q).routes[0]!;
    moneyAddsUp(r);
    const ridesProduct = r.legs.some((l) => isParcelProduct(network.services.get(l.service_id)!));
    // what the shipper pays to carry the parcels to the doors: all but the clearances
    const carriage = r.cost.total_usd - r.cost.customs_usd - r.cost.import_customs_usd;
    if (ridesProduct) {
      expect(r.cost.parcel_delivery_usd).toBe(0);
      expect(carriage).toBeCloseTo(cheapest, 2);
    } else {
      expect(carriage).toBeGreaterThanOrEqual(cheapest - 1e-6);
      // the German last mile as filed, ten pieces of 2 kg
      const de = network.manifest.parcel_delivery!.find((d) => d.country === 'DE')!;
      const band = de.bands.find((b) => 2 <= b.up_to_kg)!;
      expect(r.cost.parcel_delivery_usd).toBeCloseTo(10 * band.usd_per_piece, 6);
    }
  });
});

describe('ten 2 kg parcels Baotou → Moscow on the built-in network', () => {
  it('pay the Russian last mile as filed, ten pieces, on the ride into Moscow', async () => {
    const { network, planner } = await loadBuiltIn();
    const res = planner.plan(
      query({
        from: 'Baotou',
        to: 'Moscow',
        depart: '2024-06-03',
        objective: 'cost',
        shipment: { kg: 20, pieces: 10, regime: '9610' },
      }),
    );
    const r = res.routes[0]!;
    moneyAddsUp(r);
    // no parcel product serves Moscow: the route ends on an ordinary service
    expect(r.legs.some((l) => isParcelProduct(network.services.get(l.service_id)!))).toBe(false);
    const ru = network.manifest.parcel_delivery!.find((d) => d.country === 'RU')!;
    const band = ru.bands.find((b) => 2 <= b.up_to_kg)!;
    expect(r.cost.parcel_delivery_usd).toBeCloseTo(10 * band.usd_per_piece, 6);
    expect(r.legs.at(-1)!.parcel_delivery_usd).toBeCloseTo(10 * band.usd_per_piece, 6);
    expect(res.notices.find((n) => n.code === 'PARCEL_DELIVERY')?.params).toMatchObject({
      country: 'RU',
      pieces: 10,
      // the carrier in both languages: the Chinese page names it from carrier_zh
      carrier: ru.carrier,
      carrier_zh: ru.carrier_zh,
    });
    // every filed last mile names its carrier in Chinese, not in the English it was read in
    for (const d of network.manifest.parcel_delivery!) {
      expect(d.carrier_zh, d.country).toMatch(/[\u4e00-\u9fff]/);
      expect(d.carrier_zh, d.country).not.toMatch(/\b(above|within|domestic|parcel|one)\b/);
    }
  });
});

describe('two parcels from Baotou to each further country with a filed last mile', () => {
  /** A terminal of each country filed beside Germany and Russia (their own cases are above). */
  const TERMINAL: Record<string, string> = {
    PL: 'warsaw',
    NL: 'rotterdam-port',
    BY: 'minsk',
    KR: 'busan-port',
    JP: 'tokyo-haneda',
    SG: 'singapore-changi',
    AU: 'sydney-airport',
    MN: 'ulaanbaatar',
    NZ: 'auckland-airport',
  };
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });

  it('every filed country has a terminal here, in that country', () => {
    const filed = network.manifest
      .parcel_delivery!.map((d) => d.country)
      .filter((c) => c !== 'DE' && c !== 'RU');
    expect(Object.keys(TERMINAL).sort()).toEqual([...filed].sort());
    for (const [country, id] of Object.entries(TERMINAL))
      expect(network.terminals.get(id)?.country).toBe(country);
  });

  it('pay 2 × the filed rate of the band of a piece, lightest and heaviest band, on the last ride', () => {
    for (const delivery of network.manifest.parcel_delivery!) {
      const to = TERMINAL[delivery.country];
      if (to === undefined) continue;
      const lightest = delivery.bands[0]!;
      const heaviest = delivery.bands.at(-1)!;
      // a piece of 60 % of the lightest band's limit, and one at the heaviest band's limit
      for (const pieceKg of [0.6 * lightest.up_to_kg, heaviest.up_to_kg]) {
        const band = delivery.bands.find((b) => pieceKg <= b.up_to_kg)!;
        const res = planner.plan(
          query({
            from: 'Baotou',
            to,
            depart: '2024-06-03',
            objective: 'cost',
            shipment: { kg: 2 * pieceKg, pieces: 2, regime: '9610' },
            // the rail parcel product delivers to Warsaw door to door (decisions C10): the loose
            // answer that pays Poland's last mile is asked of the other modes
            ...(delivery.country === 'PL' ? { constraints: { modes: ['air', 'road'] } } : {}),
          }),
        );
        const r = res.routes[0]!;
        const where = `${delivery.country} ${to}, pieces of ${pieceKg} kg`;
        const sum = COST_COMPONENT_KEYS.reduce((s, k) => s + r.cost[k], 0);
        expect(r.cost.total_usd, where).toBeCloseTo(sum, 6);
        const last = r.legs.at(-1)!;
        expect(isParcelProduct(network.services.get(last.service_id)!), where).toBe(false);
        expect(r.cost.parcel_delivery_usd, where).toBeCloseTo(2 * band.usd_per_piece, 6);
        expect(last.parcel_delivery_usd, where).toBeCloseTo(2 * band.usd_per_piece, 6);
        expect(res.notices.find((n) => n.code === 'PARCEL_DELIVERY')?.params, where).toMatchObject({
          country: delivery.country,
          pieces: 2,
          usd_per_piece: band.usd_per_piece,
        });
      }
    }
  });
});

describe('bands filed above the lightest carriers change what the planner says (decisions C13)', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });
  const cheapest = (to: string, kg: number, pieces: number) =>
    planner.plan(
      query({
        from: 'Baotou',
        to,
        depart: '2025-03-03',
        objective: 'cost',
        shipment: { kg, pieces, regime: '9610' },
      }),
    );

  it('ten parcels to Ulaanbaatar pay a filed Mongolian delivery instead of an unpriced last mile', () => {
    const mn = network.manifest.parcel_delivery!.find((d) => d.country === 'MN');
    expect(mn).toBeDefined();
    const res = cheapest('Ulaanbaatar', 20, 10);
    const r = res.routes[0]!;
    const band = mn!.bands.find((b) => 2 <= b.up_to_kg)!;
    expect(r.cost.parcel_delivery_usd).toBeGreaterThan(0);
    expect(r.cost.parcel_delivery_usd).toBeCloseTo(10 * band.usd_per_piece, 6);
    const codes = res.notices.map((n) => n.code);
    expect(codes).toContain('PARCEL_DELIVERY');
    expect(codes).not.toContain('PARCEL_DELIVERY_NO_RATE');
  });

  it('two 15 kg pieces to Moscow are delivered by the band above 10 kg, no longer left as freight', () => {
    const ru = network.manifest.parcel_delivery!.find((d) => d.country === 'RU')!;
    const band = ru.bands.find((b) => 15 <= b.up_to_kg);
    // the heavier band exists and is not the old heaviest (10 kg)
    expect(band?.up_to_kg).toBeGreaterThan(10);
    const res = cheapest('Moscow', 30, 2);
    const r = res.routes[0]!;
    expect(r.cost.parcel_delivery_usd).toBeCloseTo(2 * band!.usd_per_piece, 6);
    const codes = res.notices.map((n) => n.code);
    expect(codes).not.toContain('PARCEL_PIECE_OVER_DELIVERY_LIMIT');
    expect(res.notices.find((n) => n.code === 'PARCEL_DELIVERY')?.params).toMatchObject({
      country: 'RU',
      up_to_kg: band!.up_to_kg,
    });
  });

  it('a piece heavier than every filed band is still named as undelivered', () => {
    const ru = network.manifest.parcel_delivery!.find((d) => d.country === 'RU')!;
    const heaviest = ru.bands.at(-1)!.up_to_kg;
    const res = cheapest('Moscow', 2 * (heaviest + 5), 2);
    expect(res.routes[0]!.cost.parcel_delivery_usd).toBe(0);
    expect(
      res.notices.find((n) => n.code === 'PARCEL_PIECE_OVER_DELIVERY_LIMIT')?.params,
    ).toMatchObject({ country: 'RU', heaviest_kg: heaviest });
  });
});
