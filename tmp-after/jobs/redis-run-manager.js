/**
 * Simulation runs kept in Redis (API with REDIS_URL): every API replica reads and writes the same
 * runs, so a run survives an API restart and is visible from every replica. Replications are BullMQ
 * jobs run by `corridor worker`s; each writes its result into the run's hash (HSET: a retried job
 * counts once). Whichever replica reads a run after its last replication aggregates it (the same
 * bytes whoever does it) and sets the expiry of the finished run's keys.
 *
 * Keys: corridor:run:<id> (the view, JSON), :scenario, :reps (replication → result), :errors,
 * :result; corridor:runs (sorted set by creation time); corridor:runs:active; corridor:idem:<client>:<key>.
 * The caps are read, then the run is written: two replicas admitting at the same instant can pass a
 * cap by one run (not atomic; the caps bound load, they are not a quota).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Queue } from 'bullmq';
import { aggregate } from "../simulation/index.js";
import { connectForRequests, KEY_PREFIX, QUEUE_NAME } from "./redis-queue.js";
import { checkCaps, DEFAULT_RUN_LIMITS, idempotencyConflict, isFinished, queuedRunView, RunRefusedError, RunStoreUnavailableError, } from "./run-manager.js";
/** a file written whole (temporary name, then rename): a reader never sees half of it */
async function writeWhole(file, text) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.${process.pid}.tmp`, text + '\n');
    await rename(`${file}.${process.pid}.tmp`, file);
}
const runKey = (id) => `${KEY_PREFIX}:run:${id}`;
const ALL = `${KEY_PREFIX}:runs`;
const ACTIVE = `${KEY_PREFIX}:runs:active`;
/** replication seconds assumed for Retry-After (the API does not see the workers' timings) */
const SECONDS_PER_REPLICATION = 2;
const RUN_JOB_ATTEMPTS = 3;
export function createRedisRunManager(url, opts = {}) {
    const limits = { ...DEFAULT_RUN_LIMITS, ...opts.limits };
    const now = opts.now ?? Date.now;
    const redis = connectForRequests(url);
    const queueConnection = connectForRequests(url);
    const queue = new Queue(QUEUE_NAME, { connection: queueConnection });
    // a lost connection is reported by the commands that fail; unheard, the event would end the process
    queue.on('error', () => { });
    const iso = (t) => new Date(t).toISOString();
    const ttlS = Math.max(1, Math.ceil(limits.finishedTtlMs / 1000));
    const keysOf = (id) => [
        runKey(id),
        `${runKey(id)}:scenario`,
        `${runKey(id)}:reps`,
        `${runKey(id)}:errors`,
        `${runKey(id)}:result`,
        `${runKey(id)}:started`,
    ];
    async function finish(run, status, error) {
        const t = now();
        run.status = status;
        run.finished_at = iso(t);
        run.expires_at = iso(t + limits.finishedTtlMs);
        if (error)
            run.error = error;
        const tx = redis.multi().set(runKey(run.id), JSON.stringify(run)).srem(ACTIVE, run.id);
        for (const key of keysOf(run.id))
            tx.expire(key, ttlS);
        await tx.exec();
    }
    /** reads a run and brings it up to date (progress, aggregation when complete, failure) */
    async function load(id, withResult) {
        const text = await redis.get(runKey(id));
        if (!text)
            return undefined;
        const run = JSON.parse(text);
        if (!isFinished(run.status)) {
            const [done, errors, started] = await Promise.all([
                redis.hlen(`${runKey(id)}:reps`),
                redis.hvals(`${runKey(id)}:errors`),
                redis.get(`${runKey(id)}:started`),
            ]);
            run.progress.done = done;
            // running from the moment a worker took its first replication (the worker notes the time)
            if (run.started_at === undefined && (started !== null || done > 0))
                run.started_at = started ?? iso(now());
            if (errors.length > 0)
                await finish(run, 'failed', errors[0]);
            else if (done >= run.progress.total) {
                const scenario = JSON.parse((await redis.get(`${runKey(id)}:scenario`)) ?? 'null');
                const reps = Object.values(await redis.hgetall(`${runKey(id)}:reps`)).map((v) => JSON.parse(v));
                const result = JSON.stringify(aggregate(scenario, reps));
                await redis.set(`${runKey(id)}:result`, result);
                if (opts.resultsDir)
                    await writeWhole(join(opts.resultsDir, id, 'result.json'), result);
                await finish(run, 'done');
            }
            else if (run.started_at !== undefined && run.status === 'queued') {
                run.status = 'running';
                await redis.set(runKey(id), JSON.stringify(run));
            }
        }
        if (withResult && run.status === 'done') {
            const result = await redis.get(`${runKey(id)}:result`);
            if (result)
                run.result = JSON.parse(result);
        }
        return run;
    }
    const view = (run) => {
        const { client: _client, ...rest } = run;
        return rest;
    };
    async function activeCounts(client) {
        let total = 0;
        let mine = 0;
        for (const id of await redis.smembers(ACTIVE)) {
            const run = await load(id, false);
            if (!run) {
                await redis.srem(ACTIVE, id);
                continue;
            }
            if (isFinished(run.status))
                continue;
            const left = run.progress.total - run.progress.done;
            total += left;
            if (run.client === client)
                mine += left;
        }
        return { total, client: mine };
    }
    /** a Redis outage becomes RunStoreUnavailableError (503); any other error stays what it is */
    const guarded = (f) => async (...args) => {
        try {
            return await f(...args);
        }
        catch (error) {
            const down = redis.status !== 'ready' ||
                queueConnection.status !== 'ready' ||
                (error instanceof Error && error.name === 'MaxRetriesPerRequestError');
            if (!down || error instanceof RunRefusedError)
                throw error;
            throw new RunStoreUnavailableError(`the run store (Redis) does not answer: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    const manager = {
        async submit(req) {
            const idemKey = req.idempotencyKey
                ? `${KEY_PREFIX}:idem:${req.client}:${req.idempotencyKey}`
                : undefined;
            if (idemKey) {
                const known = await redis.get(idemKey);
                if (known) {
                    const [id, fingerprint] = known.split('\n');
                    const run = await load(id, true);
                    if (run) {
                        if (fingerprint !== req.fingerprint)
                            throw idempotencyConflict(req.idempotencyKey, id);
                        return { run: view(run), replayed: true };
                    }
                }
            }
            checkCaps(limits, await activeCounts(req.client), req.scenario.replications, SECONDS_PER_REPLICATION, 1);
            const t = now();
            const run = { ...queuedRunView(req, t), client: req.client };
            if (idemKey) {
                // the first of two racing POSTs with one key wins; the other answers the winner's run
                const won = await redis.set(idemKey, `${run.id}\n${req.fingerprint}`, 'NX');
                if (won === null)
                    return manager.submit(req);
            }
            await redis
                .multi()
                .set(runKey(run.id), JSON.stringify(run))
                .set(`${runKey(run.id)}:scenario`, JSON.stringify(req.scenario))
                .zadd(ALL, t, run.id)
                .sadd(ACTIVE, run.id)
                .exec();
            await queue.addBulk(Array.from({ length: req.scenario.replications }, (_, r) => ({
                name: 'replication',
                data: {
                    network: req.network,
                    scenario: req.scenario,
                    replication: r,
                    resultKey: `${runKey(run.id)}:reps`,
                    field: String(r),
                    errorKey: `${runKey(run.id)}:errors`,
                    startedKey: `${runKey(run.id)}:started`,
                    ...(opts.resultsDir
                        ? {
                            file: join(opts.resultsDir, run.id, 'replications', `r-${String(r).padStart(5, '0')}.json`),
                        }
                        : {}),
                },
                opts: {
                    jobId: `run-${run.id}-${r}`,
                    attempts: RUN_JOB_ATTEMPTS,
                    removeOnComplete: true,
                    removeOnFail: 1_000,
                },
            })));
            return { run: view(run), replayed: false };
        },
        async get(id) {
            const run = await load(id, true);
            return run && view(run);
        },
        async list(q) {
            const ids = await redis.zrevrange(ALL, 0, -1);
            const runs = [];
            for (const id of ids) {
                const run = await load(id, false);
                if (!run) {
                    await redis.zrem(ALL, id); // expired
                    continue;
                }
                if (q.status === undefined || run.status === q.status)
                    runs.push(view(run));
            }
            return { runs: runs.slice(q.offset, q.offset + q.limit), total: runs.length };
        },
        async cancel(id) {
            const run = await load(id, true);
            if (!run)
                return undefined;
            if (!isFinished(run.status)) {
                await finish(run, 'cancelled');
                // waiting jobs are removed; a running one finishes and its result is ignored
                await Promise.all(Array.from({ length: run.progress.total }, (_, r) => queue.remove(`run-${id}-${r}`).catch(() => 0)));
            }
            return view(run);
        },
        async close() {
            await queue.close();
            queueConnection.disconnect();
            redis.disconnect();
        },
    };
    return {
        submit: guarded((req) => manager.submit(req)),
        get: guarded((id) => manager.get(id)),
        list: guarded((q) => manager.list(q)),
        cancel: guarded((id) => manager.cancel(id)),
        close: () => manager.close(),
    };
}
//# sourceMappingURL=redis-run-manager.js.map