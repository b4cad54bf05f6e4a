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
import type { LoadResult } from './load-result.ts';
import { UNIQUE, type Workload } from './workload.ts';

const RESULT_MARK = 'WRK_RESULT ';

/** wrk's version line, or undefined when `wrk` is not on the PATH. */
export function findWrk(): string | undefined {
  const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (r.error) return undefined;
  return /wrk [^\s]+/.exec(`${r.stdout}${r.stderr}`)?.[0] ?? 'wrk';
}

/** A Lua long string holding `s` verbatim (no escapes to get wrong, UTF-8 passes as bytes). */
function luaString(s: string): string {
  let eq = '=';
  while (s.includes(`]${eq}]`)) eq += '=';
  return `[${eq}[${s}]${eq}]`;
}

const luaList = (xs: string[]) => `{\n${xs.map((x) => `  ${luaString(x)},`).join('\n')}\n}`;

/** The Lua script that sends `w` (see workload.ts for the request sequence). */
function wrkScript(w: Workload): string {
  const common = `
wrk.headers["accept-encoding"] = "gzip"
local created = 0
function setup(thread)
  thread:set("tid", created)
  created = created + 1
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
  io.write(string.format('${RESULT_MARK}{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,"socket_errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
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
}

/** Runs wrk for `seconds` with the workload's script; rejects when wrk fails or prints no result. */
export function runWrk(w: Workload, opts: WrkOptions): Promise<LoadResult> {
  const script = join(mkdtempSync(join(tmpdir(), 'corridor-wrk-')), 'workload.lua');
  writeFileSync(script, wrkScript(w));
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
      };
      resolve({
        tool: 'wrk',
        requests: r.requests,
        rps: r.requests / (r.duration_us / 1e6),
        p50Ms: r.p50_us / 1000,
        p99Ms: r.p99_us / 1000,
        failures: r.non2xx + r.socket_errors,
      });
    });
  });
}
