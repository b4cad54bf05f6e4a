/**
 * Servers the HTTP benchmarks load, each in a child process (its own event loop, so the load
 * generator's process is not the server's): `corridor serve` on the built-in network, a bare
 * node:http server answering "ok", a bare node:http server replaying one recorded answer, and a bare
 * fastify server (the version the API runs on) replaying it: the framework's own floor.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/** A bare node:http server answering "ok": what this machine and load generator allow right now. */
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('serving on http://127.0.0.1:' + this.address().port); });`;

/** Reads the recorded answers (argv: a JSON file of { headers, body_base64 }, or a list of them). */
const READ_ANSWERS = `const read = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8')); const answers = (Array.isArray(read) ? read : [read]).map((a) => ({ headers: a.headers, body: Buffer.from(a.body_base64, 'base64') })); let served = 0; const next = () => answers[served++ % answers.length];`;

/**
 * A bare node:http server that reads each request body and answers with the status, headers and
 * bytes of real answers, the recorded ones in turn (argv: see READ_ANSWERS): what the load generator
 * and this machine allow for answers of these sizes, with no framework, validation or lookup at all.
 */
const REPLAY_SERVER = `${READ_ANSWERS}
require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => { const a = next(); s.writeHead(200, a.headers); s.end(a.body); }); }).listen(0, '127.0.0.1', function () { console.log('serving on http://127.0.0.1:' + this.address().port); });`;

/**
 * A fastify server with nothing but one catch-all route replaying the recorded answers in turn (argv
 * as for REPLAY_SERVER): what fastify's own request pipeline (routing, body parsing, the reply)
 * allows for answers of these sizes before any plugin, hook or lookup of the API's.
 */
const FASTIFY_REPLAY_SERVER = `${READ_ANSWERS}
const app = require('fastify')(); app.all('/*', (q, r) => { const a = next(); r.headers(a.headers).send(a.body); });
app.listen({ port: 0, host: '127.0.0.1' }).then((url) => console.log('serving on ' + url));`;

function start(args: string[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 60 s: ${err.slice(0, 2000)}`)),
      60_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (d: Buffer) => void (err += d.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err.slice(0, 2000)}`));
      // after start-up the rejection goes unseen: a server that dies under load says why here
      // (the bench's own SIGTERM and SIGKILL excepted)
      if (signal !== 'SIGTERM' && signal !== 'SIGKILL' && code !== 0)
        console.error(
          `bench: server ${args.join(' ')} exited (code ${code}, signal ${signal}): ${err.slice(-2000)}`,
        );
    });
  });
}

/** `corridor serve` (compiled CLI) on a free port, warnings only, rate limit off. */
export const startCorridor = (): Promise<ServerProcess> =>
  start(['bin/corridor.js', 'serve', '--port', '0', '--log-level', 'warn', '--rate-limit', 'off']);

export const startBare = (): Promise<ServerProcess> => start(['-e', BARE_SERVER]);

/** Replays the answers recorded in `file` (see recordAnswer, recordAnswers), in turn. */
export const startReplay = (file: string): Promise<ServerProcess> =>
  start(['-e', REPLAY_SERVER, file]);

/** Replays the answer recorded in `file` through a bare fastify (the framework floor). */
export const startFastifyReplay = (file: string): Promise<ServerProcess> =>
  start(['-e', FASTIFY_REPLAY_SERVER, file]);

/** Runs `use` against a server and kills it afterwards (ceilings need no graceful shutdown). */
export async function withServer<T>(
  server: Promise<ServerProcess>,
  use: (s: ServerProcess) => Promise<T>,
): Promise<T> {
  const s = await server;
  try {
    return await use(s);
  } finally {
    s.child.kill('SIGKILL');
  }
}

/** SIGTERM, then the exit code, or null when the process had to be killed after 15 s. */
export function stopGracefully(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      server.child.kill('SIGKILL');
      resolve(null);
    }, 15_000);
    server.child.on('exit', (code) => {
      clearTimeout(t);
      resolve(code);
    });
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Number(m[1]) / 1024 : Number.NaN;
}

/**
 * CPU time a process has used so far (user + system, every thread), in ms, from /proc (Linux; the
 * kernel counts it in ticks of 10 ms). A server's CPU per request, unlike its requests per second,
 * hardly moves when other work shares the cores.
 */
export function cpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/**
 * CPU time (ms, user + system) of the process's main thread alone: a Node server's event loop, apart
 * from its search threads and V8's and libuv's helper threads.
 */
export function eventLoopCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

function statCpuMs(file: string): number {
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface RecordedAnswer {
  file: string;
  /** bytes of the answer (of each, on average, for several) */
  bytes: number;
  headerCount: number;
  /** how many answers the file holds */
  count: number;
}

interface Answer {
  headers: Record<string, string>;
  body_base64: string;
}

/**
 * One answer exactly as sent (status 200 required; raw bytes, compressed or not, and the headers
 * except the per-connection ones), in the form the replay servers read.
 */
function fetchAnswer(
  url: string,
  init: { method: 'GET' | 'POST'; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method,
        headers: {
          'accept-encoding': 'gzip',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`recording ${url}: status ${res.statusCode}`));
            return;
          }
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (['content-length', 'date', 'connection', 'keep-alive'].includes(name)) continue;
            if (typeof value === 'string') headers[name] = value;
          }
          resolve({ headers, body_base64: Buffer.concat(chunks).toString('base64') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Writes answers into a file of their own for the replay servers (one, or a list served in turn). */
function writeAnswers(answers: Answer[], one: boolean): RecordedAnswer {
  const file = join(mkdtempSync(join(tmpdir(), 'corridor-bench-')), 'answers.json');
  writeFileSync(file, JSON.stringify(one ? answers[0] : answers));
  const bytes = answers.reduce((n, a) => n + Buffer.from(a.body_base64, 'base64').length, 0);
  return {
    file,
    bytes: bytes / Math.max(1, answers.length),
    headerCount: Math.max(0, ...answers.map((a) => Object.keys(a.headers).length)),
    count: answers.length,
  };
}

/** Records one answer exactly as sent into a file the replay server reads. */
export async function recordAnswer(
  url: string,
  init: { method: 'GET' | 'POST'; body?: string },
): Promise<RecordedAnswer> {
  return writeAnswers([await fetchAnswer(url, init)], true);
}

/**
 * Records one answer per request into one file the replay servers serve in turn: a ceiling for a mix
 * of queries replays the mix's own answers, not one of them.
 */
export async function recordAnswers(
  url: string,
  inits: readonly { method: 'GET' | 'POST'; body?: string }[],
): Promise<RecordedAnswer> {
  const answers: Answer[] = [];
  for (const init of inits) answers.push(await fetchAnswer(url, init));
  return writeAnswers(answers, false);
}
