/**
 * Ranking a route against the answer's first: the objective's value of a built route, and the search
 * once more in another context (rules waived, ordinary cargo) that says what a restriction cost.
 */
import { timeScoreH } from "../costing/index.js";
import { buildRoute } from "../itinerary/index.js";
import { releasePool, searchLabels, } from "../routing/index.js";
/** A built route's score under the time objective: its arrival (epoch hours) with the transfer penalty (R28). */
export function routeTimeScoreH(r, transferPenaltyH) {
    return timeScoreH(Date.parse(r.arrive) / 3_600_000, r.transfers, transferPenaltyH);
}
/** The objective's value of a built route, lower is better (as the search's label key ranks it). */
function scoreOf(r, objective, transferPenaltyH) {
    switch (objective) {
        case 'time':
            return routeTimeScoreH(r, transferPenaltyH);
        case 'co2':
            return r.co2e_kg;
        case 'generalized':
            return r.generalized_cost_usd;
        default:
            return r.cost.total_usd;
    }
}
/**
 * The first route of `other`'s search when it ranks above `best`, else undefined: what the answer
 * would have offered without the restriction that `other` lifts.
 */
export function betterRouteIn(other, req, best, objective, build) {
    const res = searchLabels(other, req);
    try {
        const label = res.targets[0];
        if (label === undefined)
            return undefined;
        const route = buildRoute(other, res.pool, label, build);
        const penaltyH = other.cost.transferPenaltyH;
        return scoreOf(route, objective, penaltyH) < scoreOf(best, objective, penaltyH) - 1e-6
            ? route
            : undefined;
    }
    finally {
        releasePool(res.pool);
    }
}
//# sourceMappingURL=route-score.js.map