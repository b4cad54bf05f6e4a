import type { Network } from '../model/index.ts';
import type { ProviderSpec } from './provider-spec.ts';
import type { ReplicationResult, SimulationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
export interface PoolOptions {
    workers: number;
    /** build each replication's research tables (ReplicationResult.tables) */
    tables?: boolean;
    provider?: ProviderSpec;
    /**
     * Route options already asked of the planner (a RunOptions/SimulateOptions cache): sent to every
     * worker at start, so workers do not repeat those planner queries. Options are pure in their key.
     */
    cache?: ReadonlyMap<string, readonly RouteOption[]>;
}
export interface ParallelOptions extends PoolOptions {
    onProgress?: (done: number, total: number) => void;
}
export interface ReplicationPool {
    readonly workers: number;
    /**
     * resolves when every worker has loaded its code and compiled its planner; given a scenario, each
     * worker also runs a short replication of it (discarded) so V8 has compiled the engine's hot code
     * and the first real replication is not a cold one (a one-time cost, like the planner compile)
     */
    ready(warmWith?: Scenario): Promise<void>;
    /**
     * Runs the scenario's replications; `signal` cancels them: queued ones are dropped, a running one
     * stops with its worker thread (the pool starts a fresh one), and the promise rejects.
     */
    run(scenario: Scenario, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<SimulationResult>;
    /**
     * Runs one replication of the scenario (a job queue feeds the pool one replication at a time, so
     * only the replications in flight hold an abort listener); `signal` stops it with its thread.
     */
    runOne(scenario: Scenario, replication: number, signal?: AbortSignal): Promise<ReplicationResult>;
    destroy(): Promise<void>;
}
export declare function createReplicationPool(network: Network, opts: PoolOptions): ReplicationPool;
/** Runs one scenario on a pool started for it (and closed after). */
export declare function runScenarioParallel(network: Network, scenario: Scenario, opts: ParallelOptions): Promise<SimulationResult>;
//# sourceMappingURL=parallel.d.ts.map