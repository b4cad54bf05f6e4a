/**
 * The in-process run manager (the default: no Redis): a FIFO of replications fed to `slots`
 * executors, so the pool only ever holds the replications in flight (one abort listener each: no
 * listener piles up however many runs wait). Caps bound queued + running replications globally and
 * per client; finished runs are forgotten `finishedTtlMs` after they finish, never before.
 */
import { aggregate } from "../simulation/index.js";
import { checkCaps, DEFAULT_RUN_LIMITS, idempotencyConflict, isFinished, queuedRunView, } from "./run-manager.js";
/** the running mean of replication times starts here (seconds), before any has been measured */
const FIRST_GUESS_S = 1;
export function createLocalRunManager(opts) {
    const limits = { ...DEFAULT_RUN_LIMITS, ...opts.limits };
    const now = opts.now ?? Date.now;
    const slots = Math.max(1, opts.slots);
    const runs = new Map();
    const byKey = new Map();
    /** runs with replications waiting, oldest first */
    const queue = [];
    let inFlight = 0;
    let secondsPerReplication = FIRST_GUESS_S;
    let closed = false;
    const iso = (t) => new Date(t).toISOString();
    const keyOf = (client, key) => `${client}\n${key}`;
    function sweep() {
        const t = now();
        for (const [id, run] of runs) {
            if (run.finishedAt === undefined || t < run.finishedAt + limits.finishedTtlMs)
                continue;
            runs.delete(id);
            if (run.idempotencyKey)
                byKey.delete(keyOf(run.client, run.idempotencyKey));
        }
    }
    function finish(run, status, error) {
        if (isFinished(run.view.status))
            return;
        run.pending = [];
        for (const c of run.inFlight.values())
            c.abort();
        run.finishedAt = now();
        run.view.status = status;
        run.view.finished_at = iso(run.finishedAt);
        run.view.expires_at = iso(run.finishedAt + limits.finishedTtlMs);
        if (error !== undefined)
            run.view.error = error;
        const at = queue.indexOf(run);
        if (at >= 0)
            queue.splice(at, 1);
    }
    function pump() {
        while (!closed && inFlight < slots && queue.length > 0) {
            const run = queue[0];
            const replication = run.pending.shift();
            if (run.pending.length === 0)
                queue.shift();
            if (replication === undefined)
                continue;
            start(run, replication);
        }
    }
    function start(run, replication) {
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
            .then((result) => {
            secondsPerReplication =
                0.8 * secondsPerReplication + 0.2 * ((performance.now() - t0) / 1000);
            if (isFinished(run.view.status))
                return;
            run.results.push(result);
            run.view.progress.done = run.results.length;
            if (run.results.length === run.view.progress.total) {
                run.view.result = aggregate(run.scenario, run.results);
                finish(run, 'done');
            }
        }, (error) => {
            if (controller.signal.aborted || isFinished(run.view.status))
                return;
            // errors cross the worker boundary as plain Errors (message kept, class lost)
            finish(run, 'failed', error instanceof Error ? error.message : 'internal error during the run');
        })
            .finally(() => {
            run.inFlight.delete(replication);
            inFlight--;
            pump();
        });
    }
    const active = (client) => {
        let n = 0;
        for (const run of runs.values())
            if (!isFinished(run.view.status) && (client === undefined || run.client === client))
                n += run.view.progress.total - run.view.progress.done;
        return n;
    };
    const copy = (run, withResult) => {
        const { result, ...rest } = run.view;
        return {
            ...rest,
            progress: { ...rest.progress },
            ...(withResult && result ? { result } : {}),
        };
    };
    return {
        async submit(req) {
            sweep();
            if (req.idempotencyKey) {
                const known = runs.get(byKey.get(keyOf(req.client, req.idempotencyKey)) ?? '');
                if (known) {
                    if (known.fingerprint !== req.fingerprint)
                        throw idempotencyConflict(req.idempotencyKey, known.view.id);
                    return { run: copy(known, true), replayed: true };
                }
            }
            checkCaps(limits, { total: active(), client: active(req.client) }, req.scenario.replications, secondsPerReplication, slots);
            const t = now();
            const run = {
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
            if (req.idempotencyKey)
                byKey.set(keyOf(req.client, req.idempotencyKey), run.view.id);
            queue.push(run);
            pump();
            return { run: copy(run, true), replayed: false };
        },
        async get(id) {
            sweep();
            const run = runs.get(id);
            return run && copy(run, true);
        },
        async list(q) {
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
            if (!run)
                return undefined;
            finish(run, 'cancelled');
            return copy(run, true);
        },
        async close() {
            closed = true;
            for (const run of runs.values())
                finish(run, 'cancelled', 'the server shut down');
        },
    };
}
//# sourceMappingURL=local-run-manager.js.map