/**
 * Worker-thread entry for the replication pool (piscina). The network, scenario and provider spec
 * arrive once as workerData (structured clone keeps the Maps); each task runs one replication. The
 * planner is compiled once per worker, when the first task asks the planner for routes.
 */
import { workerData } from 'piscina';
import type { Network } from '../model/index.ts';
import { createPlanner } from '../planner/index.ts';
import { runReplication } from './engine.ts';
import type { PlannerLike } from './planner-provider.ts';
import type { ProviderSpec } from './provider-spec.ts';
import type { ReplicationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import { providerFor } from './run-scenario.ts';
import type { Scenario } from './scenario.schema.ts';

export interface WorkerData {
  network: Network;
  scenario: Scenario;
  provider: ProviderSpec;
}

const data = workerData as WorkerData;
let planner: PlannerLike | undefined;
/** route options are pure in their key (engine.ts), so one cache serves every task of this worker */
const sharedCache = new Map<string, readonly RouteOption[]>();

function plannerOf(network: Network): PlannerLike {
  planner ??= createPlanner(network);
  return planner;
}

export async function runTask(task: { replication: number }): Promise<ReplicationResult> {
  const { network, scenario, provider } = data;
  const p = provider.kind === 'planner' ? plannerOf(network) : undefined;
  return runReplication({ network, scenario, replication: task.replication, provider: providerFor(network, scenario, { planner: p, provider }), sharedCache });
}
