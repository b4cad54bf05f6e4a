/** Order statistics without a full sort. Leaf module: no domain imports. */
/**
 * Puts the value of rank k (0-based, ascending) of xs[lo…hi] at xs[k], smaller or equal values
 * before it and larger or equal after it (Hoare's quickselect, middle pivot). Linear on average,
 * where sorting a route's 400 Monte Carlo draws was a tenth of its Monte Carlo time.
 */
export declare function selectRank(xs: Float64Array, k: number, lo: number, hi: number): void;
//# sourceMappingURL=select-rank.d.ts.map