/**
 * Simulation benchmark: one simulated year of the 2024 baseline scaled to about 100,000 shipments on the
 * built-in network, per replication (target ≤ 2 s), and the speed-up of replications on 2 worker threads
 * over 1 (target ≥ 1.7×). Prints what it measured, including the cold first replication (planner queries).
 */
import { join } from 'node:path';
import { createPlanner, loadScenario, NETWORKS_DIR, openNetwork, runReplication, plannerProvider, runScenarioParallel, type RouteOption } from '../../../src/index.ts';

const TARGET_SHIPMENTS = 100_000;

export async function run(): Promise<string> {
  const network = await openNetwork(join(NETWORKS_DIR, 'inner-mongolia'));
  const base = await loadScenario(join(NETWORKS_DIR, 'inner-mongolia', 'scenarios', 'baseline-2024.yaml'), { network });
  const planner = createPlanner(network);
  const cache = new Map<string, readonly RouteOption[]>();
  // first pass at scale 1 to learn how many shipments a year the baseline makes
  const probe = runReplication({ network, scenario: base, replication: 0, provider: plannerProvider(planner, network, base), sharedCache: cache });
  const scale = TARGET_SHIPMENTS / probe.kpis.shipments;
  const scenario = { ...base, demand: { ...base.demand, scale: base.demand.scale * scale } };
  const provider = plannerProvider(planner, network, scenario);
  const lines: string[] = [`simulation: baseline-2024 × ${scale.toFixed(2)} demand, 365 days`];
  const timed = (replication: number) => {
    const t = performance.now();
    const r = runReplication({ network, scenario, replication, provider, sharedCache: cache });
    return { ms: performance.now() - t, r };
  };
  const cold = timed(0);
  lines.push(`  cold replication (planner queries ${cold.r.kpis.planner_calls}): ${cold.ms.toFixed(0)} ms, ${cold.r.kpis.shipments} shipments`);
  const warm = [timed(1), timed(2), timed(3)];
  const warmMs = warm.map((w) => w.ms).sort((a, b) => a - b);
  const median = warmMs[1]!;
  lines.push(`  warm replications: ${warmMs.map((m) => m.toFixed(0)).join(' / ')} ms (median ${median.toFixed(0)} ms; target ≤ 2000 ms): ${median <= 2000 ? 'MET' : 'NOT MET'}`);
  lines.push(`  per replication: ${warm[0]!.r.kpis.shipments} shipments, ${warm[0]!.r.kpis.delivered_shipments} delivered, live planner queries ${warm[0]!.r.kpis.planner_calls}`);
  const reps = 6;
  const pooled = async (workers: number) => {
    const t = performance.now();
    await runScenarioParallel(network, { ...scenario, replications: reps }, { workers });
    return performance.now() - t;
  };
  const one = await pooled(1);
  const two = await pooled(2);
  const ratio = one / two;
  lines.push(`  ${reps} replications on worker threads (wall clock, each worker starts tsx, compiles the planner and asks its own planner queries):`);
  lines.push(`    1 worker ${one.toFixed(0)} ms, 2 workers ${two.toFixed(0)} ms: ${ratio.toFixed(2)}× (target ≥ 1.7×): ${ratio >= 1.7 ? 'MET' : 'NOT MET'}`);
  return lines.join('\n');
}
