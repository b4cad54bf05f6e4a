import { type RunLimits } from '../jobs/index.ts';
import type { RateLimitOptions } from './plugins/security.ts';
import { type ApiKeyEntry } from './plugins/api-keys.ts';
/** The repository's networks/ and dist/web, found from this file's location, not the cwd. */
export declare const DEFAULT_NETWORKS_DIR: string;
declare const LOG_LEVELS: readonly ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
export interface ServeFlags {
    networks?: string | undefined;
    port?: string | undefined;
    host?: string | undefined;
    logLevel?: string | undefined;
    rateLimit?: string | undefined;
    timeBudgetMs?: string | undefined;
    workers?: string | undefined;
    checkAnswers?: boolean | undefined;
}
export interface ServeConfig {
    networksDir: string;
    webRoot: string;
    port: number;
    host: string;
    logLevel: (typeof LOG_LEVELS)[number];
    rateLimit: RateLimitOptions | false;
    timeBudgetMs: number;
    /** route answers checked against the contract before they are sent (off unless asked: API19) */
    checkAnswers: boolean;
    /** worker threads for searches (0: in-process) */
    planWorkers: number;
    corsOrigin: string | string[];
    /** caps on queued + running simulation replications and how long finished runs are kept */
    simulationLimits: RunLimits;
    /** from API_KEYS and API_KEYS_FILE; empty: the API is open */
    apiKeys: ApiKeyEntry[];
    /** REDIS_URL: runs on the Redis queue (served by `corridor worker`s), rate limit shared */
    redisUrl?: string;
    /** RESULTS_DIR (with REDIS_URL): a folder shared by the API and the workers, where each run's
     * replications and result are also written as JSON files */
    resultsDir?: string;
    /** TRUST_PROXY: true, a hop count, or addresses/CIDRs of the proxies (fastify trustProxy) */
    trustProxy?: boolean | number | string[];
}
/** A configuration problem, named by the flag and the variable that set it. */
export declare class ConfigError extends Error {
}
/**
 * @example resolveServeConfig({ port: '9000' }, { LOG_LEVEL: 'warn' }) // port 9000, log level warn
 */
export declare function resolveServeConfig(flags: ServeFlags, env: Readonly<Record<string, string | undefined>>): ServeConfig;
export {};
//# sourceMappingURL=config.d.ts.map