/**
 * The HTTP client of the web view: same-origin JSON calls to /api/v1 that turn an RFC 9457 problem
 * body (or a failed connection) into an ApiError the page can show.
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

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers ?? {}) },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ title: 'The server cannot be reached', status: 0, detail: String(err) });
  }
  if (!res.ok) throw new ApiError(await toProblem(res));
  return (await res.json()) as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, signal ? { signal } : {});
}

export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  };
  if (signal) init.signal = signal;
  return request<T>(path, init);
}
