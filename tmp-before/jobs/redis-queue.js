/**
 * The durable queue on Redis (BullMQ): one job per replication. A job carries its scenario, its
 * replication number and where its result goes (a Redis hash and field). The worker writes the
 * result with HSET, so a job that runs twice (its worker died after finishing, the job was retried)
 * writes the same field with the same bytes: nothing is counted twice. Job ids are deterministic
 * (run or experiment fingerprint + cell + replication), so enqueueing again adds nothing.
 */
import { Redis } from 'ioredis';
export const QUEUE_NAME = 'corridor-replications';
/** every key this project writes in Redis starts with this */
export const KEY_PREFIX = 'corridor';
/** A connection BullMQ can block on (it requires maxRetriesPerRequest: null). */
export function connect(url) {
    return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}
/**
 * A connection for request-time work (the API's runs and rate limit): while Redis is unreachable a
 * command fails after one reconnection attempt instead of waiting for Redis to come back, so an HTTP
 * request is answered (503) rather than held. Errors reach the caller through the failed commands;
 * the listener only keeps ioredis from printing each reconnection failure as unhandled.
 */
export function connectForRequests(url) {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3_000 });
    redis.on('error', () => { });
    return redis;
}
/** How long a worker holds a job before others may take it over (a dead worker's jobs move after it). */
export const lockDurationMs = (env) => {
    const raw = Number(env['CORRIDOR_JOB_LOCK_MS']);
    return Number.isInteger(raw) && raw >= 1_000 ? raw : 30_000;
};
//# sourceMappingURL=redis-queue.js.map