/**
 * Named corridors on the built-in network: every route carries its corridor's short name, and a
 * compare answer has one row per corridor that could serve the pair — the impossible ones with their
 * plain reason — whose routes are exactly the answer's routes (list, comparison and charts agree).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CORRIDOR_REASON_CODES,
  RouteQuery,
  type Network,
  type PlanResult,
} from '../../../src/model/index.ts';
import { loadNetwork } from '../../../src/network/index.ts';
import { createPlanner, type Planner } from '../../../src/planner/index.ts';
import { corridorRows, withoutDetours } from '../../../src/planner/corridor-groups.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  const loaded = await loadNetwork('networks/inner-mongolia');
  if (!loaded.network) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  network = loaded.network;
  planner = createPlanner(network);
});

const ask = (body: object) =>
  RouteQuery.parse({ from: 'Baotou', to: 'Duisburg', depart: '2026-12-01', ...body });

/** Rows and routes are two views of one answer. */
function checkAgreement(r: PlanResult): void {
  const rows = r.corridors ?? [];
  const routeIds = r.routes.map((x) => x.id);
  expect(rows.flatMap((row) => row.route_ids).sort()).toEqual([...routeIds].sort());
  for (const row of rows) {
    if (row.possible) {
      expect(row.route_id).toBe(row.route_ids[0]);
      for (const id of row.route_ids)
        expect(r.routes.find((x) => x.id === id)?.corridor.group).toBe(row.group);
    } else {
      expect(row.route_ids).toEqual([]);
      expect(row.reason).toBeTruthy();
      expect(Object.keys(row.reason_params ?? {}).sort()).toEqual(
        [...CORRIDOR_REASON_CODES[row.reason_code!]].sort(),
      );
    }
  }
  expect(new Set(rows.map((row) => row.group)).size).toBe(rows.length);
}

describe('compare: named corridor rows', () => {
  it('Baotou → Duisburg 2 FEU: a row for every corridor reaching Germany, air impossible because containers do not fly', () => {
    const r = planner.compare(ask({ shipment: { feu: 2 } }));
    checkAgreement(r);
    const reachingDE = network
      .corridorGroups!.filter((g) => g.reaches.includes('DE'))
      .map((g) => g.id);
    expect(reachingDE.length).toBeGreaterThanOrEqual(8);
    const rows = new Map(r.corridors!.map((row) => [row.group, row]));
    for (const id of reachingDE) expect(rows.has(id), id).toBe(true);
    expect(rows.get('erenhot-rail')).toMatchObject({
      possible: true,
      short: 'Erenhot rail',
      short_zh: '二连浩特铁路',
    });
    for (const id of ['air-beijing', 'air-baotou'])
      expect(rows.get(id)).toMatchObject({
        possible: false,
        reason_code: 'CONTAINERS_DO_NOT_FLY',
        reason: 'containers do not fly',
      });
    for (const route of r.routes) {
      expect(route.corridor.short).toBeTruthy();
      expect(route.corridor.short!.length).toBeLessThanOrEqual(40);
    }
  });

  it('reefer: the TIR corridor has no reefer service; the trains take genset reefers (C1)', () => {
    const r = planner.compare(ask({ shipment: { teu: 1, cargo: ['reefer'] } }));
    checkAgreement(r);
    const tir = r.corridors!.find((row) => row.group === 'tir-mongolia')!;
    expect(tir).toMatchObject({
      possible: false,
      reason_code: 'NO_REEFER_SERVICE',
      reason: 'no reefer service',
    });
    expect(r.corridors!.find((row) => row.group === 'erenhot-rail')).toMatchObject({
      possible: true,
    });
  });

  it('modes: a corridor whose mode is not allowed says so', () => {
    const r = planner.compare(
      ask({ shipment: { feu: 1 }, constraints: { modes: ['rail', 'road', 'sea'] } }),
    );
    checkAgreement(r);
    expect(r.corridors!.find((row) => row.group === 'air-beijing')).toMatchObject({
      possible: false,
      reason_code: 'MODE_NOT_ALLOWED',
      reason_params: { mode: 'air' },
    });
  });

  it('avoided countries: the corridors through Mongolia name it', () => {
    const r = planner.compare(
      ask({ shipment: { feu: 1 }, constraints: { avoid_countries: ['MN'] } }),
    );
    checkAgreement(r);
    const row = r.corridors!.find((x) => x.group === 'erenhot-rail')!;
    expect(row).toMatchObject({ possible: false, reason_code: 'AVOIDED' });
    expect(row.reason_params?.['avoided']).toContain('MN');
  });

  it('plan answers label their routes but carry no comparison rows', () => {
    const r = planner.plan(ask({ shipment: { feu: 1 } }));
    expect(r.corridors).toBeUndefined();
    expect(r.routes.length).toBeGreaterThan(0);
    for (const route of r.routes) expect(route.corridor.group).toBeTruthy();
  });

  it('a corridor that only detours is left out of the comparison and its row says so', () => {
    const q = RouteQuery.parse({
      from: 'Chifeng',
      to: 'Ulaanbaatar',
      depart: '2026-12-01',
      shipment: { feu: 1 },
      objective: 'cost',
    });
    const r = planner.compare(q);
    checkAgreement(r);
    // the truck to Erenhot and the train on is the Erenhot rail corridor: the crossing names it
    expect(r.corridors!.find((row) => row.group === 'erenhot-rail')).toMatchObject({
      possible: true,
    });
    expect(r.corridors!.filter((row) => row.group.startsWith('other:'))).toEqual([]);
    // through Manzhouli and Russia the truck runs 2,988 km for 1,129: no longer in the comparison
    for (const route of r.routes) expect(route.distance_km).toBeLessThan(2 * 1129 + 200);
    // a made-up detour of a named corridor, beaten on everything by the best route
    const best = r.routes[0]!;
    const detour = structuredClone(best);
    detour.id = 'detour';
    detour.corridor = { ...detour.corridor, group: 'manzhouli-road', short: 'Manzhouli road' };
    detour.distance_km = 3000;
    detour.cost.total_usd += 100;
    detour.co2e_kg += 100;
    const { kept, detours } = withoutDetours([best, detour]);
    expect(kept.map((x) => x.id)).toEqual([best.id]);
    const rows = corridorRows(network, q, { fromCountry: 'CN', toCountry: 'MN' }, kept, detours);
    expect(rows.find((row) => row.group === 'manzhouli-road')).toMatchObject({
      possible: false,
      reason_code: 'DETOUR',
      reason_params: { distance_km: 3000, direct_km: 1129 },
    });
    // the corridor that beats it, named in both languages (the Chinese page words it from better_zh)
    const why = rows.find((row) => row.group === 'manzhouli-road')!.reason_params!;
    expect(why['better']).toBe(best.corridor.short);
    expect(why['better_zh']).toBe(best.corridor.short_zh);
    expect(why['better_zh']).toMatch(/[\u4e00-\u9fff]/);
    // by sea a long way round is no detour: a route with a sea leg is kept
    detour.legs = [{ ...detour.legs[0]!, mode: 'sea' }];
    expect(withoutDetours([best, detour]).kept).toHaveLength(2);
  });
});
