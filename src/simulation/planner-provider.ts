/**
 * Route options from the planner: the shipment becomes a RouteQuery from its current terminal, the
 * planner's `plan` gives `alternatives` diverse routes (corridors first) under the conditions of the
 * moment, and they become replayable options. `plan` rather than `compare`: measured on the built-in
 * network, compare (every corridor) takes about 1 s a query against about 0.1 s for plan with 4
 * alternatives, and a closure re-plans anyway, which finds the corridors still open.
 * Bad input (an unknown place, an impossible query) is a scenario error and propagates.
 */
import {
  CorridorError,
  RouteQuery,
  type Conditions,
  type Network,
  type PlanResult,
} from '../model/index.ts';
import { valueOfTimeUsdPerH } from './choice.ts';
import type { OptionProvider } from './engine.ts';
import { routeToOption, type RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';

/** What the simulator needs of the planner (src/planner's Planner satisfies it). */
export interface PlannerLike {
  plan(query: RouteQuery, options?: { now?: Date; conditions?: Conditions }): PlanResult;
  compare(query: RouteQuery, options?: { now?: Date; conditions?: Conditions }): PlanResult;
}

/** how many options on other scheduled services (parallel trains and sailings) are added to the planner's alternatives */
const PARALLEL_OPTIONS = 2;

export function plannerProvider(
  planner: PlannerLike,
  network: Network,
  scenario: Scenario,
): OptionProvider {
  return (request, conditions, nowMs) => {
    const s = request.shipment;
    const query = RouteQuery.parse({
      from: request.from,
      to: request.to,
      depart: new Date(nowMs).toISOString(),
      shipment: {
        ...(s.teu !== undefined ? { teu: s.teu } : {}),
        ...(s.kg !== undefined ? { kg: s.kg } : {}),
        ...(s.pieces !== undefined ? { pieces: s.pieces } : {}),
        cargo: s.cargo,
        regime: s.regime,
        value_usd: s.value_usd,
      },
      objective: 'generalized',
      ...(s.constraints
        ? {
            constraints: request.relaxed
              ? { ...s.constraints, max_transfers: undefined }
              : s.constraints,
          }
        : {}),
      alternatives: scenario.alternatives,
      value_of_time_usd_per_h: valueOfTimeUsdPerH(scenario.choice, s.value_usd),
      carbon_price_usd_per_t: scenario.choice.carbon_price_usd_per_t,
    });
    // a search cut short (time budget, label cap) offers no route; the simulation goes on without it
    const plannedUnder = (within: Conditions): PlanResult['routes'] => {
      try {
        const result = planner.plan(query, { now: new Date(nowMs), conditions: within });
        return result.status === 'ok' ? result.routes : [];
      } catch (error) {
        if (
          error instanceof CorridorError &&
          (error.code === 'SEARCH_ABORTED' || error.code === 'SEARCH_LIMIT')
        )
          return [];
        throw error;
      }
    };
    const options = new Map<string, RouteOption>();
    const take = (routes: PlanResult['routes'], limit: number) => {
      for (const route of [...routes].sort(
        (a, b) => a.generalized_cost_usd - b.generalized_cost_usd,
      )) {
        if (options.size >= limit) break;
        const option = routeToOption(route, network);
        if (!options.has(option.key)) options.set(option.key, option);
      }
    };
    take(plannedUnder(conditions), scenario.alternatives);
    // The planner's alternatives differ by corridor, so a second train on the same corridor (Ulanqab's
    // own Warsaw train beside the Baotou–Duisburg train calling at Ulanqab) never shows up, and its
    // shippers all queue for the first. Ask once more with the scheduled services already offered
    // closed: the answers are the parallel departures a forwarder would book when the first is full.
    const scheduled = [...new Set([...options.values()].flatMap((o) => o.services))].filter(
      (id) => {
        const service = network.services.get(id);
        return (
          service !== undefined &&
          service.schedule.type !== 'on_demand' &&
          service.capacity !== undefined
        );
      },
    );
    if (scheduled.length > 0) {
      const closed = [...new Set([...(conditions.closed_services ?? []), ...scheduled])].sort();
      const before = options.size;
      take(plannedUnder({ ...conditions, closed_services: closed }), before + PARALLEL_OPTIONS);
    }
    return [...options.values()];
  };
}
