/**
 * Route options from the planner: the shipment becomes a RouteQuery from its current terminal, the
 * planner's `plan` gives `alternatives` diverse routes (corridors first) under the conditions of the
 * moment, and they become replayable options. `plan` rather than `compare`: measured on the built-in
 * network, compare (every corridor) takes about 1 s a query against about 0.1 s for plan with 4
 * alternatives, and a closure re-plans anyway, which finds the corridors still open.
 * Bad input (an unknown place, an impossible query) is a scenario error and propagates.
 */
import { CorridorError, RouteQuery, } from "../model/index.js";
import { valueOfTimeUsdPerH } from "./choice.js";
import { routeToOption } from "./route-option.js";
/** how many options on other scheduled services (parallel trains and sailings) are added to the planner's alternatives */
const PARALLEL_OPTIONS = 2;
export function plannerProvider(planner, network, scenario) {
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
        const plannedUnder = (within) => {
            try {
                const result = planner.plan(query, { now: new Date(nowMs), conditions: within });
                return result.status === 'ok' ? result.routes : [];
            }
            catch (error) {
                if (error instanceof CorridorError &&
                    (error.code === 'SEARCH_ABORTED' || error.code === 'SEARCH_LIMIT'))
                    return [];
                throw error;
            }
        };
        const options = new Map();
        const take = (routes, limit) => {
            for (const route of [...routes].sort((a, b) => a.generalized_cost_usd - b.generalized_cost_usd)) {
                if (options.size >= limit)
                    break;
                const option = routeToOption(route, network);
                if (!options.has(option.key))
                    options.set(option.key, option);
            }
        };
        take(plannedUnder(conditions), scenario.alternatives);
        // The planner's alternatives differ by corridor, so a second train on the same corridor (Ulanqab's
        // own Warsaw train beside the Baotou–Duisburg train calling at Ulanqab) never shows up, and its
        // shippers all queue for the first. Ask once more with the scheduled services already offered
        // closed: the answers are the parallel departures a forwarder would book when the first is full.
        const scheduled = [...new Set([...options.values()].flatMap((o) => o.services))].filter((id) => {
            const service = network.services.get(id);
            return (service !== undefined &&
                service.schedule.type !== 'on_demand' &&
                service.capacity !== undefined);
        });
        if (scheduled.length > 0) {
            const closed = [...new Set([...(conditions.closed_services ?? []), ...scheduled])].sort();
            const before = options.size;
            take(plannedUnder({ ...conditions, closed_services: closed }), before + PARALLEL_OPTIONS);
        }
        return [...options.values()];
    };
}
//# sourceMappingURL=planner-provider.js.map