import type { FastifyInstance } from 'fastify';
import type { RequestStep } from '../request-steps.ts';
/** Registers the ETag and compression plugins; returns the request step that sets Last-Modified. */
export declare function registerCaching(app: FastifyInstance): Promise<RequestStep>;
//# sourceMappingURL=caching.d.ts.map