/**
 * F17: every leg's CO2e names the emission factors behind it (id, basis, intensity, km covered and
 * sources), as the GLEC Framework and ISO 14083 ask, and the named factors add up to the leg's CO2e.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  const loaded = await loadNetwork(
    new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
  );
  network = loaded.network!;
  planner = createPlanner(network);
});

const plan = (from: string, to: string, modes: string[], shipment: Record<string, number>) =>
  planner.plan(
    RouteQuery.parse({
      from,
      to,
      depart: '2026-12-01',
      shipment,
      objective: 'cost',
      constraints: { modes },
    }),
  );

describe('F17 CO2e factor per leg', () => {
  it('names diesel and electric stretches of the Baotou → Duisburg train, well-to-wheel and sourced', () => {
    const route = plan('Baotou', 'Duisburg', ['rail'], { feu: 1, kg: 20000 }).routes[0]!;
    const leg = route.legs.find((l) => l.service_id === 'baotou-duisburg-train')!;
    const ids = leg.co2e_factors!.map((f) => f.factor_id);
    expect(ids).toContain('rail-diesel-desnz');
    expect(ids).toContain('rail-freight-desnz');
    for (const f of leg.co2e_factors!) {
      expect(f.basis).toBe('WTW');
      expect(f.sources.length).toBeGreaterThan(0);
      for (const id of f.sources) expect(network.sources.has(id)).toBe(true);
    }
    const km = leg.co2e_factors!.reduce((s, f) => s + f.distance_km, 0);
    expect(km).toBeCloseTo(leg.distance_km, 3);
  });

  it('makes each leg CO2e the sum of its factors × km × tonnes, for rail, road, sea and air', () => {
    const cases: [string, string, string[], Record<string, number>][] = [
      ['Ordos', 'Moscow', ['rail'], { feu: 1, kg: 20000 }],
      ['Hohhot', 'Moscow', ['road'], { feu: 1, kg: 20000 }],
      ['Tianjin', 'Rotterdam', ['sea'], { teu: 1, kg: 10000 }],
      ['beijing-pek', 'frankfurt-airport', ['air'], { kg: 1000 }],
    ];
    for (const [from, to, modes, shipment] of cases) {
      const route = plan(from, to, modes, shipment).routes[0]!;
      const tonnes = shipment.kg! / 1000;
      for (const leg of route.legs) {
        const expected = leg.co2e_factors!.reduce(
          (s, f) => s + f.co2e_kg_per_tkm * f.distance_km * tonnes,
          0,
        );
        expect(leg.co2e_kg, `${from} → ${to} ${leg.service_id}`).toBeCloseTo(expected, 1);
      }
    }
  });

  it('names the Chinese and EU electric factors on the electrified stretches of the train', () => {
    const route = plan('Baotou', 'Duisburg', ['rail'], { feu: 1, kg: 20000 }).routes[0]!;
    const leg = route.legs.find((l) => l.service_id === 'baotou-duisburg-train')!;
    const uses = leg.co2e_factors!;
    const byId = new Map(uses.map((f) => [f.factor_id, f]));
    // Baotou–Hohhot–Jining South on the electrified Jingbao line: 283 + 138 km.
    const cn = byId.get('rail-electric-cn-grid')!;
    expect(cn.distance_km).toBeCloseTo(283 + 138, 3);
    expect(cn.co2e_kg_per_tkm).toBeLessThan(
      network.emissionFactors.get('rail-freight-desnz')!.co2e_kg_per_tkm.value,
    );
    expect(cn.sources).toContain('mee-2022-grid-factor');
    // Małaszewicze westwards to Duisburg on EU electric lines; the China leg comes first, the EU leg last.
    const eu = byId.get('rail-electric-eu-ecotransit')!;
    expect(eu.sources).toContain('greencargo-2015-ecotransit');
    expect(uses[0]!.factor_id).toBe('rail-electric-cn-grid');
    expect(uses[uses.length - 1]!.factor_id).toBe('rail-electric-eu-ecotransit');
    // The Brest–Małaszewicze crossing stays on the UK average, between the Belarusian and EU legs.
    const ids = uses.map((f) => f.factor_id);
    expect(ids.lastIndexOf('rail-freight-desnz')).toBe(ids.length - 2);
    // Both new factors are stated well-to-wheel and their sources are in the network.
    for (const f of [cn, eu]) {
      expect(f.basis).toBe('WTW');
      for (const id of f.sources) expect(network.sources.has(id)).toBe(true);
    }
  });

  it('uses the GLEC belly long-haul factor on Beijing → Frankfurt', () => {
    const leg = plan('beijing-pek', 'frankfurt-airport', ['air'], { kg: 1000 }).routes[0]!.legs[0]!;
    expect(leg.co2e_factors!.map((f) => [f.factor_id, f.co2e_kg_per_tkm])).toEqual([
      ['air-belly-long-glec', 0.608],
    ]);
  });
});
