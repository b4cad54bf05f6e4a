import { createPlanner } from "../planner/index.js";
import { runScenario } from "./run-scenario.js";
import { runScenarioParallel } from "./parallel.js";
/** Runs a scenario's replications and aggregates them (95 % intervals). */
export async function simulate(network, scenario, opts = {}) {
    const s = {
        ...scenario,
        ...(opts.replications ? { replications: opts.replications } : {}),
        ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    };
    if ((opts.workers ?? 1) > 1)
        return runScenarioParallel(network, s, {
            workers: opts.workers,
            ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
            ...(opts.cache ? { cache: opts.cache } : {}),
            ...(opts.tables ? { tables: true } : {}),
        });
    const planner = opts.planner ?? createPlanner(network);
    return runScenario(network, s, {
        planner,
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
        ...(opts.cache ? { cache: opts.cache } : {}),
        ...(opts.tables ? { tables: true } : {}),
    });
}
//# sourceMappingURL=simulate.js.map