/**
 * Runs a scenario's replications on a pool of worker threads (piscina). The worker is a .ts file, so
 * each thread starts with `--import tsx` to load TypeScript; results are aggregated in replication
 * order, so they equal a run in one thread.
 */
import { Piscina } from 'piscina';
import type { Network } from '../model/index.ts';
import { aggregate } from './aggregate.ts';
import type { ProviderSpec } from './provider-spec.ts';
import type { ReplicationResult, SimulationResult } from './result.ts';
import type { Scenario } from './scenario.schema.ts';
import type { WorkerData } from './worker.ts';

export interface ParallelOptions {
  workers: number;
  provider?: ProviderSpec;
  onProgress?: (done: number, total: number) => void;
}

export async function runScenarioParallel(network: Network, scenario: Scenario, opts: ParallelOptions): Promise<SimulationResult> {
  const workers = Math.max(1, Math.min(opts.workers, scenario.replications));
  const workerData: WorkerData = { network, scenario, provider: opts.provider ?? { kind: 'planner' } };
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    name: 'runTask',
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    execArgv: ['--import', 'tsx'],
    workerData,
  });
  let done = 0;
  try {
    const reps = await Promise.all(
      Array.from({ length: scenario.replications }, (_, replication) =>
        (pool.run({ replication }) as Promise<ReplicationResult>).then((r) => {
          opts.onProgress?.(++done, scenario.replications);
          return r;
        }),
      ),
    );
    return aggregate(scenario, reps);
  } finally {
    await pool.destroy();
  }
}
