import { aggregate } from "./aggregate.js";
import { runReplication } from "./engine.js";
import { fixedOptionsProvider } from "./provider-spec.js";
import { plannerProvider } from "./planner-provider.js";
export function providerFor(network, scenario, opts) {
    if (opts.provider?.kind === 'fixed')
        return fixedOptionsProvider(opts.provider);
    if (!opts.planner)
        throw new Error('runScenario: give a planner or a fixed provider');
    return plannerProvider(opts.planner, network, scenario);
}
export function runScenario(network, scenario, opts) {
    const reps = [];
    const sharedCache = opts.cache ?? new Map();
    for (let r = 0; r < scenario.replications; r++) {
        reps.push(runReplication({
            network,
            scenario,
            replication: r,
            provider: providerFor(network, scenario, opts),
            sharedCache,
            ...(opts.tables ? { tables: true } : {}),
        }));
        opts.onProgress?.(r + 1, scenario.replications);
    }
    return aggregate(scenario, reps);
}
//# sourceMappingURL=run-scenario.js.map