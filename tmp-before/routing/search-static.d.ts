import type { Objective } from '../model/index.ts';
import type { SearchContext } from './search-context.ts';
export type StaticObjective = Exclude<Objective, 'pareto'>;
/** Weight of edge e for the objective, or -1 when the edge is forbidden. */
export declare function staticWeight(ctx: SearchContext, e: number, objective: StaticObjective): number;
/** Lowest weight per chord-km over all allowed edges (0 when any edge is free): the A* rate. */
export declare function lowerBoundRate(ctx: SearchContext, objective: StaticObjective): number;
/**
 * Static weights of every edge for one context and objective (-1 = forbidden), computed on first use.
 * A context lives for one query (or one scenario), so repeated searches on it read plain typed arrays.
 */
export declare function staticWeights(ctx: SearchContext, objective: StaticObjective): Float64Array;
/**
 * Static weights of one context and objective, each worked out the first time an edge asks for it
 * (NaN until then): for a search that reads the weights of only the edges it relaxes, and for the
 * searches after it on the same context, which read them again. A weight read under a gateway ban may be
 * the -1 of a banned edge, or an unbanned weight for an edge banned since: callers use it only as a
 * pruning bound that an edge they refuse anyway, or a -1 below any key, cannot make wrong.
 */
export declare function staticWeightsLazy(ctx: SearchContext, objective: StaticObjective): Float64Array;
export interface StaticResult {
    /** best weight, Infinity when no target is reachable */
    weight: number;
    /** edges from source to target (layer changes of customs show as -2) */
    edges: number[];
    target: number;
    settled: number;
}
/** Single-objective static A* from any source to the nearest target (both node ids). Customs layers are not modelled here. */
export declare function searchStatic(ctx: SearchContext, sources: readonly number[], targets: readonly number[], objective: StaticObjective): StaticResult;
//# sourceMappingURL=search-static.d.ts.map