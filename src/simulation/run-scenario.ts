/**
 * Runs every replication of a scenario in this thread and aggregates them. Each replication gets a
 * fresh option cache and draws from its own seed, so results do not depend on the order or the
 * thread replications run in (the worker pool gives the same numbers).
 */
import type { Network } from '../model/index.ts';
import { aggregate } from './aggregate.ts';
import { runReplication, type OptionProvider } from './engine.ts';
import { fixedOptionsProvider, type ProviderSpec } from './provider-spec.ts';
import { plannerProvider, type PlannerLike } from './planner-provider.ts';
import type { ReplicationResult, SimulationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';

export interface RunOptions {
  /** route options from the planner (usual) or a fixed list (tests, what-if on given routes) */
  planner?: PlannerLike;
  provider?: ProviderSpec;
  onProgress?: (done: number, total: number) => void;
  /** route options shared across runs (see ReplicationInput.sharedCache); one per planner and network */
  cache?: Map<string, readonly RouteOption[]>;
  /** build each replication's research tables (ReplicationResult.tables) */
  tables?: boolean;
}

export function providerFor(
  network: Network,
  scenario: Scenario,
  opts: { planner?: PlannerLike | undefined; provider?: ProviderSpec | undefined },
): OptionProvider {
  if (opts.provider?.kind === 'fixed') return fixedOptionsProvider(opts.provider);
  if (!opts.planner) throw new Error('runScenario: give a planner or a fixed provider');
  return plannerProvider(opts.planner, network, scenario);
}

export function runScenario(
  network: Network,
  scenario: Scenario,
  opts: RunOptions,
): SimulationResult {
  const reps: ReplicationResult[] = [];
  const sharedCache = opts.cache ?? new Map<string, readonly RouteOption[]>();
  for (let r = 0; r < scenario.replications; r++) {
    reps.push(
      runReplication({
        network,
        scenario,
        replication: r,
        provider: providerFor(network, scenario, opts),
        sharedCache,
        ...(opts.tables ? { tables: true } : {}),
      }),
    );
    opts.onProgress?.(r + 1, scenario.replications);
  }
  return aggregate(scenario, reps);
}
