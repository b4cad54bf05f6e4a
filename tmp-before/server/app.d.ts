/**
 * buildApp: the whole HTTP API as one fastify instance, without listen (tests use inject; the
 * process lives in server.ts). Order: ecosystem plugins → handlers and hooks → routes → web.
 * Networks are loaded and planners built here, once; a network with errors refuses the build.
 */
import { type FastifyInstance } from 'fastify';
import { type RunLimits, type RunManager } from '../jobs/index.ts';
import { type NetworkRegistry } from './network-registry.ts';
import { type ApiKeyEntry } from './plugins/api-keys.ts';
import { type RateLimitOptions } from './plugins/security.ts';
export declare const BODY_LIMIT_BYTES: number;
export declare const DEFAULT_TIME_BUDGET_MS = 5000;
export interface BuildAppOptions {
    networksDir: string;
    /** dist/web; when absent or unbuilt, / explains how to build it */
    webRoot?: string;
    logger?: boolean | object;
    rateLimit?: RateLimitOptions | false;
    timeBudgetMs?: number;
    maxLabels?: number;
    /** origins allowed to POST and DELETE from a browser; "*" (the default) allows only reads from any origin */
    corsOrigin?: string | string[];
    /** API keys; none (the default) leaves the API open */
    apiKeys?: readonly ApiKeyEntry[];
    /**
     * check every route answer against the published schema before sending it (a mismatch is a 500);
     * default true. `corridor serve` turns it off unless asked (docs/decisions.md API19)
     */
    checkAnswers?: boolean;
    /** worker threads for searches; 0 (the default) searches in-process */
    planWorkers?: number;
    /** searches allowed to wait per worker thread before 503 BUSY (default 32) */
    planQueue?: number;
    /** answers kept by the route cache; 0 turns it off */
    cacheEntries?: number;
    /** an already loaded registry (tests building many apps on one network) */
    registry?: NetworkRegistry;
    /** caps on queued + running simulation replications and how long finished runs are kept */
    simulationLimits?: Partial<RunLimits>;
    /** where simulation runs live (Redis when REDIS_URL is set); by default in this process */
    runManager?: RunManager;
    /**
     * Redis shared by API replicas (REDIS_URL): simulation runs are jobs on its queue (run by
     * `corridor worker`s) and the rate limit counts there, so N replicas enforce one limit
     */
    redisUrl?: string;
    /** with redisUrl: a folder shared with the workers where runs are also written as JSON files */
    resultsDir?: string;
    /** fastify's trustProxy: clients behind a reverse proxy are told apart by X-Forwarded-For */
    trustProxy?: boolean | number | string[];
}
export declare function buildApp(opts: BuildAppOptions): Promise<FastifyInstance>;
//# sourceMappingURL=app.d.ts.map