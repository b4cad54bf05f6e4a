/**
 * A ride's special-cargo lead time (docs/decisions.md C14) is worked out once, when the route is
 * built, and carried on its leg (`lead_time`): the timeline's permit wait, the SPECIAL_CARGO_LEAD_TIME
 * notices and the simulator's board steps (`lead_h`) all read that one value. Here, on Baotou →
 * Duisburg of the built-in network for several special cargoes: the leg's value is the rule's for the
 * stops it touches, and each reader says what the leg says; changing the leg changes what they say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext, rideLeadTimes } from '../../../src/costing/index.ts';
import { RouteQuery, type Network, type PlanResult, type Route } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { specialCargoLeadNotices } from '../../../src/planner/special-cargo-notices.ts';
import { routeToOption, type Step } from '../../../src/simulation/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  ({ network, planner } = await loadBuiltIn());
});

const hoursOf = (iso: string): number => Date.parse(iso) / 3_600_000;

const CARGO = [
  ['oversize'],
  ['dangerous_goods'],
  ['dangerous_goods', 'lithium_batteries'],
  ['lithium_batteries', 'oversize'],
];

function planFor(cargo: string[]): { query: RouteQuery; result: PlanResult } {
  const query = RouteQuery.parse({
    from: 'Baotou',
    to: 'Duisburg',
    depart: '2025-03-03',
    objective: 'cost',
    alternatives: 3,
    shipment: { feu: 1, cargo, ...(cargo.includes('dangerous_goods') ? { dg_class: 3 } : {}) },
  });
  return { query, result: planner.plan(query) };
}

const boardSteps = (route: Route) =>
  routeToOption(route, network).steps.filter(
    (s): s is Extract<Step, { kind: 'board' }> => s.kind === 'board',
  );

describe('a leg carries its lead time; the timeline, the notices and the simulator read it', () => {
  it('the leg holds the rule’s permits for the stops it touches, and every reader agrees with it', () => {
    let carried = 0;
    let held = 0;
    let named = 0;
    for (const cargo of CARGO) {
      const { query, result } = planFor(cargo);
      expect(result.status, String(cargo)).toBe('ok');
      const cost = createCostContext(network.manifest, query);
      for (const route of result.routes) {
        const boards = boardSteps(route);
        route.legs.forEach((leg, k) => {
          const rule = rideLeadTimes(
            leg.mode,
            cost,
            [leg.from, ...leg.via, leg.to].map((t) => t.country),
          );
          const lead = leg.lead_time;
          // the rule's answer, as the leg carries it
          expect(lead?.hours ?? 0, `${String(cargo)} ${leg.service_id}`).toBe(rule.hours);
          expect(lead?.permits.map((p) => [p.name, p.hours, p.binding]) ?? []).toEqual(
            rule.entries.map((r) => [r.name, r.value, rule.binding.includes(r)]),
          );
          // the simulator's board step reads the leg
          expect(boards[k]!.service).toBe(leg.service_id);
          expect(boards[k]!.lead_h).toBe(lead === undefined ? undefined : lead.hours);
          if (lead === undefined) return;
          carried++;
          // held: from the cargo's arrival at the stop to the permit, within the leg's wait
          expect(lead.held_h).toBeGreaterThanOrEqual(0);
          expect(lead.held_h).toBeLessThanOrEqual(leg.wait_h + 1e-9);
          const wait = route.timeline.find(
            (t) =>
              t.type === 'wait' &&
              t.service_id === leg.service_id &&
              t.label.startsWith('wait for ') &&
              lead.permits.some((p) => p.binding && t.label.includes(p.name)),
          );
          if (lead.held_h > 0) {
            held++;
            expect(wait).toBeDefined();
            expect(hoursOf(wait!.end) - hoursOf(wait!.start)).toBeCloseTo(lead.held_h, 1);
          } else expect(wait).toBeUndefined();
        });
      }
      // the first route's notices: one per permit its legs carry, with what the leg says
      const first = result.routes[0]!;
      const notices = result.notices.filter((n) => n.code === 'SPECIAL_CARGO_LEAD_TIME');
      const expected = new Map<string, Record<string, unknown>>();
      for (const leg of first.legs)
        for (const p of leg.lead_time?.permits ?? []) {
          const key = `${leg.mode} ${p.cargo} ${p.country ?? ''}`;
          if (expected.has(key)) continue;
          expected.set(key, {
            flag: p.cargo,
            mode: leg.mode,
            permit: p.name,
            country: p.country ?? '',
            hours: p.hours,
            service: leg.service_id,
            held_h: p.binding ? Math.round(leg.lead_time!.held_h * 10) / 10 : 0,
            sources: p.sources,
          });
        }
      named += notices.length;
      expect(notices.map((n) => n.params)).toEqual(
        [...expected.values()].map((e) => expect.objectContaining(e)),
      );
    }
    // the built-in network files lead times for these flags: some legs carry one
    expect(carried).toBeGreaterThan(0);
    expect(held).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(0);
  });

  it('the notices and the board steps take the leg’s value, not one worked out again', () => {
    const { result } = planFor(['dangerous_goods']);
    const route = result.routes[0]!;
    const k = route.legs.findIndex((l) => l.lead_time !== undefined);
    expect(k).toBeGreaterThanOrEqual(0);
    const leg = route.legs[k]!;
    const lead = leg.lead_time!;
    // the same route with this leg's lead time told otherwise: both readers follow the leg
    const told = {
      ...lead,
      hours: lead.hours + 100,
      held_h: lead.held_h + 1.25,
      permits: lead.permits.map((p) => ({ ...p, hours: p.hours + 100, name: `${p.name} (told)` })),
    };
    const changed: Route = {
      ...route,
      legs: route.legs.map((l, i) => (i === k ? { ...l, lead_time: told } : l)),
    };
    expect(boardSteps(changed)[k]!.lead_h).toBe(lead.hours + 100);
    const notice = specialCargoLeadNotices(changed).find((n) =>
      String(n.params['permit']).endsWith('(told)'),
    );
    expect(notice).toBeDefined();
    expect(notice!.params['hours']).toBe(lead.permits[0]!.hours + 100);
    expect(notice!.params['held_h']).toBe(Math.round((lead.held_h + 1.25) * 10) / 10);
    // without it, neither names a permit nor holds the ride
    const none: Route = {
      ...route,
      legs: route.legs.map(({ lead_time: _lead, ...l }) => l),
    };
    expect(specialCargoLeadNotices(none)).toEqual([]);
    expect(boardSteps(none).every((s) => s.lead_h === undefined)).toBe(true);
  });
});
