/**
 * The durable queue on Redis (BullMQ): one job per replication. A job carries its scenario, its
 * replication number and where its result goes (a Redis hash and field). The worker writes the
 * result with HSET, so a job that runs twice (its worker died after finishing, the job was retried)
 * writes the same field with the same bytes: nothing is counted twice. Job ids are deterministic
 * (run or experiment fingerprint + cell + replication), so enqueueing again adds nothing.
 */
import { Redis } from 'ioredis';
import type { Scenario } from '../simulation/index.ts';
export declare const QUEUE_NAME = "corridor-replications";
/** every key this project writes in Redis starts with this */
export declare const KEY_PREFIX = "corridor";
export interface ReplicationJob {
    /** network id, loaded by the worker from its networks folder */
    network: string;
    scenario: Scenario;
    replication: number;
    /** the Redis hash and field the result goes to */
    resultKey: string;
    field: string;
    /** a hash where the worker writes the error of a replication that failed its last attempt */
    errorKey?: string;
    /** a key the worker sets, once (NX), to the time it starts the job: when the run began */
    startedKey?: string;
    /** results also written here, when the worker shares a folder with the API (RESULTS_DIR) */
    file?: string;
}
/** A connection BullMQ can block on (it requires maxRetriesPerRequest: null). */
export declare function connect(url: string): Redis;
/**
 * A connection for request-time work (the API's runs and rate limit): while Redis is unreachable a
 * command fails after one reconnection attempt instead of waiting for Redis to come back, so an HTTP
 * request is answered (503) rather than held. Errors reach the caller through the failed commands;
 * the listener only keeps ioredis from printing each reconnection failure as unhandled.
 */
export declare function connectForRequests(url: string): Redis;
/** How long a worker holds a job before others may take it over (a dead worker's jobs move after it). */
export declare const lockDurationMs: (env: Readonly<Record<string, string | undefined>>) => number;
//# sourceMappingURL=redis-queue.d.ts.map