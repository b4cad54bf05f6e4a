/**
 * GET /health (liveness: the process answers) and GET /ready (readiness: networks and planners
 * are loaded and the server is not draining). Neither is rate limited.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
export declare const healthRoutes: FastifyPluginAsyncZod<ApiContext>;
//# sourceMappingURL=health.d.ts.map