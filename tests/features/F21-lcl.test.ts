/**
 * F21: loose cargo (LCL) is priced as a consolidator does (docs/decisions.md C2): per W/M with a
 * minimum, the FEU rate shared over the W/M sold per FEU, CFS charges at both ends. The built-in
 * Baotou → Duisburg answer for 500 kg lands in the published China → Germany LCL range.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chargeableWm, lclUsd } from '../../src/costing/lcl.ts';
import { shipmentUnits } from '../../src/costing/shipment-units.ts';
import { RouteQuery, type LclRule, type Network, type Tariff } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

const f = (value: number) => ({ value, assumption: 'test figure for the LCL rule' });
const rule: LclRule = {
  mode: 'rail',
  wm_kg_per_m3: f(1000),
  min_wm: f(1),
  wm_per_feu: f(20),
  cfs_usd_per_wm: f(30),
  cfs_min_usd: f(60),
};
const feu: Tariff = {
  from: 'a',
  to: 'b',
  unit: 'feu',
  usd: 6000,
  date: '2024',
  assumption: 'test tariff entry',
};

let network: Network;
let planner: Planner;
beforeAll(async () => {
  network = (await loadNetwork(new URL('../../networks/inner-mongolia/', import.meta.url).pathname))
    .network!;
  planner = createPlanner(network);
});
const units = (kg: number, m3?: number) =>
  shipmentUnits(
    { kg, ...(m3 !== undefined ? { m3 } : {}), cargo: [], regime: 'general' },
    network.manifest,
  );

describe('F21 the LCL price', () => {
  it('bills at least the minimum W/M, the weight or the volume, whichever is greater', () => {
    expect(chargeableWm(rule, units(500))).toBe(1);
    expect(chargeableWm(rule, units(3000))).toBe(3);
    expect(chargeableWm(rule, units(3000, 8))).toBe(8);
  });
  it('shares the FEU rate over the W/M sold per FEU and adds CFS at both ends', () => {
    // 1 W/M: 6000 / 20 + 2 × max(60, 30) = 300 + 120
    expect(lclUsd(rule, [feu], units(500))).toBeCloseTo(420, 6);
    // 8 W/M: 8 × 300 + 2 × 240
    expect(lclUsd(rule, [feu], units(3000, 8))).toBeCloseTo(2880, 6);
    // a table that prices loose cargo by weight keeps its own price
    expect(lclUsd(rule, [feu, { ...feu, unit: 'kg', usd: 1 }], units(500))).toBeNull();
  });
});

describe('F21 Baotou → Duisburg, 500 kg of loose cargo', () => {
  it('costs what a consolidator charges for 1 m³ China → Germany (EUR 300–900, about USD 330–990)', () => {
    const r = planner.plan(
      RouteQuery.parse({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2026-12-01',
        objective: 'cost',
        shipment: { kg: 500 },
      }),
    );
    expect(r.status).toBe('ok');
    const best = r.routes[0]!.cost.total_usd;
    // fabrimatch-2025-sea-rail-air: sea LCL EUR 300–900 per m³ China → Germany (rail quoted dearer);
    // before C2 the answer was a weight share of a container rate, about USD 170
    expect(best).toBeGreaterThanOrEqual(330);
    expect(best).toBeLessThanOrEqual(990);
  });
});
