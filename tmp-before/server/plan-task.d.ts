import { CorridorError, type ErrorCode, type Issue, type RouteQuery } from '../model/index.ts';
import type { Planner } from '../planner/index.ts';
import { type Compression, type Encoding } from './compression.ts';
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
export type PlanOutcome = {
    ok: true;
    /**
     * the serialized answer as UTF-8 bytes, in a buffer of its own, when no compressed form was
     * made (the client takes none, or the answer is under the threshold): between threads a buffer
     * is copied outside the JavaScript heap, where the event loop keeps it (response-cache.ts
     * Utf8Answer), while a string would land on the heap of the thread that caches it
     */
    utf8: Uint8Array;
    form?: undefined;
} | {
    ok: true;
    /** the serialized answer's length in UTF-8 bytes */
    bytes: number;
    /**
     * the compressed form the client takes, sent instead of the JSON's bytes (docs/decisions.md
     * API21): 4–5 times smaller, and nearly every answer is only ever sent so
     */
    form: AnswerForm;
} | {
    ok: false;
    code: ErrorCode;
    message: string;
    issues: Issue[];
};
export declare function runPlanTask(planner: Planner, task: PlanTask): PlanOutcome;
/** Turns a failed outcome back into the error the request handler throws. */
export declare function toCorridorError(outcome: Extract<PlanOutcome, {
    ok: false;
}>): CorridorError;
export {};
//# sourceMappingURL=plan-task.d.ts.map