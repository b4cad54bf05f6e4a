/**
 * P50/P90 arrival of a planned route by Monte Carlo. Each run replays the route's steps with random
 * service delays (delay_h, at arrival), border dwell (dwell_h) and customs clearance (clearance_h)
 * drawn by inverse CDF from a seeded generator. A hop whose cargo is ready after its planned
 * departure takes the service's next scheduled departure, so a delay that misses a weekly train costs
 * a week. Scheduled trains do not arrive early: on-board dwell below the median does not advance them.
 */
import { medianOf, sampleOf } from '../costing/index.ts';
import type { Distribution } from '../model/index.ts';
import { nextDepartureH, type ServiceInfo } from '../routing/index.ts';
import { seededRandom } from './seeded-random.ts';

export type McStep =
  | {
      kind: 'hop';
      si: ServiceInfo;
      i: number;
      j: number;
      /** planned first-stop departure (epoch hours), or -1 for a route planned without schedules */
      dep0: number;
      /** planned hours from boarding to arrival beyond the timetable (conditions), or the whole ride when dep0 < 0 */
      extraH: number;
      onBoardBorders: readonly Distribution[];
    }
  | { kind: 'fixed'; hours: number }
  | { kind: 'random'; dist: Distribution; addH: number };

export const DEFAULT_RUNS = 400;

export function arrivalQuantiles(steps: readonly McStep[], departH: number, seed: number, runs = DEFAULT_RUNS): { p50: number; p90: number } {
  const rand = seededRandom(seed);
  const arrivals = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    let t = departH;
    for (const s of steps) {
      if (s.kind === 'fixed') t += s.hours;
      else if (s.kind === 'random') t += sampleOf(s.dist, rand()) + s.addH;
      else {
        let late = 0;
        for (const d of s.onBoardBorders) late += Math.max(0, sampleOf(d, rand()) - medianOf(d));
        const delay = s.si.delay ? sampleOf(s.si.delay, rand()) : 0;
        if (s.dep0 < 0) {
          t += s.extraH + late + delay;
          continue;
        }
        const board = s.dep0 + s.si.depOffH[s.i]!;
        const dep0 = t <= board + 1e-9 ? s.dep0 : nextDepartureH(s.si.schedule, t - s.si.depOffH[s.i]!);
        t = dep0 + s.si.arrOffH[s.j]! + s.extraH + late + delay;
      }
    }
    arrivals[r] = t;
  }
  arrivals.sort();
  const q = (p: number) => arrivals[Math.min(runs - 1, Math.max(0, Math.ceil(p * runs) - 1))]!;
  return { p50: q(0.5), p90: q(0.9) };
}
