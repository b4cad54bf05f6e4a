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
  /**
   * The failures by kind ("HTTP 503", "socket error", "timeout"), when the run counted them; a run
   * with failures and no kinds did not count statuses (wrk counts them only when asked).
   */
  failuresByKind?: Record<string, number>;
}

/** Failure counts by kind, leaving out kinds that did not occur. */
export function failureKinds(
  statuses: Record<string, number>,
  socketErrors: number,
  timeouts: number,
): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [code, n] of Object.entries(statuses)) if (n > 0) kinds[`HTTP ${code}`] = n;
  if (socketErrors > 0) kinds['socket error'] = socketErrors;
  if (timeouts > 0) kinds['timeout'] = timeouts;
  return kinds;
}

/** "HTTP 503 × 2, timeout × 1", "none", or a note that the kinds were not counted. */
export function describeFailures(r: LoadResult): string {
  if (r.failures === 0) return 'none';
  const kinds = Object.entries(r.failuresByKind ?? {});
  if (kinds.length === 0) return `${r.failures} (kinds not counted)`;
  return kinds.map(([k, n]) => `${k} × ${n}`).join(', ');
}
