/**
 * Special-cargo surcharges (docs/decisions.md C3): priced per mode and cargo flag like tariff entries,
 * paid once per ride, a component of their own in the breakdown that still sums to the total, and
 * named in a notice. Pure pricing on a small manifest, then Baotou → Duisburg on the built-in network
 * with the rates read from its network.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  costModelFor,
  createCostContext,
  specialCargoCharges,
  specialCargoRide,
} from '../../../src/costing/index.ts';
import {
  sumCostComponents,
  type CargoFlag,
  type Mode,
  type Network,
  type NetworkManifest,
  type PlanResult,
  type Route,
  type Service,
  type SpecialCargoSurcharge,
} from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';
import { query } from '../../support/route-query.ts';

const rule = (
  mode: Mode,
  cargo: CargoFlag,
  unit: SpecialCargoSurcharge['unit'],
  usd: number,
  min_usd?: number,
): SpecialCargoSurcharge => ({
  mode,
  cargo,
  unit,
  usd,
  ...(min_usd !== undefined ? { min_usd } : {}),
  assumption: 'a rate for the test',
});
const manifest = {
  cargo_t_per_teu: { value: 10, source: 'x' },
  volumetric_kg_per_m3: { value: 167, source: 'x' },
  special_cargo_surcharges: [
    rule('rail', 'reefer', 'feu', 1500),
    rule('rail', 'reefer', 'teu', 900),
    rule('sea', 'dangerous_goods', 'feu', 210),
    rule('sea', 'lithium_batteries', 'feu', 150),
    rule('air', 'dangerous_goods', 'chargeable_kg', 0.5, 100),
    rule('air', 'lithium_batteries', 'shipment', 130),
    { mode: 'sea', cargo: 'oversize', line_haul_share: 1, assumption: 'a share for the test' },
  ],
} as unknown as NetworkManifest;
const specialCargoUsd = (mode: Mode, ctx: ReturnType<typeof ctxFor>): number =>
  specialCargoRide(mode, ctx).usd;
function ctxFor(shipment: Record<string, unknown>) {
  return createCostContext(manifest, query({ from: 'a', to: 'b', shipment: shipment as never }));
}

describe('dangerous goods by class (decisions C1, C9)', () => {
  const train = {
    id: 'train',
    mode: 'rail',
    cargo: {
      accepts_containers: true,
      accepts_parcels: true,
      dangerous_goods: true,
      dangerous_goods_classes: [3, 8, 9],
    },
  } as unknown as Service;
  const ship = {
    id: 'ship',
    mode: 'sea',
    cargo: { accepts_containers: true, accepts_parcels: true, dangerous_goods: true },
  } as unknown as Service;
  const why = (s: Service, shipment: Record<string, unknown>) =>
    costModelFor(s.mode).allowed(s, ctxFor({ feu: 1, cargo: ['dangerous_goods'], ...shipment }));
  it('a service with a class list takes its classes, refuses the others by name', () => {
    expect(why(train, { dg_class: 9 })).toBeNull();
    expect(why(train, { dg_class: 3 })).toBeNull();
    expect(why(train, { dg_class: 7 })).toBe(
      'train takes dangerous goods of class 3, 8, 9 only, not class 7',
    );
  });
  it('without a class only services that take every class carry the shipment', () => {
    expect(why(train, {})).toBe(
      'train takes dangerous goods of class 3, 8, 9 only; the shipment does not give its class (dg_class)',
    );
    expect(why(ship, {})).toBeNull();
    expect(why(ship, { dg_class: 1 })).toBeNull();
  });
});

describe('special-cargo pricing', () => {
  it('a reefer FEU pays the rail reefer rate; a dry FEU pays nothing', () => {
    expect(specialCargoUsd('rail', ctxFor({ feu: 1, cargo: ['reefer'] }))).toBe(1500);
    expect(specialCargoUsd('rail', ctxFor({ feu: 1 }))).toBe(0);
    // no rate filed for the mode: nothing
    expect(specialCargoUsd('road', ctxFor({ feu: 1, cargo: ['reefer'] }))).toBe(0);
  });
  it('each kind of box pays its own rate, as tariffs do', () => {
    expect(specialCargoUsd('rail', ctxFor({ feu: 2, teu: 1, cargo: ['reefer'] }))).toBe(
      2 * 1500 + 900,
    );
  });
  it('lithium batteries flagged as dangerous goods too pay the larger surcharge, not both', () => {
    const both = ctxFor({ feu: 1, cargo: ['dangerous_goods', 'lithium_batteries'] });
    expect(specialCargoUsd('sea', both)).toBe(210);
    expect(specialCargoCharges('sea', both).map((c) => c.cargo)).toEqual(['dangerous_goods']);
    expect(specialCargoUsd('sea', ctxFor({ feu: 1, cargo: ['lithium_batteries'] }))).toBe(150);
  });
  it('a share-of-line-haul rate gives the share, not a fixed sum (C5), only to its flag and mode', () => {
    expect(specialCargoRide('sea', ctxFor({ feu: 2, cargo: ['oversize'] }))).toEqual({
      usd: 0,
      share: 1,
    });
    expect(specialCargoRide('sea', ctxFor({ feu: 2 }))).toEqual({ usd: 0, share: 0 });
    expect(specialCargoRide('rail', ctxFor({ feu: 2, cargo: ['oversize'] }))).toEqual({
      usd: 0,
      share: 0,
    });
    // with a per-unit flag on the same ride, both parts add
    expect(
      specialCargoRide('sea', ctxFor({ feu: 1, cargo: ['oversize', 'dangerous_goods'] })),
    ).toEqual({ usd: 210, share: 1 });
  });
  it('loose cargo by air pays per chargeable kg, at least the minimum', () => {
    expect(specialCargoUsd('air', ctxFor({ kg: 100, cargo: ['dangerous_goods'] }))).toBe(100);
    expect(specialCargoUsd('air', ctxFor({ kg: 1000, cargo: ['dangerous_goods'] }))).toBe(500);
    // a fee per shipment does not grow with the weight
    expect(specialCargoUsd('air', ctxFor({ kg: 40, cargo: ['lithium_batteries'] }))).toBe(130);
    expect(specialCargoUsd('air', ctxFor({ kg: 4000, cargo: ['lithium_batteries'] }))).toBe(130);
  });
});

/** The legs, transfers, borders and customs events of a route add up to its total, and so do its components. */
function expectMoneyAddsUp(r: Route): void {
  expect(sumCostComponents(r.cost)).toBeCloseTo(r.cost.total_usd, 6);
  const events =
    r.legs.reduce((a, l) => a + l.cost_usd, 0) +
    r.transfer_events.reduce((a, t) => a + t.cost_usd, 0) +
    r.border_events.reduce((a, b) => a + b.cost_usd, 0) +
    r.customs_events.reduce((a, e) => a + e.cost_usd, 0);
  expect(Math.abs(events - r.cost.total_usd)).toBeLessThan(0.01 * (r.legs.length + 10));
  const legSpecial = r.legs.reduce((a, l) => a + (l.special_cargo_usd ?? 0), 0);
  expect(legSpecial).toBeCloseTo(r.cost.special_cargo_usd, 2);
}

