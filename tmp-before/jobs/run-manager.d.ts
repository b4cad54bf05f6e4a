import type { Scenario, SimulationResult } from '../simulation/index.ts';
export declare const RUN_STATUSES: readonly ["queued", "running", "done", "failed", "cancelled"];
export type RunStatus = (typeof RUN_STATUSES)[number];
export declare const isFinished: (s: RunStatus) => boolean;
/** A run as the API shows it (timestamps are ISO 8601 UTC). */
export interface RunView {
    id: string;
    status: RunStatus;
    progress: {
        done: number;
        total: number;
    };
    scenario: string;
    network: string;
    created_at: string;
    started_at?: string;
    finished_at?: string;
    /** when a finished run is forgotten; absent while it is queued or running */
    expires_at?: string;
    result?: SimulationResult;
    error?: string;
}
export interface SubmitRequest {
    network: string;
    scenario: Scenario;
    /** who asks (the client address): per-client caps and idempotency keys are scoped by it */
    client: string;
    idempotencyKey?: string | undefined;
    /** a digest of the request body: a key reused with another body is refused, not replayed */
    fingerprint: string;
}
export interface SubmitAnswer {
    run: RunView;
    /** true when an Idempotency-Key named a run already made: no new run was started */
    replayed: boolean;
}
export interface ListQuery {
    status?: RunStatus | undefined;
    limit: number;
    offset: number;
}
export interface RunLimits {
    /** replications queued or running at once, over every client */
    maxActiveReplications: number;
    /** replications queued or running at once for one client */
    maxActiveReplicationsPerClient: number;
    /** how long a finished run stays readable */
    finishedTtlMs: number;
}
export declare const DEFAULT_RUN_LIMITS: RunLimits;
export interface RunManager {
    /** starts a run, or answers the run an idempotency key already named; throws RunRefusedError */
    submit(req: SubmitRequest): Promise<SubmitAnswer>;
    get(id: string): Promise<RunView | undefined>;
    /** newest first, without results */
    list(query: ListQuery): Promise<{
        runs: RunView[];
        total: number;
    }>;
    /** cancels a queued or running run (a finished one is answered as it is) */
    cancel(id: string): Promise<RunView | undefined>;
    close(): Promise<void>;
}
/** Why a submission was refused: over a cap (retry later) or an idempotency key reused with another body. */
export declare class RunRefusedError extends Error {
    readonly reason: 'cap' | 'idempotency-conflict';
    /** seconds after which the caps will likely admit the run */
    readonly retryAfterS: number;
    constructor(reason: 'cap' | 'idempotency-conflict', message: string, retryAfterS?: number);
}
/** The refusal of an Idempotency-Key already used for another request body (naming that key's run). */
export declare function idempotencyConflict(key: string, runId: string): RunRefusedError;
/** The store of runs (Redis) does not answer: the request can be retried once it is back. */
export declare class RunStoreUnavailableError extends Error {
    constructor(message: string);
}
/** The view of a run just admitted: a new id, queued, none of its replications done. */
export declare function queuedRunView(req: SubmitRequest, createdAtMs: number): RunView;
/** Checks the caps for a run of `replications` given what is active now; throws RunRefusedError. */
export declare function checkCaps(limits: RunLimits, active: {
    total: number;
    client: number;
}, replications: number, secondsPerReplication: number, slots: number): void;
//# sourceMappingURL=run-manager.d.ts.map