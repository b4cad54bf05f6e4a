/**
 * Where an experiment's replications run: in this thread (one planner, route options shared by all
 * cells), on a pool of worker threads, or (jobs/redis-executor.ts) on workers of a Redis queue. Each
 * hands results back as they come; the caller writes them, so any order gives the same tables.
 */
import type { Network } from '../model/index.ts';
import { type ReplicationResult } from '../simulation/index.ts';
import type { WorkUnit } from './layout.ts';
export interface UnitExecutor {
    /** replications it runs at once */
    readonly slots: number;
    run(units: readonly WorkUnit[], onResult: (unit: WorkUnit, result: ReplicationResult) => Promise<void>): Promise<void>;
    close(): Promise<void>;
}
export declare function inThreadExecutor(network: Network): UnitExecutor;
/** Runs `task` over `items` with at most `slots` at once; the first failure stops the rest. */
export declare function runLimited<T>(items: readonly T[], slots: number, task: (item: T) => Promise<void>): Promise<void>;
export declare function poolExecutor(network: Network, workers: number): UnitExecutor;
//# sourceMappingURL=executors.d.ts.map