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

/**
 * The first rule applied while a search runs (docs/decisions.md R30): a label that has ridden and
 * stands at a terminal more than BACKTRACK_AWAY_KM further from the destination than the origin takes
 * no land ride or border crossing from there. Checked after the search only, a back-tracking chain
 * that the search ranked first was refused and its corridor's direct route, which the gateway bans of
 * the exploration do not reach first, could be missed: the fastest reefer box Baotou → Duisburg was
 * a 62-day sailing behind a refused truck-to-Ulanqab chain, beside a 25-day train.
 */
export interface BacktrackPruning {
  /** per terminal: great circle to the nearest destination terminal minus the origin's (km), a lower bound */
  readonly awayKm: Float64Array;
  /** per edge: 1 for a land ride (rail, road hop) or a border crossing */
  readonly landEdge: Uint8Array;
}

const landEdgesOf = new WeakMap<RoutingIndex, Uint8Array>();

function landEdges(index: RoutingIndex): Uint8Array {
  let land = landEdgesOf.get(index);
  if (land) return land;
  land = new Uint8Array(index.eKind.length);
  for (let e = 0; e < land.length; e++) {
    const kind = index.eKind[e]!;
    if (kind === EDGE_BORDER) land[e] = 1;
    else if (kind === EDGE_HOP)
      land[e] = MODE_TRAITS[MODE_LIST[index.services[index.eRef[e]!]!.mode]!].land ? 1 : 0;
  }
  landEdgesOf.set(index, land);
  return land;
}

/**
 * The pruning table of one query. `awayKm` never overstates how far a terminal lies behind the origin
 * (nearest destination terminal, farthest origin terminal), so the search drops only what the check
 * after it would refuse.
 */
export function backtrackPruning(
  index: RoutingIndex,
  origins: readonly LonLat[],
  destinations: readonly LonLat[],
): BacktrackPruning {
  const nearest = (p: LonLat) => {
    let d = Infinity;
    for (const q of destinations) d = Math.min(d, haversineKm(p, q));
    return d;
  };
  let start = 0;
  for (const o of origins) start = Math.max(start, nearest(o));
  const awayKm = new Float64Array(index.terminals.length);
  for (let t = 0; t < awayKm.length; t++) awayKm[t] = nearest(index.terminals[t]!.location) - start;
  return { awayKm, landEdge: landEdges(index) };
}

/** Whether a label that has ridden and stands at terminal `t` may take no land ride from there. */
export function landRidesBarred(p: BacktrackPruning, t: number): boolean {
  return p.awayKm[t]! > BACKTRACK_AWAY_KM;
}

/** One ride between two changes of service: where it starts and ends, and whether it runs on land. */
export interface ChainStep {
  readonly from: LonLat;
  readonly to: LonLat;
  readonly land: boolean;
  /** stops and border crossings passed on board between `from` and `to` */
  readonly passes?: readonly LonLat[];
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
  const seenBefore = (p: LonLat) =>
    places.slice(0, -1).some((q) => haversineKm(q, p) < SAME_PLACE_KM);
  for (const s of steps) {
    // on board past a place the cargo already left: trucked from Erenhot back to Hohhot for a
    // truck line that runs through Erenhot again
    if (s.passes?.some(seenBefore)) return 'passes the same place twice';
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
      const i = index.eI[e]!;
      const j = index.eJ[e]!;
      const passes: LonLat[] = [];
      for (let k = i; k < j; k++) {
        if (k > i) passes.push(at(si.stops[k]!));
        const b = si.legBorder[k]!;
        if (b >= 0) passes.push(at(index.borders[b]!.a), at(index.borders[b]!.b));
      }
      steps.push({
        from: at(si.stops[i]!),
        to: at(si.stops[j]!),
        land: MODE_TRAITS[MODE_LIST[si.mode]!].land,
        passes,
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
