/**
 * GET /api/v1/networks and /api/v1/networks/{id}[/terminals|/services|/borders|/geojson]:
 * what each loaded network holds, filterable by mode and country. Networks are loaded once per
 * process, so each answer is serialized (as the route's serializer would: the schema's encode, then
 * JSON) and compressed once, keyed by network and filters, and sent as kept (static-answers.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
export declare const networkRoutes: FastifyPluginAsyncZod<ApiContext>;
//# sourceMappingURL=networks.d.ts.map