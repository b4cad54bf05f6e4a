/**
 * Worker-thread entry for the replication pool (piscina). The network, the provider spec and route
 * options already known arrive once as workerData (structured clone keeps the Maps); the planner is
 * compiled once per worker, at load, so a pool's warm-up pays for it before any replication is timed.
 * Each task is one replication of the scenario it carries.
 */
// piscina hands a thread the pool's workerData as the thread's own (node:worker_threads); reading it
// there spares each thread loading piscina's pool code (docs/decisions.md D13)
import { threadId, workerData } from 'node:worker_threads';
import type { Network } from '../model/index.ts';
import { createPlanner } from '../planner/index.ts';
import { runReplication } from './engine.ts';
import type { PlannerLike } from './planner-provider.ts';
import type { ProviderSpec } from './provider-spec.ts';
import type { ReplicationResult } from './result.ts';
import { reviveOption, type RouteOption } from './route-option.ts';
import { providerFor } from './run-scenario.ts';
import type { Scenario } from './scenario.schema.ts';

export interface WorkerData {
  network: Network;
  provider: ProviderSpec;
  /** route options by cache key, asked before the pool started */
  cache: [string, readonly RouteOption[]][];
  /** build each replication's research tables */
  tables?: boolean;
}

const data = workerData as WorkerData;
const planner: PlannerLike | undefined =
  data.provider.kind === 'planner' ? createPlanner(data.network) : undefined;
/**
 * route options are pure in their key (engine.ts), so one cache serves every task of this worker;
 * revived to the shapes this thread's planner makes, so the engine's step loop stays monomorphic
 */
const sharedCache = new Map<string, readonly RouteOption[]>(
  data.cache.map(([key, options]) => [key, options.map(reviveOption)]),
);

/**
 * a replication, or a warm-up that holds the thread `holdMs` and answers its id (ReplicationPool.ready);
 * a warm-up with a scenario runs one replication of it and discards it (it only warms V8's compiler)
 */
export async function runTask(
  task:
    | { warmup: true; scenario?: Scenario | undefined; holdMs: number }
    | { scenario: Scenario; replication: number },
): Promise<ReplicationResult | number> {
  const { network, provider } = data;
  if ('warmup' in task) {
    if (task.scenario)
      runReplication({
        network,
        scenario: task.scenario,
        replication: 0,
        provider: providerFor(network, task.scenario, { planner, provider }),
        sharedCache,
      });
    if (task.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, task.holdMs));
    return threadId;
  }
  const { scenario, replication } = task;
  return runReplication({
    network,
    scenario,
    replication,
    provider: providerFor(network, scenario, { planner, provider }),
    sharedCache,
    ...(data.tables ? { tables: true } : {}),
  });
}
