/**
 * Worker-thread entry for the replication pool (piscina). The network, the provider spec and route
 * options already known arrive once as workerData (structured clone keeps the Maps); the planner is
 * compiled once per worker, at load, so a pool's warm-up pays for it before any replication is timed.
 * Each task is one replication of the scenario it carries.
 */
// piscina hands a thread the pool's workerData as the thread's own (node:worker_threads); reading it
// there spares each thread loading piscina's pool code (docs/decisions.md D13)
import { threadId, workerData } from 'node:worker_threads';
import { createPlanner } from "../planner/index.js";
import { runReplication } from "./engine.js";
import { reviveOption } from "./route-option.js";
import { providerFor } from "./run-scenario.js";
const data = workerData;
const planner = data.provider.kind === 'planner' ? createPlanner(data.network) : undefined;
/**
 * route options are pure in their key (engine.ts), so one cache serves every task of this worker;
 * revived to the shapes this thread's planner makes, so the engine's step loop stays monomorphic
 */
const sharedCache = new Map(data.cache.map(([key, options]) => [key, options.map(reviveOption)]));
/**
 * a replication, or a warm-up that holds the thread `holdMs` and answers its id (ReplicationPool.ready);
 * a warm-up with a scenario runs one replication of it and discards it (it only warms V8's compiler)
 */
export async function runTask(task) {
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
        if (task.holdMs > 0)
            await new Promise((resolve) => setTimeout(resolve, task.holdMs));
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
//# sourceMappingURL=worker.js.map