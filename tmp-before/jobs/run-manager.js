/**
 * Simulation runs as the API manages them: submitted, queued, running, finished (done, failed or
 * cancelled) and, some time after they finish, expired. One interface, two stores: the in-process
 * queue (local-run-manager.ts, the default) and Redis + BullMQ (redis-run-manager.ts), so the routes
 * do not know which one serves them.
 */
import { randomUUID } from 'node:crypto';
export const RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'];
export const isFinished = (s) => s === 'done' || s === 'failed' || s === 'cancelled';
export const DEFAULT_RUN_LIMITS = {
    maxActiveReplications: 200,
    maxActiveReplicationsPerClient: 60,
    finishedTtlMs: 60 * 60_000,
};
/** Why a submission was refused: over a cap (retry later) or an idempotency key reused with another body. */
export class RunRefusedError extends Error {
    reason;
    /** seconds after which the caps will likely admit the run */
    retryAfterS;
    constructor(reason, message, retryAfterS = 0) {
        super(message);
        this.name = 'RunRefusedError';
        this.reason = reason;
        this.retryAfterS = retryAfterS;
    }
}
/** The refusal of an Idempotency-Key already used for another request body (naming that key's run). */
export function idempotencyConflict(key, runId) {
    return new RunRefusedError('idempotency-conflict', `Idempotency-Key "${key}" was used for another request (run ${runId}); use a new key for a new run`);
}
/** The store of runs (Redis) does not answer: the request can be retried once it is back. */
export class RunStoreUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RunStoreUnavailableError';
    }
}
/** The view of a run just admitted: a new id, queued, none of its replications done. */
export function queuedRunView(req, createdAtMs) {
    return {
        id: randomUUID(),
        status: 'queued',
        progress: { done: 0, total: req.scenario.replications },
        scenario: req.scenario.id,
        network: req.network,
        created_at: new Date(createdAtMs).toISOString(),
    };
}
/** Checks the caps for a run of `replications` given what is active now; throws RunRefusedError. */
export function checkCaps(limits, active, replications, secondsPerReplication, slots) {
    const over = (cap, now) => now + replications - cap;
    const excess = Math.max(over(limits.maxActiveReplications, active.total), over(limits.maxActiveReplicationsPerClient, active.client));
    if (excess <= 0)
        return;
    const which = over(limits.maxActiveReplicationsPerClient, active.client) > 0
        ? `this client's cap of ${limits.maxActiveReplicationsPerClient} (it has ${active.client} queued or running)`
        : `the server's cap of ${limits.maxActiveReplications} (${active.total} are queued or running)`;
    throw new RunRefusedError('cap', `${replications} more replications would go over ${which}`, Math.max(1, Math.ceil((excess * secondsPerReplication) / Math.max(1, slots))));
}
//# sourceMappingURL=run-manager.js.map