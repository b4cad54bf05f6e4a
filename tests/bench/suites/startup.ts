/**
 * Start-up benchmark of the production paths, which run the JavaScript that `npm run build` compiles
 * into dist/ (no TypeScript loader). (1) `corridor route` (one query on the built-in network, the whole
 * process) against a bare `node -e ''` start, alternated in the same run; target: median ≤ 5× the bare
 * start. (2) A replication pool's worker thread: from starting a one-thread pool until the thread has
 * loaded its code, compiled its planner and answered; target: median ≤ 300 ms. Both are also timed the
 * way they ran before the build step (TypeScript through tsx), for comparison.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUNS = Number(process.env['BENCH_STARTUP_RUNS'] ?? 7);
const ROUTE = [
  'route',
  '--from',
  'baotou',
  '--to',
  'duisburg',
  '--feu',
  '2',
  '--depart',
  '2026-03-02',
];
const CLI_TARGET = 5;
const WORKER_TARGET_MS = 300;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Wall time of one child process, spawn to exit; throws when it fails. */
function wall(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env },
  });
  const elapsed = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

function workerReady(from: 'dist' | 'src', runs: number): number[] {
  const args = [
    ...(from === 'src' ? ['--import', 'tsx'] : []),
    'tests/bench/worker-ready.js',
    from,
    String(runs),
  ];
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as number[];
}

export async function run(): Promise<string> {
  // measure the code as it is now, built the way `npm install` builds it (tsc, then the bundled
  // worker entries): incremental, so this is quick when dist/ is fresh
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const bare: number[] = [];
  const cli: number[] = [];
  const tsx: number[] = [];
  const tsxCli = `const { runCli } = await import('./src/cli/main.ts'); process.exitCode = await runCli(['node', 'corridor', ...process.argv.slice(1)]);`;
  wall(['bin/corridor.js', ...ROUTE]); // untimed: the file cache warm for every timed run alike
  for (let i = 0; i < RUNS; i++) {
    bare.push(wall(['-e', '']));
    cli.push(wall(['bin/corridor.js', ...ROUTE]));
    if (i < 3) tsx.push(wall(['--import', 'tsx', '--input-type=module', '-e', tsxCli, ...ROUTE]));
  }
  const ratio = median(cli) / median(bare);
  const workers = workerReady('dist', RUNS);
  const workersTsx = workerReady('src', 3);
  const verdict = (met: boolean) => (met ? 'met' : '**not met**');
  return [
    `Start-up, compiled (dist/), medians of ${RUNS} runs alternated in this run (tsx: 3 runs):`,
    '',
    '| what | median | runs | target | |',
    '|---|---:|---|---|---|',
    `| bare \`node -e ''\` | ${ms(median(bare))} | ${bare.map((x) => x.toFixed(0)).join(', ')} | — | ceiling |`,
    `| \`corridor route\` (compiled) | ${ms(median(cli))} | ${cli.map((x) => x.toFixed(0)).join(', ')} | ≤ ${CLI_TARGET}× bare: ${ratio.toFixed(1)}× | ${verdict(ratio <= CLI_TARGET)} |`,
    `| \`corridor route\` through tsx (before) | ${ms(median(tsx))} | ${tsx.map((x) => x.toFixed(0)).join(', ')} | — | ${(median(tsx) / median(bare)).toFixed(1)}× bare |`,
    `| replication worker ready (compiled) | ${ms(median(workers))} | ${workers.map((x) => x.toFixed(0)).join(', ')} | ≤ ${WORKER_TARGET_MS} ms | ${verdict(median(workers) <= WORKER_TARGET_MS)} |`,
    `| replication worker ready through tsx (before) | ${ms(median(workersTsx))} | ${workersTsx.map((x) => x.toFixed(0)).join(', ')} | — | information |`,
  ].join('\n');
}
