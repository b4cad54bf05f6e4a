/**
 * Where searches run. With workers, uncached searches run on worker threads, so a search of a few
 * hundred milliseconds does not stall the event loop that serves cached answers, lists and health
 * checks; the queue is bounded and a full queue answers 503 BUSY. With 0 workers, in-process.
 */
import { Piscina } from 'piscina';
import { workerFile } from "../lib/worker-file.js";
import { ApiError } from "./api-error.js";
import { runPlanTask, toCorridorError } from "./plan-task.js";
import { runMatrixTask } from "../matrix/index.js";
import { Utf8Answer } from "./response-cache.js";
const asBuffer = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
/** Tasks allowed to wait per worker before new ones are refused. */
const QUEUE_PER_WORKER = 32;
export function createPlanRunner(registry, workers, queuePerWorker = QUEUE_PER_WORKER) {
    const unwrap = (outcome) => {
        if (!outcome.ok)
            throw toCorridorError(outcome);
        // Uint8Arrays once they have crossed between threads: Buffers over the same bytes
        if (outcome.form === undefined)
            return new Utf8Answer(asBuffer(outcome.utf8));
        const { form, bytes } = outcome;
        return new Utf8Answer({ ...form, body: asBuffer(form.body), bytes });
    };
    if (workers <= 0) {
        return {
            run: async (task) => unwrap(runPlanTask(registry.get(task.network).planner, task)),
            runMatrix: async (task) => runMatrixTask(registry.get(task.network).planner, task),
            threads: 0,
            close: async () => undefined,
        };
    }
    const workerData = { networks: registry.list().map((e) => e.network) };
    const pool = new Piscina({
        ...workerFile(import.meta.url, 'plan-worker'),
        name: 'runTask',
        minThreads: workers,
        maxThreads: workers,
        maxQueue: workers * queuePerWorker,
        idleTimeout: Number.POSITIVE_INFINITY,
        workerData,
    });
    const busy = () => new ApiError('BUSY', `the planner queue is full (${pool.queueSize} searches waiting)`, [], {
        'retry-after': '1',
    });
    /** Runs a task on the pool; a full queue is 503 BUSY. */
    const submit = async (task, name) => {
        if (pool.queueSize >= workers * queuePerWorker)
            throw busy();
        try {
            return await pool.run(task, { name });
        }
        catch (error) {
            // piscina's own bound, should it be reached first
            if (error instanceof Error && /queue is at limit/i.test(error.message))
                throw busy();
            throw error;
        }
    };
    return {
        async run(task) {
            registry.get(task.network); // unknown network: 404 here, not in the worker
            return unwrap((await submit(task, 'runTask')));
        },
        async runMatrix(task) {
            registry.get(task.network);
            return (await submit(task, 'runMatrix'));
        },
        threads: workers,
        close: () => pool.destroy(),
    };
}
//# sourceMappingURL=plan-pool.js.map