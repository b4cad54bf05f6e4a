/** z of the 90th percentile of the standard normal distribution. */
const Z90 = 1.2815515655446004;
export function medianOf(d) {
    switch (d.dist) {
        case 'fixed':
            return d.value;
        case 'triangular':
            return quantileTriangular(d.min, d.mode, d.max, 0.5);
        case 'lognormal':
            return d.p50;
    }
}
export function quantileOf(d, p) {
    switch (d.dist) {
        case 'fixed':
            return d.value;
        case 'triangular':
            return quantileTriangular(d.min, d.mode, d.max, p);
        case 'lognormal': {
            const sigma = d.p90 > d.p50 ? Math.log(d.p90 / d.p50) / Z90 : 0;
            return d.p50 * Math.exp(sigma * normalQuantile(p));
        }
    }
}
/** A draw from `d` given a uniform number u in (0, 1). */
export function sampleOf(d, u) {
    return quantileOf(d, clampUniform(u));
}
function quantileTriangular(min, mode, max, p) {
    const lo = Math.min(min, mode, max);
    const hi = Math.max(min, mode, max);
    const c = Math.min(Math.max(mode, lo), hi);
    if (hi === lo)
        return lo;
    const fc = (c - lo) / (hi - lo);
    return p < fc
        ? lo + Math.sqrt(p * (hi - lo) * (c - lo))
        : hi - Math.sqrt((1 - p) * (hi - lo) * (hi - c));
}
// Acklam's coefficients, hoisted so a call allocates nothing (Monte Carlo calls this per draw).
const A0 = -39.69683028665376, A1 = 220.9460984245205, A2 = -275.9285104469687, A3 = 138.357751867269, A4 = -30.66479806614716, A5 = 2.506628277459239;
const B0 = -54.47609879822406, B1 = 161.5858368580409, B2 = -155.6989798598866, B3 = 66.80131188771972, B4 = -13.28068155288572;
const C0 = -0.007784894002430293, C1 = -0.3223964580411365, C2 = -2.400758277161838, C3 = -2.549732539343734, C4 = 4.374664141464968, C5 = 2.938163982698783;
const D0 = 0.007784695709041462, D1 = 0.3224671290700398, D2 = 2.445134137142996, D3 = 3.754408661907416;
const P_LOW = 0.02425;
/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
export function normalQuantile(p) {
    if (p < P_LOW) {
        const q = Math.sqrt(-2 * Math.log(p));
        return ((((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) /
            ((((D0 * q + D1) * q + D2) * q + D3) * q + 1));
    }
    if (p > 1 - P_LOW) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return (-(((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) /
            ((((D0 * q + D1) * q + D2) * q + D3) * q + 1));
    }
    const q = p - 0.5;
    const r = q * q;
    return (((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) /
        (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1));
}
/** True when every draw of `d` is the same value (no spread). */
export function isDegenerate(d) {
    switch (d.dist) {
        case 'fixed':
            return true;
        case 'triangular':
            return d.min === d.max;
        case 'lognormal':
            return !(d.p90 > d.p50);
    }
}
/** Slots a packed distribution takes in a Float64Array (packDistribution / samplePacked). */
export const PACKED_SIZE = 5;
const PACK_FIXED = 0;
const PACK_TRIANGULAR = 1;
const PACK_LOGNORMAL = 2;
/**
 * Writes `d` into `out[at … at + PACKED_SIZE)` with the constants its draws need derived once
 * (bounds and widths of a triangular, σ of a lognormal), for Monte Carlo loops that draw from the
 * same few distributions thousands of times. samplePacked gives exactly sampleOf's value: the same
 * operations on the same numbers, only hoisted out of the loop.
 */
export function packDistribution(d, out, at) {
    out.fill(0, at, at + PACKED_SIZE);
    switch (d.dist) {
        case 'fixed':
            out[at] = PACK_FIXED;
            out[at + 1] = d.value;
            return;
        case 'triangular': {
            const lo = Math.min(d.min, d.mode, d.max);
            const hi = Math.max(d.min, d.mode, d.max);
            const c = Math.min(Math.max(d.mode, lo), hi);
            if (hi === lo) {
                out[at] = PACK_FIXED;
                out[at + 1] = lo;
                return;
            }
            out[at] = PACK_TRIANGULAR;
            out[at + 1] = lo;
            out[at + 2] = hi;
            out[at + 3] = c;
            out[at + 4] = (c - lo) / (hi - lo);
            return;
        }
        case 'lognormal':
            out[at] = PACK_LOGNORMAL;
            out[at + 1] = d.p50;
            out[at + 2] = d.p90 > d.p50 ? Math.log(d.p90 / d.p50) / Z90 : 0;
            return;
    }
}
/** A draw from the distribution packed at `at`, given a uniform u in (0, 1): sampleOf's value. */
export function samplePacked(buf, at, u) {
    const p = clampUniform(u);
    const kind = buf[at];
    if (kind === PACK_FIXED)
        return buf[at + 1];
    if (kind === PACK_TRIANGULAR) {
        const lo = buf[at + 1];
        const hi = buf[at + 2];
        const c = buf[at + 3];
        return p < buf[at + 4]
            ? lo + Math.sqrt(p * (hi - lo) * (c - lo))
            : hi - Math.sqrt((1 - p) * (hi - lo) * (hi - c));
    }
    return buf[at + 1] * Math.exp(buf[at + 2] * normalQuantile(p));
}
/** The clamped probability samplePacked draws at: u kept inside (0, 1). */
export function clampUniform(u) {
    return Math.min(1 - 1e-12, Math.max(1e-12, u));
}
/**
 * samplePacked's value when the standard normal quantile of the clamped uniform is known:
 * z = normalQuantile(clampUniform(u)). Monte Carlo draws the same uniforms for every route of a
 * given size (monte-carlo.ts), so their quantiles are computed once and the lognormal draw is one
 * exp; triangular and fixed draws read u as samplePacked does. Exactly samplePacked's value.
 */
export function samplePackedZ(buf, at, u, z) {
    const kind = buf[at];
    if (kind === PACK_LOGNORMAL)
        return buf[at + 1] * Math.exp(buf[at + 2] * z);
    return samplePacked(buf, at, u);
}
/**
 * max(0, draw − median) of the distribution packed at `at`, given the normal quantile z of the
 * clamped uniform (samplePackedZ): how far a draw lies above the median (on-board border dwell beyond
 * its planned median). A lognormal's draw at u ≤ 0.5 is at most its median, so its excess is 0
 * without evaluating the exp.
 */
export function excessOverMedianPackedZ(buf, at, u, z, median) {
    if (buf[at] === PACK_LOGNORMAL && u <= 0.5 && median === buf[at + 1])
        return 0;
    return Math.max(0, samplePackedZ(buf, at, u, z) - median);
}
//# sourceMappingURL=distribution.js.map