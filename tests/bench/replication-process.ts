/**
 * A child process of the simulation benchmark: loads the built-in network and the 2024 baseline at the
 * demand scale given (argv[2]), runs two untimed replications, then argv[3] timed ones with seed argv[4],
 * and prints their wall-clock milliseconds as JSON. Two of these at once, against one alone, measure
 * how much this machine lets two replications run side by side when they share nothing: the
 * ceiling for the worker pool's ratio.
 */
import { join } from 'node:path';
import {
  createPlanner,
  loadScenario,
  NETWORKS_DIR,
  openNetwork,
  plannerProvider,
  runReplication,
  type RouteOption,
} from '../../src/index.ts';

const [scale, reps, seed] = process.argv.slice(2).map(Number) as [number, number, number];
const network = await openNetwork(join(NETWORKS_DIR, 'inner-mongolia'));
const base = await loadScenario(
  join(NETWORKS_DIR, 'inner-mongolia', 'scenarios', 'baseline-2024.yaml'),
  { network },
);
const scenario = { ...base, seed, demand: { ...base.demand, scale: base.demand.scale * scale } };
const provider = plannerProvider(createPlanner(network), network, scenario);
const cache = new Map<string, readonly RouteOption[]>();
// untimed first: the cold one (planner queries) and one more, as the pools run an untimed round
for (const replication of [reps + 1, reps + 2])
  runReplication({ network, scenario, replication, provider, sharedCache: cache });
// the parent's go line (already waiting in the pipe when children start together) is read here
await new Promise((resolve) => process.stdin.once('data', resolve));
const ms: number[] = [];
for (let r = 1; r <= reps; r++) {
  const t = performance.now();
  runReplication({ network, scenario, replication: r, provider, sharedCache: cache });
  ms.push(performance.now() - t);
}
process.stdout.write(`${JSON.stringify(ms)}\n`);
process.exit(0);
