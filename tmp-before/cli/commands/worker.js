/**
 * `corridor worker --redis <url> [--concurrency n]`: serves replication jobs from the Redis queue
 * (filled by `corridor experiment --redis` and by the API with REDIS_URL) until SIGINT/SIGTERM.
 */
import { availableParallelism } from 'node:os';
import { NETWORKS_DIR } from "../../files/index.js";
export function registerWorker(program, io) {
    program
        .command('worker')
        .description('Run simulation replications from a Redis queue (any number of machines)')
        .requiredOption('--redis <url>', 'Redis URL, e.g. redis://queue.internal:6379')
        .option('-c, --concurrency <n>', 'replications at once (worker threads; default: cores)')
        .option('--networks <dir>', 'folder of networks, one per subfolder (default: the built-in one)')
        .action(async (flags) => {
        const concurrency = flags.concurrency === undefined ? availableParallelism() : Number(flags.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1) {
            io.err(`corridor worker: --concurrency must be a positive integer, got "${flags.concurrency}"`);
            io.fail(2);
            return;
        }
        const { startWorker } = await import("../../jobs/index.js");
        const worker = await startWorker({
            redis: flags.redis,
            concurrency,
            networksDir: flags.networks ?? NETWORKS_DIR,
            log: (line) => io.err(`corridor worker: ${line}`),
        });
        io.out(`corridor worker: serving ${flags.redis} with ${concurrency} threads`);
        await new Promise((resolve) => {
            const stop = () => resolve();
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
        });
        await worker.close();
        io.err(`corridor worker: stopped after ${worker.completed} replications`);
    });
}
//# sourceMappingURL=worker.js.map