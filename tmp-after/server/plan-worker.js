/**
 * Worker-thread entry of the planning pool (piscina). The networks arrive once as workerData
 * (structured clone keeps their Maps); each worker compiles its own planners, then answers tasks.
 */
// piscina hands a thread the pool's workerData as the thread's own (node:worker_threads); reading it
// there spares each thread loading piscina's pool code (docs/decisions.md D13)
import { workerData } from 'node:worker_threads';
import { createPlanner } from "../planner/index.js";
import { runMatrixTask } from "../matrix/index.js";
import { runPlanTask } from "./plan-task.js";
const planners = new Map();
for (const network of workerData.networks)
    planners.set(network.manifest.id, createPlanner(network));
export function runTask(task) {
    const planner = planners.get(task.network);
    if (!planner)
        return {
            ok: false,
            code: 'NETWORK_NOT_FOUND',
            message: `no network "${task.network}"`,
            issues: [],
        };
    return runPlanTask(planner, task);
}
/** A slice of a lane matrix (an unknown network was refused before the task was queued). */
export function runMatrix(task) {
    const planner = planners.get(task.network);
    if (!planner)
        throw new Error(`no network "${task.network}"`);
    return runMatrixTask(planner, task);
}
//# sourceMappingURL=plan-worker.js.map