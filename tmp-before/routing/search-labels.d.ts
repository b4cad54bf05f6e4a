import { type Objective } from '../model/index.ts';
import { type BacktrackPruning } from './backtracking.ts';
import { type LabelPool } from './label-pool.ts';
import type { SearchContext } from './search-context.ts';
export interface SearchRequest {
    /** node ids where the cargo starts and may end */
    sources: readonly number[];
    targets: readonly number[];
    /** epoch hours (UTC) when the cargo is ready at the origin */
    departH: number;
    objective: Objective;
    /** false: ignore schedules (no waiting), for static comparisons */
    timeDependent?: boolean;
    maxTransfers?: number | undefined;
    budgetUsd?: number | undefined;
    /** latest planned arrival, epoch hours */
    deadlineH?: number | undefined;
    signal?: AbortSignal | undefined;
    /** performance.now() value after which the search aborts */
    deadlineMs?: number | undefined;
    maxLabels?: number | undefined;
    /** drop land rides that would start a back-track (backtracking.ts); absent: keep every ride */
    backtrack?: BacktrackPruning | undefined;
    /**
     * rides not to take, by hop edge (one boarding, one alighting: corridors.ts, a refused chain's
     * ride); the same service from the same stop to another stop stays open
     */
    noRide?: ReadonlySet<number> | undefined;
}
export interface SearchResult {
    pool: LabelPool;
    /** labels reaching a target, in the order found (best key first) */
    targets: number[];
    labels: number;
    /** true when the label cap stopped the search */
    truncated: boolean;
}
/**
 * The objective's scalar key of a label that boarded `boardings` services (its hops). Ranked by time,
 * each boarding after the first (each change of service) counts the query's transfer penalty in hours
 * (docs/decisions.md R28).
 */
export declare function labelKey(ctx: SearchContext, objective: Objective, departH: number, money: number, time: number, co2: number, boardings: number): number;
export declare function searchLabels(ctx: SearchContext, req: SearchRequest): SearchResult;
//# sourceMappingURL=search-labels.d.ts.map