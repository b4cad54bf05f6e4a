/**
 * Runs replications on a pool of worker threads (piscina); the worker is worker.js beside the
 * compiled code, or worker.ts through tsx when run from source (lib/worker-file.ts). A pool is
 * started once (network, provider and any route options already known cross once, as workerData)
 * and can run many scenarios; each task carries only its scenario and replication number. Results
 * are aggregated in replication order, so they equal a run in one thread.
 */
import { Piscina } from 'piscina';
import { workerFile } from "../lib/worker-file.js";
import { aggregate } from "./aggregate.js";
/** days of the warm-up replication: enough shipments for V8 to optimise the engine's loops */
const WARM_UP_DAYS = 60;
/** how long a warm-up task holds its thread, so the next one goes to another thread */
const WARM_UP_HOLD_MS = 20;
/**
 * ICU's time-zone data initialise once per process, on the first Intl.DateTimeFormat given a zone
 * (50 to 120 ms here), and a worker's planner needs them for its timetables. Done on this thread while
 * the new threads load their code, it is off the path of the first thread's start.
 */
function initialiseTimeZoneData() {
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' }).format(0);
}
export function createReplicationPool(network, opts) {
    const workers = Math.max(1, opts.workers);
    const workerData = {
        network,
        provider: opts.provider ?? { kind: 'planner' },
        cache: [...(opts.cache ?? [])],
        tables: opts.tables ?? false,
    };
    const pool = new Piscina({
        ...workerFile(import.meta.url, 'worker'),
        name: 'runTask',
        minThreads: workers,
        maxThreads: workers,
        idleTimeout: 60_000,
        workerData,
    });
    initialiseTimeZoneData();
    // a thread needs holding only when there are others the next warm-up task should go to
    const holdMs = workers > 1 ? WARM_UP_HOLD_MS : 0;
    return {
        workers,
        async ready(warmWith) {
            // warm-up tasks (each holds its thread a moment, when there are several) until every thread has
            // answered: a thread answers only once its module, and so its planner, is loaded
            const scenario = warmWith && {
                ...warmWith,
                horizon: { ...warmWith.horizon, days: Math.min(warmWith.horizon.days, WARM_UP_DAYS) },
            };
            const seen = new Set();
            for (let round = 0; seen.size < workers && round < 50; round++) {
                const ids = await Promise.all(Array.from({ length: workers }, () => pool.run({ warmup: true, scenario, holdMs })));
                for (const id of ids)
                    seen.add(id);
            }
        },
        async run(scenario, onProgress, signal) {
            let done = 0;
            const reps = await Promise.all(Array.from({ length: scenario.replications }, (_, replication) => pool.run({ scenario, replication }, signal ? { signal } : {}).then((r) => {
                onProgress?.(++done, scenario.replications);
                return r;
            })));
            return aggregate(scenario, reps);
        },
        runOne: (scenario, replication, signal) => pool.run({ scenario, replication }, signal ? { signal } : {}),
        destroy: () => pool.destroy(),
    };
}
/** Runs one scenario on a pool started for it (and closed after). */
export async function runScenarioParallel(network, scenario, opts) {
    const pool = createReplicationPool(network, {
        ...opts,
        workers: Math.min(opts.workers, scenario.replications),
    });
    try {
        return await pool.run(scenario, opts.onProgress);
    }
    finally {
        await pool.destroy();
    }
}
//# sourceMappingURL=parallel.js.map