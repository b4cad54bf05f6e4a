/**
 * Where an experiment's replications run: in this thread (one planner, route options shared by all
 * cells), on a pool of worker threads, or (jobs/redis-executor.ts) on workers of a Redis queue. Each
 * hands results back as they come; the caller writes them, so any order gives the same tables.
 */
import type { Network } from '../model/index.ts';
import { createPlanner } from '../planner/index.ts';
import {
  createReplicationPool,
  providerFor,
  runReplication,
  type ReplicationResult,
  type RouteOption,
} from '../simulation/index.ts';
import type { WorkUnit } from './layout.ts';

export interface UnitExecutor {
  /** replications it runs at once */
  readonly slots: number;
  run(
    units: readonly WorkUnit[],
    onResult: (unit: WorkUnit, result: ReplicationResult) => Promise<void>,
  ): Promise<void>;
  close(): Promise<void>;
}

export function inThreadExecutor(network: Network): UnitExecutor {
  const planner = createPlanner(network);
  const sharedCache = new Map<string, readonly RouteOption[]>();
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
    close: async () => {},
  };
}

/** Runs `task` over `items` with at most `slots` at once; the first failure stops the rest. */
export async function runLimited<T>(
  items: readonly T[],
  slots: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, slots) }, lane));
}

export function poolExecutor(network: Network, workers: number): UnitExecutor {
  const pool = createReplicationPool(network, { workers });
  return {
    slots: pool.workers,
    run: (units, onResult) =>
      runLimited(units, pool.workers, async (unit) =>
        onResult(unit, await pool.runOne(unit.scenario, unit.replication)),
      ),
    close: () => pool.destroy(),
  };
}
