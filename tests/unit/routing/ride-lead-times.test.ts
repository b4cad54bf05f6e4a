/**
 * One rule for special cargo's lead times (docs/decisions.md C14): which permits and approvals a ride
 * i→j needs and which of them holds it is `rideLeadTimes` over the countries of the stops it touches.
 * The search reads its hours from a per-stop table (`hopLeadH`); here that table gives, for every
 * ride of every service of the built-in network, what the rule gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext, rideLeadTimes } from '../../../src/costing/index.ts';
import { RouteQuery, type Network } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { createSearchContext, hopLeadH, hopLeadTimes } from '../../../src/routing/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  ({ network, planner } = await loadBuiltIn());
});

const CARGO = [
  ['oversize'],
  ['dangerous_goods'],
  ['dangerous_goods', 'lithium_batteries'],
  ['lithium_batteries', 'oversize'],
];

describe('rideLeadTimes, the search and the itinerary agree', () => {
  it('the search’s lead of every ride is the rule’s, and the binding entries are its longest', () => {
    const index = planner.index;
    let held = 0;
    for (const cargo of CARGO) {
      const q = RouteQuery.parse({
        from: 'Baotou',
        to: 'Duisburg',
        shipment: { feu: 1, cargo, ...(cargo.includes('dangerous_goods') ? { dg_class: 3 } : {}) },
      });
      const cost = createCostContext(network.manifest, q);
      const ctx = createSearchContext(index, cost, { bookedAtH: 0 });
      index.services.forEach((si, s) => {
        for (let i = 0; i < si.stops.length; i++)
          for (let j = i + 1; j < si.stops.length; j++) {
            const rule = hopLeadTimes(ctx, s, i, j);
            expect(hopLeadH(ctx, s, i, j), `${si.service.id} ${i}→${j} ${cargo}`).toBe(rule.hours);
            const longest = Math.max(0, ...rule.entries.map((r) => r.value));
            expect(rule.hours).toBe(longest);
            expect(rule.binding.every((r) => r.value === longest)).toBe(true);
            expect(rule.binding.length > 0).toBe(longest > 0);
            if (rule.hours > 0) held++;
          }
      });
    }
    // the built-in network files lead times for these flags: some rides are held
    expect(held).toBeGreaterThan(0);
  });

  it('a ride touching two countries needs the entries of both, and the longest binds', () => {
    const q = RouteQuery.parse({
      from: 'Baotou',
      to: 'Duisburg',
      shipment: { feu: 1, cargo: ['oversize'] },
    });
    const cost = createCostContext(network.manifest, q);
    const filed = (network.manifest.special_cargo_lead_times ?? []).filter(
      (r) => r.mode === 'road' && r.cargo === 'oversize' && r.country !== undefined,
    );
    const countries = [...new Set(filed.map((r) => r.country!))];
    expect(countries.length).toBeGreaterThan(0);
    const all = rideLeadTimes('road', cost, countries);
    for (const c of countries) {
      const one = rideLeadTimes('road', cost, [c]);
      expect(all.hours).toBeGreaterThanOrEqual(one.hours);
      for (const r of one.entries) expect(all.entries).toContain(r);
    }
    expect(all.binding.map((r) => r.value)).toEqual(
      all.binding.map(() => Math.max(...all.entries.map((r) => r.value))),
    );
  });
});
