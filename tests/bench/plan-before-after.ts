/**
 * planner.plan of two builds of the planner, measured in one run: `npx tsx
 * tests/bench/plan-before-after.ts <dist-before> <dist-after>`, each a folder that `tsc -p
 * tsconfig.build.json --outDir <folder>` wrote (e.g. from a `git worktree` of the older commit).
 * Each round runs each build in a fresh child process (warm-up, then timed calls), the two one after
 * the other, order alternating, so both see the same machine load; the script prints each build's
 * median per round and the median of the per-round ratios. Both builds plan the same queries on this
 * checkout's built-in network and must give identical answers (stats aside).
 *
 * Child processes rather than both builds in one process: two copies of the planner in one isolate
 * share the garbage collector and the optimiser's budget, and timed that way the build loaded second
 * came out ahead whichever it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const networkDir = fileURLToPath(new URL('../../networks/inner-mongolia/', import.meta.url));
const ROUNDS = Number(process.env['ROUNDS'] ?? 6);
const WARMUP = Number(process.env['WARMUP'] ?? 60);
const REPS = Number(process.env['REPS'] ?? 40);

/** the routing suite's five pairs (2 FEU, cargo value given) and Baotou → Duisburg with 1 FEU */
const QUERIES: Record<string, unknown>[] = [
  ...[
    ['baotou-rail', 'duisburg'],
    ['chifeng-rail', 'moscow'],
    ['ordos-rail', 'ningbo-port'],
    ['hohhot-rail', 'hamburg-port'],
    ['baotou-rail', 'ulaanbaatar'],
  ].map(([from, to]) => ({
    from,
    to,
    shipment: { feu: 2, value_usd: 300_000 },
    depart: '2026-12-01',
  })),
  { from: 'baotou', to: 'duisburg', shipment: { feu: 1 }, depart: '2026-12-01' },
];

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

async function child(dir: string): Promise<void> {
  const model = await import(`${dir}/model/index.js`);
  const net = await import(`${dir}/network/index.js`);
  const { createPlanner } = await import(`${dir}/planner/index.js`);
  const { network } = await net.loadNetwork(networkDir);
  if (!network) throw new Error(`${dir}: the built-in network does not validate`);
  const planner = createPlanner(network);
  const queries = QUERIES.map((raw) => model.RouteQuery.parse(raw));
  const answers = createHash('sha256');
  for (const q of queries) answers.update(JSON.stringify({ ...planner.plan(q), stats: null }));
  for (let i = 0; i < WARMUP; i++) for (const q of queries) planner.plan(q);
  const times: number[] = [];
  for (let i = 0; i < REPS; i++)
    for (const q of queries) {
      const started = performance.now();
      planner.plan(q);
      times.push(performance.now() - started);
    }
  console.log(JSON.stringify({ medianMs: median(times), answers: answers.digest('hex') }));
}

function parent(dirs: string[]): void {
  if (dirs.length !== 2) throw new Error('usage: plan-before-after.ts <dist-before> <dist-after>');
  const self = fileURLToPath(import.meta.url);
  const runChild = (dir: string) =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, self, '--child', dir], {
        encoding: 'utf8',
      }),
    ) as { medianMs: number; answers: string };
  const medians: number[][] = [[], []];
  const ratios: number[] = [];
  const loadStart = loadavg()[0]!;
  for (let r = 0; r < ROUNDS; r++) {
    const got: { medianMs: number; answers: string }[] = [];
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) got[k] = runChild(dirs[k]!);
    if (got[0]!.answers !== got[1]!.answers) throw new Error('the two builds answer differently');
    medians[0]!.push(got[0]!.medianMs);
    medians[1]!.push(got[1]!.medianMs);
    ratios.push(got[0]!.medianMs / got[1]!.medianMs);
  }
  console.log(
    `load average ${loadStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end; ${ROUNDS} rounds, each build in its own process per round: ${QUERIES.length} queries × ${REPS} timed calls after ${WARMUP} warm-up rounds; answers identical`,
  );
  dirs.forEach((d, k) =>
    console.log(
      `  ${d}: planner.plan median ${median(medians[k]!).toFixed(3)} ms (rounds: ${medians[k]!.map((x) => x.toFixed(2)).join(', ')})`,
    ),
  );
  console.log(
    `  before ÷ after, median of the per-round ratios: ${median(ratios).toFixed(2)}× (rounds: ${ratios.map((x) => x.toFixed(2)).join(', ')})`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1]!);
else parent(args);
