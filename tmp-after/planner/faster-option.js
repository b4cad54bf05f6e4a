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
import { buildRoute } from "../itinerary/index.js";
import { backtrackReason, chainSteps, releasePool, searchLabels, } from "../routing/index.js";
/** how much dearer the faster route may be, as a share of the cheapest route's cost */
const FASTER_COST_SLACK = 0.1;
/** how many times faster it must be: its duration × this is below the cheapest route's */
const FASTER_TIME_FACTOR = 1.5;
/** durations are rounded to the minute (round-route.ts): a margin so a rounded one never beats the bound */
const ROUNDING_MARGIN_H = 0.05;
/** Is `r` the kind of route a forwarder books instead of `cheapest`? */
export function isFasterForLittleMore(r, cheapest) {
    return (r.cost.total_usd <= cheapest.cost.total_usd * (1 + FASTER_COST_SLACK) &&
        r.duration_h * FASTER_TIME_FACTOR < cheapest.duration_h);
}
/**
 * The earliest-arriving route within FASTER_COST_SLACK of the cheapest route's cost, when it is
 * FASTER_TIME_FACTOR times faster and the routes found so far hold none such; else undefined.
 */
export function findFasterRoute(ctx, req, routes, build, origins) {
    const cheapest = routes[0];
    if (!cheapest || routes.some((r) => isFasterForLittleMore(r, cheapest)))
        return { route: undefined, labels: 0 };
    const res = searchLabels(ctx, {
        ...req,
        objective: 'time',
        budgetUsd: Math.min(req.budgetUsd ?? Infinity, cheapest.cost.total_usd * (1 + FASTER_COST_SLACK)),
        // a route arriving later is not FASTER_TIME_FACTOR times faster: the search need not follow it
        deadlineH: Math.min(req.deadlineH ?? Infinity, req.departH + cheapest.duration_h / FASTER_TIME_FACTOR + ROUNDING_MARGIN_H),
    });
    try {
        // never a back-tracking chain (R17): offered beside the cheapest, it would be an alternative
        const label = res.targets.find((l) => backtrackReason(chainSteps(ctx.index, res.pool, l), origins) === null);
        const route = label === undefined ? undefined : buildRoute(ctx, res.pool, label, build);
        return {
            route: route && isFasterForLittleMore(route, cheapest) ? route : undefined,
            labels: res.labels,
        };
    }
    finally {
        releasePool(res.pool);
    }
}
/** The notice naming the first alternative that costs a little more and arrives much sooner. */
export function fasterOptionNotice(routes) {
    const cheapest = routes[0];
    if (!cheapest)
        return undefined;
    const at = routes.findIndex((r, i) => i > 0 && isFasterForLittleMore(r, cheapest));
    if (at < 0)
        return undefined;
    const r = routes[at];
    const usdMore = Math.round(r.cost.total_usd - cheapest.cost.total_usd);
    const daysSooner = Math.round(((cheapest.duration_h - r.duration_h) / 24) * 10) / 10;
    return {
        code: 'FASTER_FOR_LITTLE_MORE',
        params: { route: at + 1, usd_more: usdMore, days_sooner: daysSooner },
        text: `route ${at + 1} costs USD ${usdMore} more than the cheapest and takes ${daysSooner} days less`,
    };
}
//# sourceMappingURL=faster-option.js.map