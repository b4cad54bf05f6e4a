/**
 * Corridors: the ordered gateways of a path (border crossings, and the seaport or airport where cargo
 * boards a ship or a plane), and the exploration that finds the best route per corridor by
 * gateway exclusion: search, then search again with each gateway of each new route banned in turn
 * (breadth first over ban sets), keeping the best route seen for every corridor.
 */
import { type RoutingIndex } from './routing-index.ts';
import type { SearchContext } from './search-context.ts';
import { type SearchRequest, type SearchResult } from './search-labels.ts';
import { type LabelPool } from './label-pool.ts';
import type { BacktrackFinding } from './backtracking.ts';
/** Gateway ids along the label chain ending at `label`: "border:<id>" and "port:<terminal id>". */
export declare function gatewaysOf(index: RoutingIndex, pool: LabelPool, label: number): string[];
export interface CorridorHit {
    corridorId: string;
    gateways: string[];
    result: SearchResult;
    label: number;
    key: number;
    /** why the answer may not show it (a back-tracking chain), as `judge` said; absent: it may */
    refusal?: BacktrackFinding;
}
export interface ExploreOptions {
    /** stop after this many corridors */
    maxCorridors: number;
    /** stop after this many searches */
    maxSearches: number;
    key: (result: SearchResult, label: number) => number;
    /**
     * Why the answer may not show a route (a back-tracking chain, backtrack.ts), or null when it may.
     * A refused route's gateways are still banned in turn to look further; it does not count towards
     * maxCorridors, so a refused chain never takes the place of a route the answer may show
     * (docs/decisions.md R30), and maxSearches bounds the work. When the refusal names the ride that
     * turns the route back, the next search leaves out that ride, which finds the same corridor
     * without the back-track (a box trucked to Baotou for the train, not to Erenhot and back to Ulanqab
     * for the same train), and the one after leaves out the ride that brought the cargo to the turn,
     * which finds the routes reaching the same ride on from another side; a ride is left out by its hop
     * edge, that boarding to that alighting, so the service's other stops stay open (R32). These
     * searches come before the route's gateways are banned in turn and do not count against
     * maxSearches, up to twice maxCorridors of them. When no route is accepted the best refused one
     * is returned alone, with its refusal, so a query never loses its answer and shows no refused
     * alternative beside it.
     */
    judge?: (result: SearchResult, label: number) => BacktrackFinding | null;
}
/**
 * Best route per corridor, best first. Leaves the context's gateway bans cleared. Pools of searches
 * that gave no kept hit are released for reuse; the caller may release the hits' pools when done.
 */
export declare function exploreCorridors(ctx: SearchContext, req: SearchRequest, opts: ExploreOptions): {
    hits: CorridorHit[];
    searches: number;
    labels: number;
    truncated: boolean;
};
//# sourceMappingURL=corridors.d.ts.map