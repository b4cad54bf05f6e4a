import { askKeyOf, optionsCacheKey } from "./option-cache.js";
import { choiceOf, flowChoiceSets } from "./flow-choice.js";
import { buildEpochs, conditionsKey, conditionsOf, epochAt, H_PER_DAY } from "./timeline.js";
/**
 * The bookings factor of every flow per epoch (from its first day), or undefined when the scenario
 * has no elasticity. Pure: the provider is asked once per flow and distinct conditions.
 */
export function demandFactors(network, scenario, provider) {
    const elasticity = scenario.demand.elasticity?.value ?? 0;
    if (elasticity === 0 || scenario.demand.flows.length === 0)
        return undefined;
    const epochs = buildEpochs(scenario, network);
    const reference = buildEpochs({ ...scenario, events: [], policies: [] }, network);
    const none = new Set();
    const costsMemo = new Map();
    const costsUnder = (conditions) => {
        const key = conditionsKey(conditions);
        let costs = costsMemo.get(key);
        if (!costs) {
            costs = new Map(flowChoiceSets(network, scenario, provider, conditions).map((set) => [
                set.flow.id,
                choiceOf(scenario.choice, set).expectedCostUsdPerTeu,
            ]));
            costsMemo.set(key, costs);
        }
        return costs;
    };
    const out = {};
    for (const flow of scenario.demand.flows)
        out[flow.id] = [];
    for (const epoch of epochs) {
        const fromDay = Math.floor(epoch.start_h / H_PER_DAY);
        const own = costsUnder(conditionsOf(epoch, none));
        const ref = costsUnder(conditionsOf(reference[epochAt(reference, epoch.start_h)], none));
        for (const flow of scenario.demand.flows) {
            const gc = own.get(flow.id);
            const gcRef = ref.get(flow.id);
            const factor = gc > 0 && gcRef > 0 && Number.isFinite(gc) && Number.isFinite(gcRef)
                ? gc === gcRef
                    ? 1
                    : (gc / gcRef) ** elasticity
                : 1;
            out[flow.id].push({ from_day: fromDay, factor });
        }
    }
    return out;
}
/** The scenario with its demand factors resolved (itself when it has no elasticity). */
export function withDemandFactors(network, scenario, provider) {
    const factors = demandFactors(network, scenario, provider);
    return factors ? { ...scenario, demand: { ...scenario.demand, factors } } : scenario;
}
/**
 * The provider through the engine's shared option cache (same keys as OptionCache), so the choice
 * sets asked for elastic demand are asked once per worker and serve the replication's own questions.
 */
export function cachingProvider(provider, scenario, sharedCache) {
    if (!sharedCache)
        return provider;
    const askKey = askKeyOf(scenario);
    return (request, conditions, nowMs) => {
        const key = optionsCacheKey(askKey, request.from, request.to, request.shipment.class_key, request.relaxed ?? false, conditionsKey(conditions));
        let options = sharedCache.get(key);
        if (!options) {
            options = provider(request, conditions, nowMs);
            sharedCache.set(key, options);
        }
        return options;
    };
}
//# sourceMappingURL=elastic-demand.js.map