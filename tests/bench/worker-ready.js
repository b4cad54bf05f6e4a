// Child process of the startup bench, in plain node: starts a one-thread replication pool `runs`
// times and prints, as JSON, the milliseconds until each pool's thread has answered (module load and
// planner compile included). `dist` loads the compiled library (the production path); `src` loads
// the TypeScript through tsx (run this process with --import tsx), as every worker did before the
// build step.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [from = 'dist', runsArg = '5'] = process.argv.slice(2);
const entry = new URL(
  from === 'src' ? '../../src/index.ts' : '../../dist/index.js',
  import.meta.url,
);
const { openNetwork, createReplicationPool } = await import(pathToFileURL(entry.pathname).href);
const network = await openNetwork();
const times = [];
for (let i = 0; i < Number(runsArg); i++) {
  const started = performance.now();
  const pool = createReplicationPool(network, { workers: 1 });
  await pool.ready();
  times.push(performance.now() - started);
  await pool.destroy();
}
console.log(JSON.stringify(times));
