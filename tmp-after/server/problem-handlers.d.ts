/**
 * The root error and not-found handlers: everything that goes wrong in a request leaves as an
 * application/problem+json body built by error-map.ts. An unknown path under /api answers 405 with
 * Allow when the path exists for another method, else 404.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
/** Handles an error thrown in a request; also used for fastify's framework errors (bad URL). */
export declare function handleError(error: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply;
export declare function installProblemHandlers(app: FastifyInstance): void;
//# sourceMappingURL=problem-handlers.d.ts.map