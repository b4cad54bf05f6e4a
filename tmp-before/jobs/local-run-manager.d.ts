/**
 * The in-process run manager (the default: no Redis): a FIFO of replications fed to `slots`
 * executors, so the pool only ever holds the replications in flight (one abort listener each: no
 * listener piles up however many runs wait). Caps bound queued + running replications globally and
 * per client; finished runs are forgotten `finishedTtlMs` after they finish, never before.
 */
import { type ReplicationResult, type Scenario } from '../simulation/index.ts';
import { type RunLimits, type RunManager } from './run-manager.ts';
/** Runs one replication of a scenario on a network; rejects when `signal` aborts. */
type ReplicationExecutor = (network: string, scenario: Scenario, replication: number, signal: AbortSignal) => Promise<ReplicationResult>;
export interface LocalRunManagerOptions {
    execute: ReplicationExecutor;
    /** replications run at once (the executor's threads) */
    slots: number;
    limits?: Partial<RunLimits>;
    /** the clock (tests move it to expire runs) */
    now?: () => number;
}
export declare function createLocalRunManager(opts: LocalRunManagerOptions): RunManager;
export {};
//# sourceMappingURL=local-run-manager.d.ts.map