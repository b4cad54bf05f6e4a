import { type DrawOptions } from '../itinerary/index.ts';
import { type Conditions, type Network, type PlanResult, type RouteQuery } from '../model/index.ts';
import { type RoutingIndex } from '../routing/index.ts';
export interface PlanOptions {
    now?: Date;
    signal?: AbortSignal;
    timeBudgetMs?: number;
    maxLabels?: number;
    conditions?: Conditions;
    seed?: number;
    /** P50/P90 draws of the answer's routes (default: 200 stratified, docs/decisions.md R25) */
    draws?: DrawOptions;
}
export interface Planner {
    readonly network: Network;
    /** the compiled index (read-only), for diagnostics and benchmarks */
    readonly index: RoutingIndex;
    plan(query: RouteQuery, options?: PlanOptions): PlanResult;
    compare(query: RouteQuery, options?: PlanOptions): PlanResult;
}
export declare function createPlanner(network: Network): Planner;
//# sourceMappingURL=create-planner.d.ts.map