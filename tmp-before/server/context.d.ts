/**
 * What every route plugin of the API receives: the loaded networks and the request bounds.
 * Route plugins are registered with this object as their options (see app.ts).
 */
import type { NetworkRegistry } from './network-registry.ts';
import type { PlanRunner } from './plan-pool.ts';
import type { SharedAnswers } from './shared-answers.ts';
export interface ApiContext {
    readonly registry: NetworkRegistry;
    /** runs searches: in-process or on worker threads */
    readonly planRunner: PlanRunner;
    /** per-request search budget handed to the planner; past it the answer is 503 SEARCH_ABORTED */
    readonly timeBudgetMs: number;
    /** label cap handed to the planner (bounds memory and time of Pareto searches) */
    readonly maxLabels: number;
    /** route answers are checked against the contract before they are sent (API19) */
    readonly checkAnswers: boolean;
    /** answers kept in the route cache (0 disables it) and their total size bound */
    readonly cacheEntries: number;
    readonly cacheBytes: number;
    /** plan answers shared with the other API replicas (Redis), when REDIS_URL is set */
    readonly sharedAnswers?: SharedAnswers;
    /** false once shutdown has begun: /ready answers 503 so load balancers drain this instance */
    readonly state: {
        ready: boolean;
        startedAt: number;
    };
}
//# sourceMappingURL=context.d.ts.map