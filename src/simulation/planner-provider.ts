/**
 * Route options from the planner: the shipment becomes a RouteQuery from its current terminal, the
 * planner's `plan` gives `alternatives` diverse routes (corridors first) under the conditions of the
 * moment, and they become replayable options. `plan` rather than `compare`: measured on the built-in
 * network, compare (every corridor) takes about 1 s a query against about 0.1 s for plan with 4
 * alternatives, and a closure re-plans anyway, which finds the corridors still open.
 * Bad input (an unknown place, an impossible query) is a scenario error and propagates.
 */
import { CorridorError, RouteQuery, type Conditions, type Network, type PlanResult } from '../model/index.ts';
import { valueOfTimeUsdPerH } from './choice.ts';
import type { OptionProvider } from './engine.ts';
import { routeToOption, type RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';

/** What the simulator needs of the planner (src/planner's Planner satisfies it). */
export interface PlannerLike {
  plan(query: RouteQuery, options?: { now?: Date; conditions?: Conditions }): PlanResult;
  compare(query: RouteQuery, options?: { now?: Date; conditions?: Conditions }): PlanResult;
}

export function plannerProvider(planner: PlannerLike, network: Network, scenario: Scenario): OptionProvider {
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
      ...(s.constraints ? { constraints: request.relaxed ? { ...s.constraints, max_transfers: undefined } : s.constraints } : {}),
      alternatives: scenario.alternatives,
      value_of_time_usd_per_h: valueOfTimeUsdPerH(scenario.choice, s.value_usd),
      carbon_price_usd_per_t: scenario.choice.carbon_price_usd_per_t,
    });
    const ask = (how: 'plan'): PlanResult['routes'] => {
      try {
        const result = planner[how](query, { now: new Date(nowMs), conditions });
        return result.status === 'ok' ? result.routes : [];
      } catch (error) {
        if (error instanceof CorridorError && (error.code === 'SEARCH_ABORTED' || error.code === 'SEARCH_LIMIT')) return [];
        throw error;
      }
    };
    const routes = ask('plan');
    const options = new Map<string, RouteOption>();
    for (const route of [...routes].sort((a, b) => a.generalized_cost_usd - b.generalized_cost_usd)) {
      const option = routeToOption(route, network);
      if (!options.has(option.key)) options.set(option.key, option);
      if (options.size >= scenario.alternatives) break;
    }
    return [...options.values()];
  };
}
