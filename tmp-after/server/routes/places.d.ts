import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
export declare const placeRoutes: FastifyPluginAsyncZod<ApiContext>;
//# sourceMappingURL=places.d.ts.map