import { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { RequestStep } from '../request-steps.ts';
export interface RateLimitOptions {
    max: number;
    timeWindow: string;
    /** client addresses never limited (e.g. loopback for benchmarks) */
    allowList?: string[];
}
export interface SecurityOptions {
    rateLimit: RateLimitOptions | false;
    /**
     * origins allowed to send state-changing requests (POST, DELETE) from a browser; with "*" any
     * origin may read (GET, HEAD) and none may change state (no credentials are ever allowed)
     */
    corsOrigin: string | string[];
    /** counts requests in Redis, so every API replica on it enforces one limit */
    redis?: Redis;
}
/**
 * CORS as @fastify/cors answered it with a per-request options delegator (credentials never
 * allowed): reads (GET, HEAD and their preflights) are open to every origin ("*"); POST and DELETE,
 * which start and cancel work, only to the listed origins, whose own name is echoed; any other
 * request gets no CORS header. `Vary: Origin` on every answer (the grant depends on the origin). A
 * preflight without Origin or Access-Control-Request-Method is a 400; a granted one is answered 204
 * here; a refused one goes on to the OPTIONS route, which answers 404. Registers that route and
 * returns the step.
 */
export declare function registerCors(app: FastifyInstance, corsOrigin: string | string[]): RequestStep;
/**
 * Registers the rate limit and the OPTIONS route preflights reach; returns the request steps that
 * set the security headers and apply CORS, in that order.
 */
export declare function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<RequestStep[]>;
//# sourceMappingURL=security.d.ts.map