import type { Objective, Route } from '../model/index.ts';
import { type SearchContext, type SearchRequest } from '../routing/index.ts';
/** A built route's score under the time objective: its arrival (epoch hours) with the transfer penalty (R28). */
export declare function routeTimeScoreH(r: Route, transferPenaltyH: number): number;
/**
 * The first route of `other`'s search when it ranks above `best`, else undefined: what the answer
 * would have offered without the restriction that `other` lifts.
 */
export declare function betterRouteIn(other: SearchContext, req: SearchRequest, best: Route, objective: Objective, build: {
    departH: number;
    seed: number;
}): Route | undefined;
//# sourceMappingURL=route-score.d.ts.map