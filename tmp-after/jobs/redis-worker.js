/**
 * `corridor worker`: takes replication jobs from the Redis queue and runs them on its worker threads
 * (one ReplicationPool per network, `concurrency` threads). Any number of workers on any number of
 * machines can serve one queue; a worker that dies mid-job loses its lock, and BullMQ moves the job
 * back to the queue for another (the result is written by HSET, so it is counted once).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'bullmq';
import { openNetwork } from "../files/index.js";
import { createReplicationPool } from "../simulation/index.js";
import { connect, lockDurationMs, QUEUE_NAME } from "./redis-queue.js";
export async function startWorker(opts) {
    const redis = connect(opts.redis);
    const pools = new Map();
    const poolFor = (network) => {
        let pool = pools.get(network);
        if (!pool) {
            pool = openNetwork(join(opts.networksDir, network)).then((n) => createReplicationPool(n, { workers: opts.concurrency }));
            pools.set(network, pool);
        }
        return pool;
    };
    let completed = 0;
    const connection = connect(opts.redis);
    const worker = new Worker(QUEUE_NAME, async (job) => {
        const { network, scenario, replication, resultKey, field, file, errorKey, startedKey } = job.data;
        if (startedKey)
            await redis.set(startedKey, new Date().toISOString(), 'NX');
        let result;
        try {
            result = await (await poolFor(network)).runOne(scenario, replication);
        }
        catch (error) {
            // the last attempt's error is the run's: the API reads it and reports the run failed
            if (errorKey && job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
                await redis.hset(errorKey, field, error instanceof Error ? error.message : String(error));
            throw error;
        }
        const json = JSON.stringify(result);
        if (file) {
            await mkdir(dirname(file), { recursive: true });
            await writeFile(`${file}.${process.pid}.tmp`, json + '\n');
            await rename(`${file}.${process.pid}.tmp`, file);
        }
        await redis.hset(resultKey, field, json);
        completed++;
        opts.log?.(`done ${job.id}`);
    }, {
        connection,
        concurrency: opts.concurrency,
        lockDuration: lockDurationMs(opts.env ?? process.env),
        stalledInterval: Math.max(1_000, lockDurationMs(opts.env ?? process.env) / 2),
        maxStalledCount: 5,
    });
    worker.on('failed', (job, error) => opts.log?.(`failed ${job?.id}: ${error.message}`));
    await worker.waitUntilReady();
    return {
        get completed() {
            return completed;
        },
        async close() {
            await worker.close();
            await Promise.all([...pools.values()].map(async (p) => (await p).destroy()));
            redis.disconnect();
            connection.disconnect();
        },
    };
}
//# sourceMappingURL=redis-worker.js.map