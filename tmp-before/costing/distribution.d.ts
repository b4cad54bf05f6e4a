/**
 * Planning values and samples of the network's distributions (dwell, delay, clearance).
 * Planning uses the median; Monte Carlo draws by inverse CDF from a uniform number the caller supplies.
 */
import type { Distribution } from '../model/index.ts';
export declare function medianOf(d: Distribution): number;
export declare function quantileOf(d: Distribution, p: number): number;
/** A draw from `d` given a uniform number u in (0, 1). */
export declare function sampleOf(d: Distribution, u: number): number;
/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
export declare function normalQuantile(p: number): number;
/** True when every draw of `d` is the same value (no spread). */
export declare function isDegenerate(d: Distribution): boolean;
/** Slots a packed distribution takes in a Float64Array (packDistribution / samplePacked). */
export declare const PACKED_SIZE = 5;
/**
 * Writes `d` into `out[at … at + PACKED_SIZE)` with the constants its draws need derived once
 * (bounds and widths of a triangular, σ of a lognormal), for Monte Carlo loops that draw from the
 * same few distributions thousands of times. samplePacked gives exactly sampleOf's value: the same
 * operations on the same numbers, only hoisted out of the loop.
 */
export declare function packDistribution(d: Distribution, out: Float64Array, at: number): void;
/** A draw from the distribution packed at `at`, given a uniform u in (0, 1): sampleOf's value. */
export declare function samplePacked(buf: Float64Array, at: number, u: number): number;
/** The clamped probability samplePacked draws at: u kept inside (0, 1). */
export declare function clampUniform(u: number): number;
/**
 * samplePacked's value when the standard normal quantile of the clamped uniform is known:
 * z = normalQuantile(clampUniform(u)). Monte Carlo draws the same uniforms for every route of a
 * given size (monte-carlo.ts), so their quantiles are computed once and the lognormal draw is one
 * exp; triangular and fixed draws read u as samplePacked does. Exactly samplePacked's value.
 */
export declare function samplePackedZ(buf: Float64Array, at: number, u: number, z: number): number;
/**
 * max(0, draw − median) of the distribution packed at `at`, given the normal quantile z of the
 * clamped uniform (samplePackedZ): how far a draw lies above the median (on-board border dwell beyond
 * its planned median). A lognormal's draw at u ≤ 0.5 is at most its median, so its excess is 0
 * without evaluating the exp.
 */
export declare function excessOverMedianPackedZ(buf: Float64Array, at: number, u: number, z: number, median: number): number;
//# sourceMappingURL=distribution.d.ts.map