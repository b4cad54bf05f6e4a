import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
export declare const matrixRoutes: FastifyPluginAsyncZod<ApiContext>;
//# sourceMappingURL=matrix.d.ts.map