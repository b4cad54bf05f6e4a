/** jobs: simulation runs and replications queued in process or on Redis + BullMQ. */
export * from './run-manager.ts';
export { createLocalRunManager } from './local-run-manager.ts';
export { redisExecutor } from './redis-executor.ts';
export { startWorker } from './redis-worker.ts';
export { createRedisRunManager } from './redis-run-manager.ts';
export { connectForRequests } from './redis-queue.ts';
//# sourceMappingURL=index.d.ts.map