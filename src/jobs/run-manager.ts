/**
 * Simulation runs as the API manages them: submitted, queued, running, finished (done, failed or
 * cancelled) and, some time after they finish, expired. One interface, two stores: the in-process
 * queue (local-run-manager.ts, the default) and Redis + BullMQ (redis-run-manager.ts), so the routes
 * do not know which one serves them.
 */
import { randomUUID } from 'node:crypto';
import type { Scenario, SimulationResult } from '../simulation/index.ts';

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const isFinished = (s: RunStatus): boolean =>
  s === 'done' || s === 'failed' || s === 'cancelled';

/** A run as the API shows it (timestamps are ISO 8601 UTC). */
export interface RunView {
  id: string;
  status: RunStatus;
  progress: { done: number; total: number };
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

export const DEFAULT_RUN_LIMITS: RunLimits = {
  maxActiveReplications: 200,
  maxActiveReplicationsPerClient: 60,
  finishedTtlMs: 60 * 60_000,
};

export interface RunManager {
  /** starts a run, or answers the run an idempotency key already named; throws RunRefusedError */
  submit(req: SubmitRequest): Promise<SubmitAnswer>;
  get(id: string): Promise<RunView | undefined>;
  /** newest first, without results */
  list(query: ListQuery): Promise<{ runs: RunView[]; total: number }>;
  /** cancels a queued or running run (a finished one is answered as it is) */
  cancel(id: string): Promise<RunView | undefined>;
  close(): Promise<void>;
}

/** Why a submission was refused: over a cap (retry later) or an idempotency key reused with another body. */
export class RunRefusedError extends Error {
  readonly reason: 'cap' | 'idempotency-conflict';
  /** seconds after which the caps will likely admit the run */
  readonly retryAfterS: number;
  constructor(reason: 'cap' | 'idempotency-conflict', message: string, retryAfterS = 0) {
    super(message);
    this.name = 'RunRefusedError';
    this.reason = reason;
    this.retryAfterS = retryAfterS;
  }
}

/** The refusal of an Idempotency-Key already used for another request body (naming that key's run). */
export function idempotencyConflict(key: string, runId: string): RunRefusedError {
  return new RunRefusedError(
    'idempotency-conflict',
    `Idempotency-Key "${key}" was used for another request (run ${runId}); use a new key for a new run`,
  );
}

/** The store of runs (Redis) does not answer: the request can be retried once it is back. */
export class RunStoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunStoreUnavailableError';
  }
}

/** The view of a run just admitted: a new id, queued, none of its replications done. */
export function queuedRunView(req: SubmitRequest, createdAtMs: number): RunView {
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
export function checkCaps(
  limits: RunLimits,
  active: { total: number; client: number },
  replications: number,
  secondsPerReplication: number,
  slots: number,
): void {
  const over = (cap: number, now: number) => now + replications - cap;
  const excess = Math.max(
    over(limits.maxActiveReplications, active.total),
    over(limits.maxActiveReplicationsPerClient, active.client),
  );
  if (excess <= 0) return;
  const which =
    over(limits.maxActiveReplicationsPerClient, active.client) > 0
      ? `this client's cap of ${limits.maxActiveReplicationsPerClient} (it has ${active.client} queued or running)`
      : `the server's cap of ${limits.maxActiveReplications} (${active.total} are queued or running)`;
  throw new RunRefusedError(
    'cap',
    `${replications} more replications would go over ${which}`,
    Math.max(1, Math.ceil((excess * secondsPerReplication) / Math.max(1, slots))),
  );
}
