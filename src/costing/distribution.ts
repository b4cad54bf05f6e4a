/**
 * Planning values and samples of the network's distributions (dwell, delay, clearance).
 * Planning uses the median; Monte Carlo draws by inverse CDF from a uniform number the caller supplies.
 */
import type { Distribution } from '../model/index.ts';

/** z of the 90th percentile of the standard normal distribution. */
const Z90 = 1.2815515655446004;

export function medianOf(d: Distribution): number {
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'triangular':
      return quantileTriangular(d.min, d.mode, d.max, 0.5);
    case 'lognormal':
      return d.p50;
  }
}

export function quantileOf(d: Distribution, p: number): number {
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
export function sampleOf(d: Distribution, u: number): number {
  return quantileOf(d, Math.min(1 - 1e-12, Math.max(1e-12, u)));
}

function quantileTriangular(min: number, mode: number, max: number, p: number): number {
  const lo = Math.min(min, mode, max);
  const hi = Math.max(min, mode, max);
  const c = Math.min(Math.max(mode, lo), hi);
  if (hi === lo) return lo;
  const fc = (c - lo) / (hi - lo);
  return p < fc ? lo + Math.sqrt(p * (hi - lo) * (c - lo)) : hi - Math.sqrt((1 - p) * (hi - lo) * (hi - c));
}

/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - pl) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}
