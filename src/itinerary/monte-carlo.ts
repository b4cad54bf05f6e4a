/**
 * P50/P90 arrival of a planned route by Monte Carlo. Each run replays the route's steps with random
 * service delays (delay_h, at arrival), border dwell (dwell_h) and customs clearance (clearance_h)
 * drawn by inverse CDF from a seeded generator. A hop whose cargo is ready after its planned
 * departure takes the service's next scheduled departure, so a delay that misses a weekly train costs
 * a week; a run that misses any planned departure counts towards the route's missed-departure risk
 * (docs/decisions.md T4). A departure is made when the cargo is there by its cut-off. Scheduled trains do not arrive early: on-board dwell below the median does not advance them.
 * A service's delay is its arrival delay at the end of its run; a ride over part of the run takes the
 * share of it that its distance is of the whole (as the simulator does), so Tianjin → Shanghai on a
 * loop to Europe does not carry the intercontinental delay.
 */
import { isDegenerate, medianOf, sampleOf } from '../costing/index.ts';
import type { Distribution } from '../model/index.ts';
import { nextDepartureH, SCHEDULE_ON_DEMAND, type ServiceInfo } from '../routing/index.ts';
import { createRng } from '../lib/rng.ts';

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

/** True when no step of the route draws anything with a spread: every run gives the planned arrival. */
function deterministic(steps: readonly McStep[]): boolean {
  return steps.every((s) =>
    s.kind === 'fixed'
      ? true
      : s.kind === 'random'
        ? isDegenerate(s.dist)
        : (!s.si.delay || isDegenerate(s.si.delay)) && s.onBoardBorders.every(isDegenerate),
  );
}

/** Share of the service's whole run (by distance) that a ride from stop i to stop j covers. */
function rideShare(si: ServiceInfo, i: number, j: number): number {
  if (!(si.totalKm > 0)) return 1;
  return Math.min(1, Math.max(0, (si.cumKm[j]! - si.cumKm[i]!) / si.totalKm));
}

export function arrivalQuantiles(
  steps: readonly McStep[],
  departH: number,
  seed: number,
  runs = DEFAULT_RUNS,
  bookedAtH?: number,
): { p50: number; p90: number; missRisk: number } {
  const rand = createRng(seed).next;
  // a route without spread needs one run: every other would repeat it exactly
  const n = deterministic(steps) ? 1 : runs;
  // medians of on-board border dwell, once per route rather than once per draw
  const medians = steps.map((s) => (s.kind === 'hop' ? s.onBoardBorders.map(medianOf) : []));
  const delayShares = steps.map((s) => (s.kind === 'hop' ? rideShare(s.si, s.i, s.j) : 0));
  const arrivals = new Float64Array(n);
  let missedRuns = 0;
  for (let r = 0; r < n; r++) {
    let t = departH;
    let missed = false;
    for (let k = 0; k < steps.length; k++) {
      const s = steps[k]!;
      if (s.kind === 'fixed') t += s.hours;
      else if (s.kind === 'random') t += sampleOf(s.dist, rand()) + s.addH;
      else {
        let late = 0;
        const med = medians[k]!;
        for (let b = 0; b < s.onBoardBorders.length; b++)
          late += Math.max(0, sampleOf(s.onBoardBorders[b]!, rand()) - med[b]!);
        const delay = s.si.delay ? sampleOf(s.si.delay, rand()) * delayShares[k]! : 0;
        if (s.dep0 < 0) {
          t += s.extraH + late + delay;
          continue;
        }
        const board = s.dep0 + s.si.depOffH[s.i]!;
        const off = s.si.depOffH[s.i]!;
        // the cargo makes the planned departure when it is there by the cut-off
        const made = t + s.si.schedule.cutoffH <= board + 1e-9;
        // an on-demand truck waits for the cargo: late cargo delays it but misses nothing
        if (!made && s.si.schedule.type !== SCHEDULE_ON_DEMAND) missed = true;
        const dep0 = made
          ? s.dep0
          : nextDepartureH(
              s.si.schedule,
              t - off,
              bookedAtH === undefined ? undefined : bookedAtH - off,
            );
        t = dep0 + s.si.arrOffH[s.j]! + s.extraH + late + delay;
      }
    }
    arrivals[r] = t;
    if (missed) missedRuns++;
  }
  arrivals.sort();
  const q = (p: number) => arrivals[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!;
  return { p50: q(0.5), p90: q(0.9), missRisk: missedRuns / n };
}
