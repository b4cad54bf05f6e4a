/**
 * Draws from the network's Distribution figures by inversion of one uniform, so a draw is a pure
 * function of (distribution, u): common random numbers across scenarios come for free.
 */
import { normalQuantile, triangularQuantile, Z90 } from '../lib/rng.ts';
import type { Distribution } from '../model/index.ts';

/** The value of `dist` (in hours, as the field's name says) at quantile `u` ∈ [0, 1). */
export function sampleHours(dist: Distribution, u: number): number {
  switch (dist.dist) {
    case 'fixed':
      return dist.value;
    case 'triangular':
      return triangularQuantile(u, dist.min, dist.mode, dist.max);
    case 'lognormal': {
      const sigma = Math.log(Math.max(dist.p90, dist.p50) / dist.p50) / Z90;
      return dist.p50 * Math.exp(sigma * normalQuantile(u));
    }
  }
}
