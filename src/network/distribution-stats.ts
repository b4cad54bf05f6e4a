/** Summary statistics of the Distribution figures (dwell, delay, clearance) for display and graph attributes. */
import type { Distribution } from '../model/index.ts';

/** Median of a distribution: the fixed value, the lognormal p50, or the triangular median (closed form). */
export function medianOf(d: Distribution): number {
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'lognormal':
      return d.p50;
    case 'triangular': {
      const { min, mode, max } = d;
      if (max === min) return min;
      return mode >= (min + max) / 2
        ? min + Math.sqrt(((max - min) * (mode - min)) / 2)
        : max - Math.sqrt(((max - min) * (max - mode)) / 2);
    }
  }
}
