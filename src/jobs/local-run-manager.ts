/**
 * The in-process run manager (the default: no Redis): a FIFO of replications fed to `slots`
 * executors, so the pool only ever holds the replications in flight (one abort listener each: no
 * listener piles up however many runs wait). Caps bound queued + running replications globally and
 * per client; finished runs are forgotten `finishedTtlMs` after they finish, never before.
 */
import { aggregate, type ReplicationResult, type Scenario } from '../simulation/index.ts';
import {
  checkCaps,
  DEFAULT_RUN_LIMITS,
  idempotencyConflict,
  isFinished,
  queuedRunView,
  type ListQuery,
  type RunLimits,
  type RunManager,
  type RunView,
  type SubmitAnswer,
  type SubmitRequest,
} from './run-manager.ts';

/** Runs one replication of a scenario on a network; rejects when `signal` aborts. */
type ReplicationExecutor = (
  network: string,
  scenario: Scenario,
  replication: number,
  signal: AbortSignal,
) => Promise<ReplicationResult>;

export interface LocalRunManagerOptions {
  execute: ReplicationExecutor;
  /** replications run at once (the executor's threads) */
  slots: number;
  limits?: Partial<RunLimits>;
  /** the clock (tests move it to expire runs) */
  now?: () => number;
}

interface LocalRun {
  view: RunView;
  scenario: Scenario;
  client: string;
  fingerprint: string;
  idempotencyKey?: string | undefined;
  results: ReplicationResult[];
  /** replications not yet handed to an executor */
  pending: number[];
  inFlight: Map<number, AbortController>;
  finishedAt?: number;
}

/** the running mean of replication times starts here (seconds), before any has been measured */
const FIRST_GUESS_S = 1;

export function createLocalRunManager(opts: LocalRunManagerOptions): RunManager {
  const limits: RunLimits = { ...DEFAULT_RUN_LIMITS, ...opts.limits };
  const now = opts.now ?? Date.now;
  const slots = Math.max(1, opts.slots);
  const runs = new Map<string, LocalRun>();
  const byKey = new Map<string, string>();
  /** runs with replications waiting, oldest first */
  const queue: LocalRun[] = [];
  let inFlight = 0;
  let secondsPerReplication = FIRST_GUESS_S;
  let closed = false;

  const iso = (t: number) => new Date(t).toISOString();
  const keyOf = (client: string, key: string) => `${client}\n${key}`;

  function sweep(): void {
    const t = now();
    for (const [id, run] of runs) {
      if (run.finishedAt === undefined || t < run.finishedAt + limits.finishedTtlMs) continue;
      runs.delete(id);
      if (run.idempotencyKey) byKey.delete(keyOf(run.client, run.idempotencyKey));
    }
  }

  function finish(run: LocalRun, status: 'done' | 'failed' | 'cancelled', error?: string): void {
    if (isFinished(run.view.status)) return;
    run.pending = [];
    for (const c of run.inFlight.values()) c.abort();
    run.finishedAt = now();
    run.view.status = status;
    run.view.finished_at = iso(run.finishedAt);
    run.view.expires_at = iso(run.finishedAt + limits.finishedTtlMs);
    if (error !== undefined) run.view.error = error;
    const at = queue.indexOf(run);
    if (at >= 0) queue.splice(at, 1);
  }

  function pump(): void {
    while (!closed && inFlight < slots && queue.length > 0) {
      const run = queue[0]!;
      const replication = run.pending.shift();
      if (run.pending.length === 0) queue.shift();
      if (replication === undefined) continue;
      start(run, replication);
    }
  }

  function start(run: LocalRun, replication: number): void {
    const controller = new AbortController();
    run.inFlight.set(replication, controller);
    if (run.view.status === 'queued') {
      run.view.status = 'running';
      run.view.started_at = iso(now());
    }
    inFlight++;
    const t0 = performance.now();
    opts
      .execute(run.view.network, run.scenario, replication, controller.signal)
      .then(
        (result) => {
          secondsPerReplication =
            0.8 * secondsPerReplication + 0.2 * ((performance.now() - t0) / 1000);
          if (isFinished(run.view.status)) return;
          run.results.push(result);
          run.view.progress.done = run.results.length;
          if (run.results.length === run.view.progress.total) {
            run.view.result = aggregate(run.scenario, run.results);
            finish(run, 'done');
          }
        },
        (error: unknown) => {
          if (controller.signal.aborted || isFinished(run.view.status)) return;
          // errors cross the worker boundary as plain Errors (message kept, class lost)
          finish(
            run,
            'failed',
            error instanceof Error ? error.message : 'internal error during the run',
          );
        },
      )
      .finally(() => {
        run.inFlight.delete(replication);
        inFlight--;
        pump();
      });
  }

  const active = (client?: string) => {
    let n = 0;
    for (const run of runs.values())
      if (!isFinished(run.view.status) && (client === undefined || run.client === client))
        n += run.view.progress.total - run.view.progress.done;
    return n;
  };

  const copy = (run: LocalRun, withResult: boolean): RunView => {
    const { result, ...rest } = run.view;
    return {
      ...rest,
      progress: { ...rest.progress },
      ...(withResult && result ? { result } : {}),
    };
  };

  return {
    async submit(req: SubmitRequest): Promise<SubmitAnswer> {
      sweep();
      if (req.idempotencyKey) {
        const known = runs.get(byKey.get(keyOf(req.client, req.idempotencyKey)) ?? '');
        if (known) {
          if (known.fingerprint !== req.fingerprint)
            throw idempotencyConflict(req.idempotencyKey, known.view.id);
          return { run: copy(known, true), replayed: true };
        }
      }
      checkCaps(
        limits,
        { total: active(), client: active(req.client) },
        req.scenario.replications,
        secondsPerReplication,
        slots,
      );
      const t = now();
      const run: LocalRun = {
        view: queuedRunView(req, t),
        scenario: req.scenario,
        client: req.client,
        fingerprint: req.fingerprint,
        idempotencyKey: req.idempotencyKey,
        results: [],
        pending: Array.from({ length: req.scenario.replications }, (_, i) => i),
        inFlight: new Map(),
      };
      runs.set(run.view.id, run);
      if (req.idempotencyKey) byKey.set(keyOf(req.client, req.idempotencyKey), run.view.id);
      queue.push(run);
      pump();
      return { run: copy(run, true), replayed: false };
    },
    async get(id) {
      sweep();
      const run = runs.get(id);
      return run && copy(run, true);
    },
    async list(q: ListQuery) {
      sweep();
      const all = [...runs.values()]
        .reverse()
        .filter((r) => q.status === undefined || r.view.status === q.status);
      return {
        runs: all.slice(q.offset, q.offset + q.limit).map((r) => copy(r, false)),
        total: all.length,
      };
    },
    async cancel(id) {
      sweep();
      const run = runs.get(id);
      if (!run) return undefined;
      finish(run, 'cancelled');
      return copy(run, true);
    },
    async close() {
      closed = true;
      for (const run of runs.values()) finish(run, 'cancelled', 'the server shut down');
    },
  };
}
