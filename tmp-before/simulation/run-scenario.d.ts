/**
 * Runs every replication of a scenario in this thread and aggregates them. Each replication gets a
 * fresh option cache and draws from its own seed, so results do not depend on the order or the
 * thread replications run in (the worker pool gives the same numbers).
 */
import type { Network } from '../model/index.ts';
import { type OptionProvider } from './engine.ts';
import { type ProviderSpec } from './provider-spec.ts';
import { type PlannerLike } from './planner-provider.ts';
import type { SimulationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
export interface RunOptions {
    /** route options from the planner (usual) or a fixed list (tests, what-if on given routes) */
    planner?: PlannerLike;
    provider?: ProviderSpec;
    onProgress?: (done: number, total: number) => void;
    /** route options shared across runs (see ReplicationInput.sharedCache); one per planner and network */
    cache?: Map<string, readonly RouteOption[]>;
    /** build each replication's research tables (ReplicationResult.tables) */
    tables?: boolean;
}
export declare function providerFor(network: Network, scenario: Scenario, opts: {
    planner?: PlannerLike | undefined;
    provider?: ProviderSpec | undefined;
}): OptionProvider;
export declare function runScenario(network: Network, scenario: Scenario, opts: RunOptions): SimulationResult;
//# sourceMappingURL=run-scenario.d.ts.map