import { createPlanner } from "../planner/index.js";
import { createReplicationPool, providerFor, runReplication, } from "../simulation/index.js";
export function inThreadExecutor(network) {
    const planner = createPlanner(network);
    const sharedCache = new Map();
    return {
        slots: 1,
        async run(units, onResult) {
            for (const unit of units) {
                const result = runReplication({
                    network,
                    scenario: unit.scenario,
                    replication: unit.replication,
                    provider: providerFor(network, unit.scenario, { planner }),
                    sharedCache,
                });
                await onResult(unit, result);
            }
        },
        close: async () => { },
    };
}
/** Runs `task` over `items` with at most `slots` at once; the first failure stops the rest. */
export async function runLimited(items, slots, task) {
    let next = 0;
    let failed = false;
    const lane = async () => {
        while (!failed && next < items.length) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, slots) }, lane));
}
export function poolExecutor(network, workers) {
    const pool = createReplicationPool(network, { workers });
    return {
        slots: pool.workers,
        run: (units, onResult) => runLimited(units, pool.workers, async (unit) => onResult(unit, await pool.runOne(unit.scenario, unit.replication))),
        close: () => pool.destroy(),
    };
}
//# sourceMappingURL=executors.js.map