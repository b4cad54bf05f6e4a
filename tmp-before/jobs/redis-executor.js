/**
 * Runs an experiment's (or a sharded simulation's) replications on `corridor worker`s through the
 * Redis queue: each unit becomes a job with a deterministic id, results come back through a Redis
 * hash, and each is handed to the caller as it appears (the caller writes the replication file).
 * An experiment started again finds the results already in Redis and does not enqueue them again;
 * a result is deleted from Redis once the caller has written it, so finished experiments leave
 * nothing behind.
 */
import { Queue, QueueEvents } from 'bullmq';
import { connect, KEY_PREFIX, QUEUE_NAME } from "./redis-queue.js";
const POLL_MS = 200;
const JOB_ATTEMPTS = 3;
export async function redisExecutor(url, runKey) {
    const redis = connect(url);
    const queueConnection = connect(url);
    const eventsConnection = connect(url);
    const queue = new Queue(QUEUE_NAME, { connection: queueConnection });
    const events = new QueueEvents(QUEUE_NAME, { connection: eventsConnection });
    await events.waitUntilReady();
    const resultKey = `${KEY_PREFIX}:experiment:${runKey}:results`;
    const field = (u) => `${u.cellId}/${u.replication}`;
    const jobId = (u) => `exp-${runKey}-${u.cellId}-${u.replication}`;
    return {
        slots: Number.POSITIVE_INFINITY,
        async run(units, onResult) {
            if (units.length === 0)
                return;
            const pending = new Map(units.map((u) => [field(u), u]));
            const known = await redis.hmget(resultKey, ...pending.keys());
            const missing = [...pending.values()].filter((_, i) => known[i] === null);
            const ids = new Set(missing.map(jobId));
            let failure;
            const onFailed = ({ jobId: id, failedReason }) => {
                if (!ids.has(id))
                    return;
                void queue.getJob(id).then((job) => {
                    if (job && job.attemptsMade >= JOB_ATTEMPTS)
                        failure = new Error(`replication job ${id} failed: ${failedReason}`);
                });
            };
            events.on('failed', onFailed);
            try {
                await queue.addBulk(missing.map((u) => ({
                    name: 'replication',
                    data: {
                        network: u.scenario.network,
                        scenario: u.scenario,
                        replication: u.replication,
                        resultKey,
                        field: field(u),
                    },
                    opts: {
                        jobId: jobId(u),
                        attempts: JOB_ATTEMPTS,
                        removeOnComplete: true,
                        removeOnFail: 1_000,
                    },
                })));
                while (pending.size > 0) {
                    if (failure)
                        throw failure;
                    const keys = [...pending.keys()];
                    const values = await redis.hmget(resultKey, ...keys);
                    for (const [i, value] of values.entries()) {
                        if (value === null)
                            continue;
                        const unit = pending.get(keys[i]);
                        pending.delete(keys[i]);
                        await onResult(unit, JSON.parse(value));
                        // the caller has it on disk now (a rerun skips it there): Redis need not keep it
                        await redis.hdel(resultKey, keys[i]);
                    }
                    if (pending.size > 0)
                        await new Promise((r) => setTimeout(r, POLL_MS));
                }
            }
            finally {
                events.off('failed', onFailed);
            }
        },
        async close() {
            await events.close();
            await queue.close();
            redis.disconnect();
            queueConnection.disconnect();
            eventsConnection.disconnect();
        },
    };
}
//# sourceMappingURL=redis-executor.js.map