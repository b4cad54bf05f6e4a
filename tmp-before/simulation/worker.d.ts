import type { Network } from '../model/index.ts';
import type { ProviderSpec } from './provider-spec.ts';
import type { ReplicationResult } from './result.ts';
import { type RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
export interface WorkerData {
    network: Network;
    provider: ProviderSpec;
    /** route options by cache key, asked before the pool started */
    cache: [string, readonly RouteOption[]][];
    /** build each replication's research tables */
    tables?: boolean;
}
/**
 * a replication, or a warm-up that holds the thread `holdMs` and answers its id (ReplicationPool.ready);
 * a warm-up with a scenario runs one replication of it and discards it (it only warms V8's compiler)
 */
export declare function runTask(task: {
    warmup: true;
    scenario?: Scenario | undefined;
    holdMs: number;
} | {
    scenario: Scenario;
    replication: number;
}): Promise<ReplicationResult | number>;
//# sourceMappingURL=worker.d.ts.map