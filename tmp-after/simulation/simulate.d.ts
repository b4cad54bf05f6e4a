/** simulate: a scenario's replications in this thread or over worker threads, aggregated. */
import type { Network } from '../model/index.ts';
import type { PlannerLike } from './planner-provider.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import type { SimulationResult } from './result.ts';
export interface SimulateOptions {
    /** a planner compiled for this network (one is created when absent) */
    planner?: PlannerLike;
    /** worker threads; 1 runs in this thread */
    workers?: number;
    replications?: number;
    seed?: number;
    onProgress?: (done: number, total: number) => void;
    /** route options shared between runs in this thread (e.g. a sweep) */
    cache?: Map<string, readonly RouteOption[]>;
    /** build the research tables of every replication (writeResults writes them as CSV and Parquet) */
    tables?: boolean;
}
/** Runs a scenario's replications and aggregates them (95 % intervals). */
export declare function simulate(network: Network, scenario: Scenario, opts?: SimulateOptions): Promise<SimulationResult>;
//# sourceMappingURL=simulate.d.ts.map