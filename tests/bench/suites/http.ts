/**
 * HTTP benchmark: autocannon against `corridor serve` in a child process (its own event loop and
 * core) on the built-in network, rate limit off. Route queries warm, then uncached (every query new),
 * then a saturation run (BENCH_HTTP_SECONDS, default 60) that must end with no errors and resident
 * memory within 10% of its level after warm-up. Targets: ≥ 10,000 req/s and p99 ≤ 10 ms warm.
 * The targets of issue 16 (wrk beside autocannon, uncached queries, /places) are in http-throughput.ts;
 * the long memory soak is http-soak.ts.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  recordAnswer,
  rssMb,
  startBare,
  startCorridor,
  startReplay,
  stopGracefully,
  withServer,
} from '../http/server-process.ts';
import { LANE_DESTINATIONS, LANE_OBJECTIVES, LANE_ORIGINS } from '../../support/bench-lanes.ts';

const SATURATION_S = Number(process.env['BENCH_HTTP_SECONDS'] ?? 60);
const MEASURE_S = Number(process.env['BENCH_HTTP_MEASURE_SECONDS'] ?? Math.min(10, SATURATION_S));
const WARMUP_S = Number(process.env['BENCH_HTTP_WARMUP_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_HTTP_CONNECTIONS'] ?? 32);
const TARGET_RPS = 10_000;
const TARGET_P99_MS = 10;

/** The bench lanes' route queries; pairs that do not resolve are dropped, and said so. */
async function buildQueries(url: string): Promise<{ bodies: string[]; dropped: string[] }> {
  const bodies: string[] = [];
  const dropped: string[] = [];
  for (const from of LANE_ORIGINS) {
    for (const to of LANE_DESTINATIONS) {
      const objective = LANE_OBJECTIVES[(bodies.length + dropped.length) % LANE_OBJECTIVES.length];
      const body = JSON.stringify({
        from,
        to,
        depart: '2025-03-03',
        shipment: { feu: 1, kg: 12000, value_usd: 150000 },
        objective,
      });
      const res = await fetch(`${url}/api/v1/routes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (res.status === 200) bodies.push(body);
      else dropped.push(`${from}→${to} (${res.status})`);
      await res.arrayBuffer();
    }
  }
  return { bodies, dropped };
}

function load(
  url: string,
  seconds: number,
  bodies: string[],
  unique = false,
): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: `${url}/api/v1/routes`,
    method: 'POST',
    // as HTTP clients usually do; the server keeps each cached answer's gzip form
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          n++;
          let body = bodies[n % bodies.length] ?? '{}';
          // a distinct declared value makes every query new to the server's answer cache
          if (unique) body = body.replace('"value_usd":150000', `"value_usd":${150000 + n}`);
          return { ...req, body };
        },
      },
    ],
  });
}

const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const failures = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;

function measureCeiling(seconds: number): Promise<autocannon.Result> {
  return withServer(startBare(), (bare) =>
    autocannon({ url: `${bare.url}/`, connections: CONNECTIONS, duration: seconds }),
  );
}

function measureReplay(
  file: string,
  seconds: number,
  bodies: string[],
): Promise<autocannon.Result> {
  return withServer(startReplay(file), (replay) => load(replay.url, seconds, bodies));
}

export async function run(): Promise<string> {
  const loadAtStart = loadavg();
  const ceiling = await measureCeiling(Math.min(5, MEASURE_S));
  const server = await startCorridor();
  const pid = server.child.pid ?? 0;
  const lines: string[] = [];
  try {
    const { bodies, dropped } = await buildQueries(server.url);
    if (bodies.length === 0) throw new Error(`no route query answered 200: ${dropped.join(', ')}`);
    const answer = await recordAnswer(`${server.url}/api/v1/routes`, {
      method: 'POST',
      body: bodies[0] ?? '{}',
    });
    await load(server.url, WARMUP_S, bodies);
    // the replay ceiling and the warm run back to back: this machine's speed drifts within minutes
    const replay = await measureReplay(answer.file, MEASURE_S, bodies);
    const warm = await load(server.url, MEASURE_S, bodies);
    const cold = await load(server.url, Math.min(5, MEASURE_S), bodies, true);
    const rssAfterWarmup = rssMb(pid);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(pid)), 5_000);
    const sat = await load(server.url, SATURATION_S, bodies);
    clearInterval(sampler);
    const rssEnd = rssMb(pid);
    const growth = (rssEnd - rssAfterWarmup) / rssAfterWarmup;

    const row = (name: string, r: autocannon.Result, target: string) =>
      `| ${name} | ${fmt(r.requests.average)} | ${fmt(r.latency.p50, 1)} | ${fmt(r.latency.p99, 1)} | ${failures(r)} | ${target} |`;
    lines.push(
      `HTTP API: autocannon, ${CONNECTIONS} connections, accept-encoding gzip, server in a child process (log level warn, rate limit off), ${bodies.length} distinct POST /api/v1/routes queries on the built-in network`,
    );
    if (dropped.length > 0)
      lines.push(`(pairs without a 200 answer, left out: ${dropped.join(', ')})`);
    lines.push(
      `machine: ${cpus().length} cores, load average ${loadAtStart.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the start`,
    );
    lines.push(
      '',
      '| run | req/s | p50 ms | p99 ms | errors+non-2xx | target |',
      '|---|---:|---:|---:|---:|---|',
    );
    lines.push(
      row(
        `ceiling: bare node:http "ok" (${Math.min(5, MEASURE_S)} s)`,
        ceiling,
        'what this machine and load generator allow now',
      ),
    );
    lines.push(
      row(
        `ceiling: bare node:http replaying one answer (${fmt(answer.bytes)} bytes gzip, ${answer.headerCount} headers; ${MEASURE_S} s)`,
        replay,
        'the same bytes with no framework: what autocannon and this machine allow for this answer',
      ),
    );
    lines.push(
      row(
        `warm (${MEASURE_S} s, repeated queries)`,
        warm,
        `≥ ${fmt(TARGET_RPS)} req/s, p99 ≤ ${TARGET_P99_MS} ms: ${warm.requests.average >= TARGET_RPS && warm.latency.p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}`,
      ),
    );
    lines.push(
      row(
        `uncached (${Math.min(5, MEASURE_S)} s, every query new)`,
        cold,
        'no target (search + serialization per request)',
      ),
    );
    lines.push(
      row(
        `saturation (${SATURATION_S} s)`,
        sat,
        `zero errors: ${failures(sat) === 0 ? 'met' : 'NOT met'}`,
      ),
    );
    lines.push(
      '',
      `warm run ÷ replay ceiling: ${fmt((100 * warm.requests.average) / replay.requests.average, 0)} % of the rate this machine and load generator allow for the same answer`,
    );
    lines.push(
      '',
      `resident memory: ${fmt(rssAfterWarmup, 1)} MB after warm-up, ${fmt(rssEnd, 1)} MB at the end of saturation (${growth >= 0 ? '+' : ''}${fmt(growth * 100, 1)}%; samples ${samples.map((s) => fmt(s, 0)).join(', ')} MB); within 10%: ${Math.abs(growth) <= 0.1 ? 'met' : 'NOT met'}`,
    );
  } finally {
    const exit = await stopGracefully(server);
    lines.push(
      `graceful shutdown on SIGTERM: exit code ${exit === null ? 'none (killed after 15 s)' : exit}`,
    );
  }
  return lines.join('\n');
}

// run directly: node --import tsx tests/bench/suites/http.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().then(
    (s) => console.log(s),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
