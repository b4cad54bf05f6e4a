/**
 * The HTTP client of the web view: same-origin JSON calls to /api/v1 that turn an RFC 9457 problem
 * body (or a failed connection) into an ApiError the page can show. A dropped connection and a 503
 * (starting, shutting down, busy) are tried again, after the server's Retry-After when it sends one.
 */
import type { Problem } from '../types.ts';

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

/** How often and how long to wait before trying again. */
export interface RetryPolicy {
  /** tries after the first */
  retries: number;
  /** wait before the first retry when the server names none; doubles each time */
  baseDelayMs: number;
  /** the longest wait, whatever Retry-After asks */
  maxDelayMs: number;
  /** told before each wait, e.g. to show "trying again" */
  onRetry?: (attempt: number, delayMs: number) => void;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before retry number `attempt` (1-based). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, serverMs?: number): number {
  const own = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, serverMs ?? own);
}

async function toProblem(res: Response): Promise<Problem> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Partial<Problem> & { message?: string; error?: string };
    return {
      ...body,
      title: body.title ?? body.error ?? res.statusText ?? 'Error',
      status: body.status ?? res.status,
      detail: body.detail ?? body.message ?? '',
    };
  } catch {
    return { title: res.statusText || 'Error', status: res.status, detail: text.slice(0, 300) };
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

async function request<T>(path: string, init: RequestInit, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let res: Response | undefined;
    try {
      res = await fetch(path, {
        ...init,
        headers: { accept: 'application/json', ...(init.headers ?? {}) },
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      res = undefined;
    }
    if (res?.ok) return (await res.json()) as T;
    // status 0: the connection failed; the page words it, the JS error never reaches the planner
    const problem: Problem = res ? await toProblem(res) : { title: 'offline', status: 0 };
    const again = !res || res.status === 503;
    if (!again || attempt >= policy.retries) throw new ApiError(problem);
    const delay = retryDelayMs(
      policy,
      attempt + 1,
      retryAfterMs(res?.headers.get('retry-after') ?? null),
    );
    policy.onRetry?.(attempt + 1, delay);
    await wait(delay, init.signal ?? undefined);
  }
}

export function getJson<T>(path: string, signal?: AbortSignal, policy = DEFAULT_RETRY): Promise<T> {
  return request<T>(path, signal ? { signal } : {}, policy);
}

/** POSTs of this API are queries (plan, compare), so trying one again is safe. */
export function postJson<T>(
  path: string,
  body: unknown,
  signal?: AbortSignal,
  policy = DEFAULT_RETRY,
): Promise<T> {
  const init: RequestInit = {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  };
  if (signal) init.signal = signal;
  return request<T>(path, init, policy);
}

/** DELETE (cancelling a run): asked once, never tried again. */
export function deleteJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method: 'DELETE' };
  if (signal) init.signal = signal;
  return request<T>(path, init, { ...DEFAULT_RETRY, retries: 0 });
}
