/**
 * Memory soak (issue 16): `corridor serve` saturated with varied route queries, every one new to the
 * server (the answer caches fill and keep evicting), for BENCH_SOAK_S seconds (default 600) after
 * BENCH_SOAK_WARMUP_S (default 60) of the same load. The server's resident memory is sampled every
 * BENCH_SOAK_SAMPLE_S (default 5) seconds; the target is RSS at the end within 10 % of RSS after
 * warm-up, beside the peak and the trend over the samples, with no failed request.
 * The load generator is wrk when installed, else autocannon (said in the output).
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chooseTools, runLoad, type LoadSettings } from '../http/load-generators.ts';
import { describeFailures } from '../http/load-result.ts';
import { buildRouteQueries } from '../http/route-queries.ts';
import { rssMb, startCorridor, stopGracefully } from '../http/server-process.ts';
import { describeWorkload, type Workload } from '../http/workload.ts';

const SOAK_S = Number(process.env['BENCH_SOAK_S'] ?? 600);
const WARMUP_S = Number(process.env['BENCH_SOAK_WARMUP_S'] ?? 60);
const SAMPLE_S = Number(process.env['BENCH_SOAK_SAMPLE_S'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_HTTP_CONNECTIONS'] ?? 32);
const WRK_THREADS = Number(process.env['BENCH_WRK_THREADS'] ?? 1);
const MAX_GROWTH = 0.1;

const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Least-squares slope of the samples, in MB per minute: a leak shows as a steady rise. */
function slopePerMinute(samples: { t: number; mb: number }[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mt = samples.reduce((s, x) => s + x.t, 0) / n;
  const mm = samples.reduce((s, x) => s + x.mb, 0) / n;
  const num = samples.reduce((s, x) => s + (x.t - mt) * (x.mb - mm), 0);
  const den = samples.reduce((s, x) => s + (x.t - mt) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

export async function run(): Promise<string> {
  const loadAtStart = loadavg();
  const choice = chooseTools(process.env['BENCH_HTTP_TOOLS'] ?? 'wrk');
  const tool = choice.tools[0] ?? 'autocannon';
  const server = await startCorridor();
  const pid = server.child.pid ?? 0;
  const lines: string[] = [];
  try {
    const queries = await buildRouteQueries(server.url);
    const rssAtStart = rssMb(pid);
    const load = (offset: number): Workload => ({
      kind: 'post-unique',
      path: '/api/v1/routes',
      templates: queries.templates,
      offset,
    });
    const settings: LoadSettings = {
      seconds: WARMUP_S,
      connections: CONNECTIONS,
      threads: 1,
      countStatuses: true,
    };
    const warm = await runLoad(tool, server.url, load(0), { ...settings, threads: WRK_THREADS });
    const rssAfterWarmup = rssMb(pid);

    const samples: { t: number; mb: number }[] = [];
    const started = performance.now();
    const sampler = setInterval(
      () => samples.push({ t: (performance.now() - started) / 1000, mb: rssMb(pid) }),
      SAMPLE_S * 1000,
    );
    // offset past every warm-up request: the soak's queries are new too
    const soak = await runLoad(tool, server.url, load(1_000_000_000), {
      ...settings,
      seconds: SOAK_S,
      threads: WRK_THREADS,
    }).finally(() => clearInterval(sampler));
    const rssEnd = rssMb(pid);
    const growth = (rssEnd - rssAfterWarmup) / rssAfterWarmup;
    const peak = Math.max(rssEnd, ...samples.map((s) => s.mb));
    const every = Math.max(1, Math.ceil(samples.length / 20));
    // the heap rises and falls by a hundred MB between collections, so one sample at each end says
    // little: the first and last minute's mean and peak show whether the band itself moves
    const perMinute = Math.max(1, Math.round(60 / SAMPLE_S));
    const band = (xs: { mb: number }[]) =>
      `mean ${fmt(xs.reduce((a, x) => a + x.mb, 0) / Math.max(1, xs.length), 0)} MB, peak ${fmt(Math.max(...xs.map((x) => x.mb)), 0)} MB`;

    lines.push(
      `memory soak: ${choice.note}; ${CONNECTIONS} connections; ${describeWorkload(load(0))}; ${queries.templates.length} origin/destination pairs`,
      `machine: ${cpus().length} cores, load average ${loadAtStart.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the start, ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} at the end`,
      '',
      '| phase | s | requests | req/s | p99 ms | failures | failed answers by kind |',
      '|---|---:|---:|---:|---:|---:|---|',
      `| warm-up | ${WARMUP_S} | ${fmt(warm.requests)} | ${fmt(warm.rps)} | ${fmt(warm.p99Ms, 1)} | ${warm.failures} | ${describeFailures(warm)} |`,
      `| soak | ${SOAK_S} | ${fmt(soak.requests)} | ${fmt(soak.rps)} | ${fmt(soak.p99Ms, 1)} | ${soak.failures} | ${describeFailures(soak)} |`,
      '',
      `resident memory (server process, search threads included): ${fmt(rssAtStart, 1)} MB after start, ${fmt(rssAfterWarmup, 1)} MB after warm-up, ${fmt(rssEnd, 1)} MB at the end (${growth >= 0 ? '+' : ''}${fmt(growth * 100, 1)} %), peak ${fmt(peak, 1)} MB, trend ${fmt(slopePerMinute(samples), 1)} MB/min over ${samples.length} samples`,
      `samples every ${SAMPLE_S * every} s (MB): ${samples
        .filter((_, i) => i % every === 0)
        .map((s) => fmt(s.mb, 0))
        .join(', ')}`,
      `first minute of the soak: ${band(samples.slice(0, perMinute))}; last minute: ${band(samples.slice(-perMinute))} (information: the target is the line below)`,
      `target: RSS after warm-up grows < ${fmt(MAX_GROWTH * 100)} % with no failed request: ${growth < MAX_GROWTH && soak.failures === 0 && warm.failures === 0 ? 'met' : '**NOT met**'}`,
    );
  } finally {
    const exit = await stopGracefully(server);
    lines.push(
      `graceful shutdown on SIGTERM: exit code ${exit === null ? 'none (killed after 15 s)' : exit}`,
    );
  }
  return lines.join('\n');
}

// run directly: node --import tsx tests/bench/suites/http-soak.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().then(
    (s) => console.log(s),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
