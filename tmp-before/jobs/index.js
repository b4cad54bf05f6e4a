/** jobs: simulation runs and replications queued in process or on Redis + BullMQ. */
export * from "./run-manager.js";
export { createLocalRunManager } from "./local-run-manager.js";
export { redisExecutor } from "./redis-executor.js";
export { startWorker } from "./redis-worker.js";
export { createRedisRunManager } from "./redis-run-manager.js";
export { connectForRequests } from "./redis-queue.js";
//# sourceMappingURL=index.js.map