describe('special-cargo surcharges on Baotou → Duisburg (built-in network)', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });
  /** the rate the network files for a mode, cargo flag and unit */
  const rate = (mode: Mode, cargo: CargoFlag, unit: string): number => {
    const r = network.manifest.special_cargo_surcharges?.find(
      (x) => x.mode === mode && x.cargo === cargo && x.unit === unit,
    );
    if (r?.usd === undefined)
      throw new Error(`no ${mode} ${cargo} rate per ${unit} in network.yaml`);
    return r.usd;
  };
  const plan = (shipment: Record<string, unknown>): PlanResult =>
    planner.plan(
      query({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2025-03-03',
        // by cost alone the 59-day sailing via Rotterdam is USD 211 cheaper than the train (decisions
        // T18); with time valued at the cargo's default worth the train is the answer, as it is for a
        // forwarder, and these tests are about what the train charges and refuses
        objective: 'generalized',
        shipment: { feu: 1, ...shipment } as never,
      }),
    );

  it('a reefer FEU on the train pays the rail reefer surcharge once, on top of the dry price', () => {
    const dry = plan({}).routes[0]!;
    const cold = plan({ cargo: ['reefer'] });
    const reefer = cold.routes[0]!;
    expect(dry.legs.map((l) => l.service_id)).toEqual(['baotou-duisburg-train']);
    expect(reefer.legs.map((l) => l.service_id)).toEqual(['baotou-duisburg-train']);
    const r = rate('rail', 'reefer', 'feu');
    expect(r).toBeGreaterThan(0);
    expect(dry.cost.special_cargo_usd).toBe(0);
    expect(dry.legs[0]!.special_cargo_usd).toBeUndefined();
    expect(reefer.cost.special_cargo_usd).toBeCloseTo(r, 2);
    expect(reefer.legs[0]!.special_cargo_usd).toBeCloseTo(r, 2);
    expect(reefer.cost.total_usd).toBeCloseTo(dry.cost.total_usd + r, 2);
    expectMoneyAddsUp(reefer);
    const notice = cold.notices.find((n) => n.code === 'SPECIAL_CARGO_SURCHARGE');
    expect(notice?.params).toMatchObject({ flag: 'reefer', mode: 'rail', rides: 1, usd: r });
    expect(notice?.text).toMatch(/^reefer surcharge on the rail ride/);
    expect(plan({}).notices.some((n) => n.code === 'SPECIAL_CARGO_SURCHARGE')).toBe(false);
  });

  it('dangerous goods of a class the train refuses (1) pay the sea DG surcharge on the sea ride and the road one on each truck ride', () => {
    const r = plan({ cargo: ['dangerous_goods'], dg_class: 1 });
    expect(r.status).toBe('ok');
    const route = r.routes[0]!;
    const sea = route.legs.filter((l) => l.mode === 'sea');
    expect(sea.length).toBeGreaterThan(0);
    for (const l of sea)
      expect(l.special_cargo_usd).toBeCloseTo(rate('sea', 'dangerous_goods', 'feu'), 2);
    for (const l of route.legs.filter((x) => x.mode === 'road'))
      expect(l.special_cargo_usd).toBeCloseTo(rate('road', 'dangerous_goods', 'truck'), 2);
    const expected = route.legs.reduce(
      (a, l) =>
        a +
        (l.mode === 'sea' ? rate('sea', 'dangerous_goods', 'feu') : 0) +
        (l.mode === 'road' ? rate('road', 'dangerous_goods', 'truck') : 0),
      0,
    );
    expect(route.cost.special_cargo_usd).toBeCloseTo(expected, 2);
    // the notice names the rate that priced the boxes: per truck on the road, not the loose-cargo one
    const road = r.notices.find(
      (n) => n.code === 'SPECIAL_CARGO_SURCHARGE' && n.params['mode'] === 'road',
    );
    expect(road?.params['rates']).toEqual([
      `USD ${rate('road', 'dangerous_goods', 'truck').toLocaleString('en-US')} per truck`,
    ]);
    // and as numbers, for a client that words them in its own language
    expect(road?.params['rate_terms']).toEqual([
      { usd: rate('road', 'dangerous_goods', 'truck'), unit: 'truck' },
    ]);
    for (const x of r.routes) expectMoneyAddsUp(x);
    expect(
      r.notices.filter((n) => n.code === 'SPECIAL_CARGO_SURCHARGE').map((n) => n.params['mode']),
    ).toContain('sea');
  });

  /** the line-haul share the network files for a mode and cargo flag */
  const share = (mode: Mode, cargo: CargoFlag): number => {
    const r = network.manifest.special_cargo_surcharges?.find(
      (x) => x.mode === mode && x.cargo === cargo && x.line_haul_share !== undefined,
    );
    if (r?.line_haul_share === undefined)
      throw new Error(`no ${mode} ${cargo} line-haul share in network.yaml`);
    return r.line_haul_share;
  };

  it("an oversize FEU has a route, pays a share of each ride's line haul, and hears why not the train (C5)", () => {
    const r = plan({ cargo: ['oversize'] });
    expect(r.status).toBe('ok');
    const route = r.routes[0]!;
    expect(route.legs.some((l) => l.mode === 'sea')).toBe(true);
    for (const l of route.legs) {
      const s = share(l.mode, 'oversize');
      expect(s).toBeGreaterThan(0);
      // special = share × line haul, and cost_usd = line haul + special (no subsidy here)
      const lineHaul = l.cost_usd - l.special_cargo_usd! - (l.subsidy_usd ?? 0);
      expect(l.special_cargo_usd).toBeCloseTo(s * lineHaul, 2);
    }
    expectMoneyAddsUp(route);
    const sea = r.notices.find(
      (n) => n.code === 'SPECIAL_CARGO_SURCHARGE' && n.params['mode'] === 'sea',
    );
    expect(sea?.params['rates']).toEqual([`${share('sea', 'oversize') * 100} % of the line haul`]);
    expect(sea?.params['rate_terms']).toEqual([{ share: share('sea', 'oversize') }]);
    // the train a forwarder would book for ordinary cargo refuses oversize: the answer says so
    const why = r.notices.filter((n) => n.code === 'CARGO_RESTRICTED_OPTION');
    expect(why.map((n) => n.params['service'])).toContain('baotou-duisburg-train');
    expect(why[0]!.params['reason']).toMatch(/takes no oversize cargo/);
    expect(why[0]!.params).toMatchObject({
      cargo: ['oversize'],
      service_name: expect.stringMatching(/Baotou/),
      service_name_zh: expect.stringMatching(/包头/),
    });
    // ordinary cargo gets no such notice
    expect(plan({}).notices.some((n) => n.code === 'CARGO_RESTRICTED_OPTION')).toBe(false);
  });

  it('dangerous goods of class 9 (and 3) ride the train and pay the rail DG surcharge once (C9)', () => {
    const dry = plan({}).routes[0]!;
    for (const dg_class of [9, 3]) {
      const r = plan({ cargo: ['dangerous_goods'], dg_class });
      const route = r.routes[0]!;
      expect(route.legs.map((l) => l.service_id)).toEqual(['baotou-duisburg-train']);
      const fee = rate('rail', 'dangerous_goods', 'feu');
      expect(fee).toBeGreaterThan(0);
      expect(route.legs[0]!.special_cargo_usd).toBeCloseTo(fee, 2);
      expect(route.cost.special_cargo_usd).toBeCloseTo(fee, 2);
      expect(route.cost.total_usd).toBeCloseTo(dry.cost.total_usd + fee, 2);
      expectMoneyAddsUp(route);
      const notice = r.notices.find((n) => n.code === 'SPECIAL_CARGO_SURCHARGE');
      expect(notice?.params).toMatchObject({
        flag: 'dangerous_goods',
        mode: 'rail',
        rides: 1,
        usd: fee,
      });
      expect(notice?.text).toMatch(/^dangerous goods surcharge on the rail ride/);
      expect(r.notices.some((n) => n.code === 'CARGO_RESTRICTED_OPTION')).toBe(false);
    }
  });

  it('dangerous goods of a refused or unstated class and UN3480 batteries are told that the train refused them', () => {
    for (const [shipment, pattern] of [
      [{ cargo: ['dangerous_goods'], dg_class: 1 }, /class 3, 8, 9 only, not class 1/],
      [{ cargo: ['dangerous_goods'], dg_class: 7 }, /class 3, 8, 9 only, not class 7/],
      [{ cargo: ['dangerous_goods'] }, /class 3, 8, 9 only; the shipment does not give its class/],
      [{ cargo: ['lithium_batteries'] }, /UN3481 only/],
    ] as const) {
      const r = plan(shipment);
      expect(r.routes[0]!.legs.map((l) => l.service_id)).not.toContain('baotou-duisburg-train');
      const why = r.notices.filter((n) => n.code === 'CARGO_RESTRICTED_OPTION');
      expect(why.map((n) => n.params['service'])).toEqual(['baotou-duisburg-train']);
      expect(why[0]!.params['reason']).toMatch(pattern);
    }
    // a reefer rides the train itself: nothing better was refused
    expect(
      plan({ cargo: ['reefer'] }).notices.some((n) => n.code === 'CARGO_RESTRICTED_OPTION'),
    ).toBe(false);
  });
});
