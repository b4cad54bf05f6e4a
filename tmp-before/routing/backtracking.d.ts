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
import { type LonLat } from '../lib/geo.ts';
import { type RoutingIndex } from './routing-index.ts';
import type { LabelPool } from './label-pool.ts';
/**
 * The first rule applied while a search runs (docs/decisions.md R30): a label that has ridden and
 * stands at a terminal more than BACKTRACK_AWAY_KM further from the destination than the origin takes
 * no land ride or border crossing from there. Checked after the search only, a back-tracking chain
 * that the search ranked first was refused and its corridor's direct route, which the gateway bans of
 * the exploration do not reach first, could be missed: the fastest reefer box Baotou → Duisburg was
 * a 62-day sailing behind a refused truck-to-Ulanqab chain, beside a 25-day train.
 */
export interface BacktrackPruning {
    /** per terminal: km further from the destination than the origin, the least over destination terminals */
    readonly awayKm: Float64Array;
    /** per edge: 1 for a land ride (rail, road hop) or a border crossing */
    readonly landEdge: Uint8Array;
}
/**
 * The pruning table of one query. The check after the search measures a chain against its own
 * destination terminal d and the origin place (its terminal nearest d); `awayKm` takes, for each
 * terminal, the least of that over the destination terminals, so it never overstates the check and
 * the search drops only what the check would refuse. The query's own origin terminals (indices in
 * `originTerminals`) are never barred: a query by position takes every terminal within 150 km of it,
 * which may lie 300 km apart, and a ride from any of them starts the route.
 * The table depends on the places alone, so it is kept per index for them: it took a great-circle
 * distance per terminal and destination on every query. Tables are shared and never written.
 */
export declare function backtrackPruning(index: RoutingIndex, origins: readonly LonLat[], destinations: readonly LonLat[], originTerminals?: readonly number[]): BacktrackPruning;
/** Whether a label standing at terminal `t` may take no land ride from there. */
export declare function landRidesBarred(p: BacktrackPruning, t: number): boolean;
/** One ride between two changes of service: where it starts and ends, and whether it runs on land. */
export interface ChainStep {
    readonly from: LonLat;
    readonly to: LonLat;
    readonly land: boolean;
    /** stops and border crossings passed on board between `from` and `to` */
    readonly passes?: readonly LonLat[];
    /**
     * the ride's hop edge in the routing index (this boarding, this alighting), where the chain is read
     * from a search; absent for a border crossed between services
     */
    readonly edge?: number;
}
/**
 * Why a chain back-tracks, and the ride that turns it back, if known, as the hop edge a search may
 * leave out (that boarding to that alighting)
 */
export interface BacktrackFinding {
    readonly reason: string;
    readonly ride?: number | undefined;
    /**
     * where the chain turns between two rides, the ride that brought it there: a search without it
     * finds the routes that reach the same ride on from another side (R32)
     */
    readonly rideBefore?: number | undefined;
}
/**
 * Why a chain of rides back-tracks, or null when it does not. `origins` are the origin place's
 * terminals (default: where the chain starts): distances behind the origin are counted from the one
 * nearest the destination, so a chain is judged alike whichever of a city's terminals it leaves from.
 */
export declare function backtrackReason(steps: readonly ChainStep[], origins?: readonly LonLat[]): string | null;
/**
 * backtrackReason with the rides a search may leave out to look for the same corridor without the
 * back-track (corridors.ts, R32): the ride that moved on from a place passed again, or at a turn (a
 * change of service too far behind the origin, or a turn back) the ride on from it and the ride that
 * brought the cargo there, each by its hop edge.
 */
export declare function backtrackFinding(steps: readonly ChainStep[], origins?: readonly LonLat[]): BacktrackFinding | null;
/** The rides of a label chain: every hop and border crossing, in order. */
export declare function chainSteps(index: RoutingIndex, pool: LabelPool, label: number): ChainStep[];
//# sourceMappingURL=backtracking.d.ts.map