/**
 * Named corridors: every route labelled with the corridor a planner calls it by ("Erenhot rail",
 * "Air via Beijing"), and the rows of a corridor comparison: one per named corridor that could serve
 * the pair (its best route, or the plain reason it has none), plus one per route no named corridor
 * takes. The rows only point into the answer's own routes, so list, comparison and charts agree.
 */
import type { CorridorReasonCode, CorridorRow, MessageParams, Network, Route, RouteQuery } from '../model/index.ts';
/** The routes with their corridor's group id and short names set. */
export declare function labelRoutes(network: Network, routes: readonly Route[]): Route[];
interface Reason {
    code: CorridorReasonCode;
    params: MessageParams;
    text: string;
}
/**
 * The routes of a comparison without the corridors that only detour: a route with no sea or air leg
 * that runs more than DETOUR_FACTOR times the great circle (plus DETOUR_SLACK_KM) and that another
 * route beats on money, arrival and CO2e is no corridor a planner weighs (Chifeng → Ulaanbaatar
 * through Manzhouli and Russia: 2,988 km for 1,129, dearer, later and dirtier than by Erenhot). Its
 * row stays in the comparison as not possible, saying so (DETOUR).
 */
export declare function withoutDetours(routes: readonly Route[]): {
    kept: Route[];
    detours: Map<string, Reason>;
};
/**
 * The comparison rows of an answer whose routes are labelled (labelRoutes): the corridors with a
 * route first, in the order of their best route, then the named corridors that could serve the pair
 * but carry none, in file order, each with its reason.
 */
export declare function corridorRows(network: Network, query: RouteQuery, ends: {
    fromCountry: string;
    toCountry: string;
}, routes: readonly Route[], detours?: ReadonlyMap<string, Reason>): CorridorRow[];
export {};
//# sourceMappingURL=corridor-groups.d.ts.map