import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type RunLimits, type RunManager } from '../../jobs/index.ts';
import type { ApiContext } from '../context.ts';
/** Options of the simulation routes beyond the API context. */
export interface SimulationRouteOptions {
    networksDir: string;
    /** caps and expiry of runs (defaults: DEFAULT_RUN_LIMITS) */
    limits?: Partial<RunLimits> | undefined;
    /** a run manager made elsewhere (Redis); by default runs are queued in this process */
    runManager?: RunManager | undefined;
}
export declare const simulationRoutes: FastifyPluginAsyncZod<ApiContext & SimulationRouteOptions>;
//# sourceMappingURL=simulations.d.ts.map