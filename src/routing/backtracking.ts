/**
 * Back-tracking chains (docs/decisions.md R17): a route that changes services on land at a point
 * further from its destination than its origin, that turns back on land between two changes of
 * service, or that comes through the same place twice. No forwarder books Chifeng → Tianjin by the
 * rail-sea shuttle and back west to Ulanqab for the Moscow train, or Ordos → Tianjin → Chifeng for
 * the Manzhouli train; they are priced as two cheap rides, not as a corridor. The alternative search
 * (corridors.ts) leaves such routes out whenever a route without a back-track reaches the
 * destination. A move to a seaport or airport that a ship or plane then leaves from is not a
 * back-track: an inland origin reaches the sea by moving away from an overseas destination.
 */
import { haversineKm, type LonLat } from '../lib/geo.ts';
import { EDGE_BORDER, EDGE_HOP, MODE_LIST, type RoutingIndex } from './routing-index.ts';
import type { LabelPool } from './label-pool.ts';
import { MODE_TRAITS } from '../model/index.ts';

/**
 * A change of service on land may lie this much further from the destination (great circle) than the
 * origin: a hub beside the origin (Hohhot's bonded zone for Erenhot cargo) is not a back-track, Tianjin
 * for Chifeng → Moscow (194 km further) is.
 */
const BACKTRACK_AWAY_KM = 150;
/**
 * Two land rides a → b → c turn back when their great circles a–b and b–c add up to more than this
 * many times a–c, plus BACKTRACK_TURN_SLACK_KM so drayage between a hub's terminals never counts:
 * Tianjin → Chifeng → Dalian by truck is 814 km of great circle for 347 km, Ordos → Baotou → Duisburg
 * 1.00×.
 */
const BACKTRACK_TURN_RATIO = 1.5;
const BACKTRACK_TURN_SLACK_KM = 100;
/** Two positions closer than this are one place (a hub's rail terminal, bonded zone and airport). */
const SAME_PLACE_KM = 25;

/** One ride between two changes of service: where it starts and ends, and whether it runs on land. */
export interface ChainStep {
  readonly from: LonLat;
  readonly to: LonLat;
  readonly land: boolean;
}

/** Why a chain of rides back-tracks, or null when it does not. */
export function backtrackReason(steps: readonly ChainStep[]): string | null {
  const n = steps.length;
  if (n < 2) return null;
  const dest = steps[n - 1]!.to;
  const origin = steps[0]!.from;
  const start = haversineKm(origin, dest);
  // places in the order passed, a hub's terminals taken as one place
  const places: LonLat[] = [origin];
  for (const s of steps) {
    if (haversineKm(places[places.length - 1]!, s.to) < SAME_PLACE_KM) continue;
    const again = places.slice(0, -1).findIndex((p) => haversineKm(p, s.to) < SAME_PLACE_KM);
    if (again >= 0) return 'passes the same place twice';
    places.push(s.to);
  }
  for (let k = 1; k < n; k++) {
    const here = steps[k]!;
    if (!here.land) continue;
    const away = haversineKm(here.from, dest) - start;
    if (away > BACKTRACK_AWAY_KM)
      return `changes service on land ${Math.round(away)} km further from the destination than the origin`;
    const before = steps[k - 1]!;
    if (!before.land) continue;
    const direct = haversineKm(before.from, here.to);
    const via = haversineKm(before.from, here.from) + haversineKm(here.from, here.to);
    if (via > BACKTRACK_TURN_RATIO * direct + BACKTRACK_TURN_SLACK_KM)
      return `turns back on land (${Math.round(via)} km of great circle for ${Math.round(direct)} km)`;
  }
  return null;
}

/** The rides of a label chain: every hop and border crossing, in order. */
export function chainSteps(index: RoutingIndex, pool: LabelPool, label: number): ChainStep[] {
  const steps: ChainStep[] = [];
  const at = (t: number) => index.terminals[t]!.location;
  for (const l of pool.chain(label)) {
    const e = pool.edge[l]!;
    if (e < 0) continue;
    const kind = index.eKind[e]!;
    if (kind === EDGE_HOP) {
      const si = index.services[index.eRef[e]!]!;
      steps.push({
        from: at(si.stops[index.eI[e]!]!),
        to: at(si.stops[index.eJ[e]!]!),
        land: MODE_TRAITS[MODE_LIST[si.mode]!].land,
      });
    } else if (kind === EDGE_BORDER) {
      steps.push({
        from: at(index.nodeTerminal[index.eFrom[e]!]!),
        to: at(index.nodeTerminal[index.eTo[e]!]!),
        land: true,
      });
    }
  }
  return steps;
}
