import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkConstraintIds } from '../../contract/index.ts';
import type { ApiContext } from '../context.ts';
/** Unknown countries, terminals or borders to avoid: 400 FILTER_UNKNOWN naming each, as the GET filters. */
export declare function assertKnownConstraintIds(network: Parameters<typeof checkConstraintIds>[0], constraints: Parameters<typeof checkConstraintIds>[1]): void;
export declare const planRoutes: FastifyPluginAsyncZod<ApiContext>;
//# sourceMappingURL=plan.d.ts.map