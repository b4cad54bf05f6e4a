/**
 * One planning task and its outcome, the same in-process and in a worker thread: plan or compare,
 * shape the answer (Pareto cap, GeoJSON), check it against the contract when asked (tests, the
 * library's default, `corridor serve --check-answers`; docs/decisions.md API19), serialize it and
 * make the compressed form the asking client takes, with its ETag (API20: on a search thread, not on
 * the event loop that every other request waits for). Errors come back as plain data, because a
 * CorridorError does not survive the trip between threads as a class.
 */
import {
  PARETO_MAX_ROUTES,
  RouteResponse,
  toRouteGeometry,
  type RouteResponse as RouteResponseType,
} from '../contract/index.ts';
import {
  CorridorError,
  type ErrorCode,
  type Issue,
  type PlanResult,
  type RouteQuery,
} from '../model/index.ts';
import type { Planner } from '../planner/index.ts';
import { compress, COMPRESS_MIN_BYTES, type Compression, type Encoding } from './compression.ts';
import { etagOf } from './etag.ts';

export interface PlanTask {
  method: 'plan' | 'compare';
  network: string;
  query: RouteQuery;
  geojson: boolean;
  now_ms: number;
  /** the request's whole budget: time spent waiting for a worker counts against it */
  timeBudgetMs: number;
  enqueued_ms: number;
  maxLabels: number;
  /**
   * check the answer against the published schema (RouteResponse) before sending it; a mismatch is
   * a 500. Off, the shaped answer is serialized as it is: the same bytes whenever the check passes
   */
  checkContract: boolean;
  /**
   * the form the asking client takes (compression.ts), made beside the JSON when the answer reaches
   * the compression threshold, at `compression`, the level of the cache that will keep it (default
   * "dynamic"); none: the JSON alone
   */
  encoding?: Encoding;
  compression?: Compression;
}

/** An answer's compressed form, as compression.ts makes it at the task's level, and its ETag. */
interface AnswerForm {
  encoding: Encoding;
  /** a buffer of its own (not a view into a larger one), so the trip between threads copies no more */
  body: Uint8Array;
  etag: string;
}

export type PlanOutcome =
  | {
      ok: true;
      /**
       * the serialized answer as UTF-8 bytes, in a buffer of its own, when no compressed form was
       * made (the client takes none, or the answer is under the threshold): between threads a buffer
       * is copied outside the JavaScript heap, where the event loop keeps it (response-cache.ts
       * Utf8Answer), while a string would land on the heap of the thread that caches it
       */
      utf8: Uint8Array;
      form?: undefined;
    }
  | {
      ok: true;
      /** the serialized answer's length in UTF-8 bytes */
      bytes: number;
      /**
       * the compressed form the client takes, sent instead of the JSON's bytes (docs/decisions.md
       * API21): 4–5 times smaller, and nearly every answer is only ever sent so
       */
      form: AnswerForm;
    }
  | { ok: false; code: ErrorCode; message: string; issues: Issue[] };

/** A buffer of its own holding `b`'s bytes: `b` itself when it already is one. */
const own = (b: Uint8Array): Uint8Array =>
  b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);

/**
 * The answer's bytes or, when asked for and large enough to be sent compressed, its compressed form
 * alone: the event loop makes the JSON back from it for the rare client that takes it (API21).
 */
function answered(
  json: string,
  encoding: Encoding | undefined,
  compression: Compression = 'dynamic',
): PlanOutcome {
  const utf8 = Buffer.from(json);
  if (encoding === undefined || utf8.length < COMPRESS_MIN_BYTES)
    return { ok: true, utf8: own(utf8) };
  // zlib's output may be a view into its larger working buffer
  const body = own(compress(utf8, encoding, compression));
  return { ok: true, bytes: utf8.length, form: { encoding, body, etag: etagOf(body) } };
}

function shape(result: PlanResult, network: string, geojson: boolean): RouteResponseType {
  let routes = result.routes;
  const warnings = [...result.warnings];
  const notices = [...result.notices];
  if (routes.length > PARETO_MAX_ROUTES) {
    const text = `${routes.length} routes found; the first ${PARETO_MAX_ROUTES} are returned`;
    warnings.push(text);
    notices.push({
      code: 'ROUTES_TRUNCATED',
      params: { total: routes.length, shown: PARETO_MAX_ROUTES },
      text,
    });
    routes = routes.slice(0, PARETO_MAX_ROUTES);
  }
  return {
    ...result,
    network,
    warnings,
    notices,
    routes: geojson ? routes.map((r) => ({ ...r, geometry: toRouteGeometry(r) })) : routes,
  };
}

/** The planner names query fields ("from"); over HTTP they are fields of the body ("body.from"). */
const inBody = (i: Issue): Issue => ({
  ...i,
  path: i.path.startsWith('body') ? i.path : i.path ? `body.${i.path}` : 'body',
});

export function runPlanTask(planner: Planner, task: PlanTask): PlanOutcome {
  const left_ms = task.timeBudgetMs - (Date.now() - task.enqueued_ms);
  if (left_ms <= 0)
    return {
      ok: false,
      code: 'SEARCH_ABORTED',
      message: 'the time budget was spent waiting for a planner thread',
      issues: [],
    };
  try {
    const result = planner[task.method](task.query, {
      now: new Date(task.now_ms),
      timeBudgetMs: left_ms,
      maxLabels: task.maxLabels,
    });
    const answer = shape(result, task.network, task.geojson);
    if (!task.checkContract)
      return answered(JSON.stringify(answer), task.encoding, task.compression);
    // checked against the contract once, when computed; a mismatch is our bug (500)
    const checked = RouteResponse.safeEncode(answer);
    if (!checked.success)
      return {
        ok: false,
        code: 'INTERNAL',
        message: `planner answer does not match the contract: ${checked.error.message}`,
        issues: [],
      };
    return answered(JSON.stringify(checked.data), task.encoding, task.compression);
  } catch (error) {
    if (error instanceof CorridorError)
      return {
        ok: false,
        code: error.code,
        message: error.message,
        issues: error.issues.map(inBody),
      };
    throw error;
  }
}

/** Turns a failed outcome back into the error the request handler throws. */
export function toCorridorError(outcome: Extract<PlanOutcome, { ok: false }>): CorridorError {
  return new CorridorError(outcome.code, outcome.message, outcome.issues);
}
