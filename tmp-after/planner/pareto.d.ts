/** Pareto filtering of target labels and marking of Pareto-optimal routes (cost, arrival, CO2e). */
import type { Route } from '../model/index.ts';
import type { LabelPool } from '../routing/index.ts';
/** Non-dominated labels over (money, arrival, CO2e), duplicates (equal on all three) removed, cheapest first. */
export declare function paretoFilter(pool: LabelPool, labels: readonly number[]): number[];
/** Sets pareto_optimal on routes no other route in the list dominates. */
export declare function markPareto(routes: Route[]): void;
/**
 * Thins an exact front (cheapest first) to an ε-Pareto set: a label is dropped when a kept label is
 * no worse than it beyond the NEAR_DUPLICATE tolerances on every criterion. The cheapest, the
 * earliest and the lowest-CO2e labels are always kept, so the ends of the trade-off survive.
 */
export declare function thinNearDuplicates(pool: LabelPool, front: readonly number[]): number[];
/**
 * At most `max` labels of a front: the cheapest, the earliest and the lowest-CO2e always, the rest
 * spread evenly along the front by cost, so a cap never hides an end of the trade-off.
 */
export declare function capFront(pool: LabelPool, front: readonly number[], max: number): number[];
//# sourceMappingURL=pareto.d.ts.map