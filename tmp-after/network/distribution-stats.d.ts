/** Summary statistics of the Distribution figures (dwell, delay, clearance) for display and graph attributes. */
import type { Distribution } from '../model/index.ts';
/** Median of a distribution: the fixed value, the lognormal p50, or the triangular median (closed form). */
export declare function medianOf(d: Distribution): number;
//# sourceMappingURL=distribution-stats.d.ts.map