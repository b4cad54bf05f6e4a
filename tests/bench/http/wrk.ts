/**
 * wrk (the Debian package `wrk`, C with LuaJIT) as a load generator. On this 2-core machine
 * autocannon parses every answer in JavaScript and takes most of a core, which caps what any server
 * can show; wrk needs a fraction of that. The workload becomes a generated Lua script whose `done`
 * prints the totals and latency percentiles as one JSON line, so nothing depends on wrk's text layout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failureKinds, type LoadResult } from './load-result.ts';
import { UNIQUE, type Workload } from './workload.ts';

const RESULT_MARK = 'WRK_RESULT ';

/** wrk's version line, or undefined when `wrk` is not on the PATH. */
function findWrk(): string | undefined {
  const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (r.error) return undefined;
  return /wrk [^\s]+/.exec(`${r.stdout}${r.stderr}`)?.[0] ?? 'wrk';
}

/**
 * wrk, installed from Debian when it is missing and this process may install packages (root with
 * apt-get, as in CI): the throughput targets are meant to be measured with it. BENCH_INSTALL_WRK=0
 * turns the install off. Returns the version line and whether this run installed it, or undefined
 * when wrk is still missing (the caller falls back to autocannon and says so).
 */
export function ensureWrk(): { version: string; installed: boolean } | undefined {
  const found = findWrk();
  if (found !== undefined) return { version: found, installed: false };
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  if (!root || apt.error || process.env['BENCH_INSTALL_WRK'] === '0') return undefined;
  console.error('bench: wrk not found; installing Debian package wrk (BENCH_INSTALL_WRK=0 skips)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', 'wrk'], { env, stdio: 'inherit' }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
    install();
  }
  const version = findWrk();
  return version === undefined ? undefined : { version, installed: true };
}

/** A Lua long string holding `s` verbatim (no escapes to get wrong, UTF-8 passes as bytes). */
function luaString(s: string): string {
  let eq = '=';
  while (s.includes(`]${eq}]`)) eq += '=';
  return `[${eq}[${s}]${eq}]`;
}

const luaList = (xs: string[]) => `{\n${xs.map((x) => `  ${luaString(x)},`).join('\n')}\n}`;

/**
 * Counting answers by status needs a `response` callback, which makes wrk hand every answer to Lua
 * and lowers what it can send: only runs that ask for the counts (the soak) pay for it.
 */
const STATUS_COUNTING = `
statuses = {}
response = function(status, headers, body)
  if status >= 400 then statuses[status] = (statuses[status] or 0) + 1 end
end
`;

/** The Lua script that sends `w` (see workload.ts for the request sequence). */
function wrkScript(w: Workload, countStatuses: boolean): string {
  const common = `
wrk.headers["accept-encoding"] = "gzip"
local created = 0
local threads = {}
function setup(thread)
  thread:set("tid", created)
  created = created + 1
  table.insert(threads, thread)
end
${countStatuses ? STATUS_COUNTING : ''}
local function failed_statuses()
  local parts = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if type(s) == "table" then
      for code, n in pairs(s) do parts[code] = (parts[code] or 0) + n end
    end
  end
  local out = {}
  for code, n in pairs(parts) do table.insert(out, string.format('"%d":%d', code, n)) end
  return "{" .. table.concat(out, ",") .. "}"
end
local nthreads = 1
function init(args)
  nthreads = tonumber(args[1]) or 1
end
local counter = 0
local function next_index()
  local n = counter * nthreads + (tid or 0)
  counter = counter + 1
  return n
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('${RESULT_MARK}{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,"socket_errors":%d,"timeouts":%d,"statuses":%s}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout, e.timeout, failed_statuses()))
end
`;
  switch (w.kind) {
    case 'get':
      return `${common}
local paths = ${luaList(w.paths)}
request = function()
  return wrk.format("GET", paths[next_index() % #paths + 1])
end
`;
    case 'post':
      return `${common}
wrk.headers["content-type"] = "application/json"
local bodies = ${luaList(w.bodies)}
request = function()
  return wrk.format("POST", ${luaString(w.path)}, nil, bodies[next_index() % #bodies + 1])
end
`;
    case 'post-unique': {
      // uniqueKg and uniqueValueUsd of workload.ts, in Lua
      const kg = `n * ${UNIQUE.KG_STEP} % ${UNIQUE.KG_SPAN} + ${UNIQUE.KG_BASE}`;
      return `${common}
wrk.headers["content-type"] = "application/json"
local templates = ${luaList(w.templates)}
request = function()
  local n = next_index() + ${w.offset}
  local body = string.format(templates[n % #templates + 1], ${kg}, n + ${UNIQUE.VALUE_BASE})
  return wrk.format("POST", ${luaString(w.path)}, nil, body)
end
`;
    }
  }
}

export interface WrkOptions {
  url: string;
  seconds: number;
  connections: number;
  threads: number;
  /** count failed answers by status (slows wrk down; see STATUS_COUNTING) */
  countStatuses?: boolean;
}

/** Runs wrk for `seconds` with the workload's script; rejects when wrk fails or prints no result. */
export function runWrk(w: Workload, opts: WrkOptions): Promise<LoadResult> {
  const script = join(mkdtempSync(join(tmpdir(), 'corridor-wrk-')), 'workload.lua');
  writeFileSync(script, wrkScript(w, opts.countStatuses === true));
  const args = [
    `-t${opts.threads}`,
    `-c${Math.max(opts.connections, opts.threads)}`,
    `-d${opts.seconds}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    opts.url,
    '--',
    String(opts.threads),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || line === undefined) {
        reject(new Error(`wrk ${args.join(' ')} exited ${code}: ${err || out}`.slice(0, 2000)));
        return;
      }
      const r = JSON.parse(line.slice(RESULT_MARK.length)) as {
        requests: number;
        duration_us: number;
        p50_us: number;
        p99_us: number;
        non2xx: number;
        socket_errors: number;
        timeouts: number;
        statuses: Record<string, number>;
      };
      resolve({
        tool: 'wrk',
        requests: r.requests,
        rps: r.requests / (r.duration_us / 1e6),
        p50Ms: r.p50_us / 1000,
        p99Ms: r.p99_us / 1000,
        failures: r.non2xx + r.socket_errors,
        failuresByKind: failureKinds(r.statuses, r.socket_errors - r.timeouts, r.timeouts),
      });
    });
  });
}
