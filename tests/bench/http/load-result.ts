/** What one load run measured, whichever load generator ran it. */
export interface LoadResult {
  tool: 'wrk' | 'autocannon';
  /** requests completed (any status) */
  requests: number;
  /** requests per second over the run */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** non-2xx/3xx answers, socket errors and timeouts */
  failures: number;
}
