/**
 * autocannon (JavaScript, in the bench's own process) as a load generator, sending the same request
 * sequence as wrk's generated script. Kept beside wrk: it is what the earlier figures were taken with,
 * and the suite falls back to it when wrk is not installed.
 */
import autocannon from 'autocannon';
import { failureKinds, type LoadResult } from './load-result.ts';
import { uniqueBody, type Workload } from './workload.ts';

export interface AutocannonOptions {
  url: string;
  seconds: number;
  connections: number;
}

export async function runAutocannon(w: Workload, opts: AutocannonOptions): Promise<LoadResult> {
  let n = 0;
  const next = () => n++;
  const request: autocannon.Request =
    w.kind === 'get'
      ? {
          setupRequest: (req) => ({
            ...req,
            method: 'GET',
            path: w.paths[next() % w.paths.length],
          }),
        }
      : {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            path: w.path,
            body:
              w.kind === 'post'
                ? w.bodies[next() % w.bodies.length]
                : uniqueBody(w.templates, next() + w.offset),
          }),
        };
  const r = await autocannon({
    url: opts.url,
    headers: {
      'accept-encoding': 'gzip',
      ...(w.kind === 'get' ? {} : { 'content-type': 'application/json' }),
    },
    connections: opts.connections,
    duration: opts.seconds,
    requests: [request],
  });
  return {
    tool: 'autocannon',
    requests: r.requests.total,
    rps: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
    failuresByKind: failureKinds(
      Object.fromEntries(
        Object.entries(r.statusCodeStats ?? {})
          .filter(([code]) => Number(code) >= 400)
          .map(([code, s]) => [code, s.count ?? 0]),
      ),
      r.errors,
      r.timeouts,
    ),
  };
}
