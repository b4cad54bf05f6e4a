/**
 * The cost objective answers the cheapest route first. A forwarder still books a route that costs a
 * little more and arrives much sooner: Hohhot → Duisburg, USD 6,212 by sea in 60 days, against the
 * train at USD 6,220 in 28. Corridor alternatives do not always show it (the faster route may share
 * the cheapest one's corridor: truck rather than train to the same ship), so when the answer holds
 * no route at most FASTER_COST_SLACK dearer that takes at most 1/FASTER_TIME_FACTOR of the time, one
 * search by arrival within that budget looks for it, and the answer offers it second with a notice
 * (docs/decisions.md R19). The search runs under a deadline: a route arriving later than
 * 1/FASTER_TIME_FACTOR of the cheapest route's time could not be offered (R22).
 */
import { type BuildOptions } from '../itinerary/index.ts';
import type { Notice, Route } from '../model/index.ts';
import type { LonLat } from '../lib/geo.ts';
import { type SearchContext, type SearchRequest } from '../routing/index.ts';
/** Is `r` the kind of route a forwarder books instead of `cheapest`? */
export declare function isFasterForLittleMore(r: Route, cheapest: Route): boolean;
/**
 * The earliest-arriving route within FASTER_COST_SLACK of the cheapest route's cost, when it is
 * FASTER_TIME_FACTOR times faster and the routes found so far hold none such; else undefined.
 */
export declare function findFasterRoute(ctx: SearchContext, req: SearchRequest, routes: readonly Route[], build: BuildOptions, origins: readonly LonLat[]): {
    route: Route | undefined;
    labels: number;
};
/** The notice naming the first alternative that costs a little more and arrives much sooner. */
export declare function fasterOptionNotice(routes: readonly Route[]): Notice | undefined;
//# sourceMappingURL=faster-option.d.ts.map