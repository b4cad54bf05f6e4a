import { routeTimeScoreH } from "./route-score.js";
const int = (x) => Math.round(x).toLocaleString('en-US');
/**
 * An amount as the notices give it (params `*_amount`, decisions API21): whole FEU and TEU, or kg;
 * the English text says the same ("400 FEU", "3 FEU + 2 TEU", "52,000 kg", "nothing").
 */
function amount(q) {
    if (q.kg !== undefined)
        return { kg: Math.round(q.kg) };
    return {
        ...(q.feu !== undefined ? { feu: Math.round(q.feu) } : {}),
        ...(q.teu !== undefined ? { teu: Math.round(q.teu) } : {}),
    };
}
/** "400 FEU", "3 FEU + 2 TEU", "52,000 kg"; "nothing" for no box at all. */
function amountText(q) {
    if (q.kg !== undefined)
        return `${int(q.kg)} kg`;
    const parts = [];
    if (q.feu)
        parts.push(`${int(q.feu)} FEU`);
    if (q.teu)
        parts.push(`${int(q.teu)} TEU`);
    return parts.length > 0 ? parts.join(' + ') : 'nothing';
}
/** The shipment's quantity in the split's terms (loose cargo in kg, containers as given). */
function shipmentAmount(s, split) {
    return split.unit === 'kg' || (!s.feu && !s.teu)
        ? amount({ kg: s.kg ?? 0 })
        : amount({ ...(s.feu ? { feu: s.feu } : {}), ...(s.teu ? { teu: s.teu } : {}) });
}
/** What one departure takes, in the shipment's container size when it ships only FEU. */
function perDepartureAmount(s, split) {
    if (split.unit === 'kg')
        return amount({ kg: split.per_departure });
    if (s.feu && !s.teu)
        return amount({ feu: Math.max(1, Math.floor(split.per_departure / 2)) });
    return amount({ teu: split.per_departure });
}
/** What the departures carry; none at all is 0 of the boxes the shipment counts in. */
function carriedAmount(s, split) {
    const sum = { feu: 0, teu: 0, kg: 0 };
    for (const p of split.parts) {
        sum.feu += p.feu ?? 0;
        sum.teu += p.teu ?? 0;
        sum.kg += p.kg ?? 0;
    }
    if (split.unit === 'kg')
        return amount({ kg: sum.kg });
    if (sum.feu + sum.teu === 0)
        return s.feu && !s.teu ? { feu: 0 } : { teu: 0 };
    return amount({ ...(sum.feu ? { feu: sum.feu } : {}), ...(sum.teu ? { teu: sum.teu } : {}) });
}
function shortAmount(s, split) {
    if (split.unit === 'kg')
        return amount({ kg: split.short_load });
    return s.feu && !s.teu
        ? amount({ feu: split.short_load / 2 })
        : amount({ teu: split.short_load });
}
/** Notices about the first route's split, if it has one. */
export function capacityNotices(route, s) {
    const split = route.capacity;
    if (!split)
        return [];
    const notices = [];
    const shipment_amount = shipmentAmount(s, split);
    const shipment = amountText(shipment_amount);
    if (split.parts.length > 0) {
        const per_departure_amount = perDepartureAmount(s, split);
        const params = {
            shipment,
            service: split.bottleneck_service_id,
            per_departure: amountText(per_departure_amount),
            departures: split.parts.length,
            last_arrival: route.arrive,
            shipment_amount,
            per_departure_amount,
        };
        notices.push({
            code: 'CAPACITY_SPLIT',
            params,
            text: `${shipment} exceed what one departure of ${params.service} takes (${params.per_departure}): ` +
                `the first route splits the shipment over ${params.departures} departures; its last part arrives ${params.last_arrival} (scheduled), which is the route's arrival`,
        });
    }
    if (!split.complete) {
        const carried_amount = carriedAmount(s, split);
        const short_amount = shortAmount(s, split);
        const params = {
            shipment,
            carried: amountText(carried_amount),
            short: amountText(short_amount),
            service: split.bottleneck_service_id,
            limit: split.limit,
            limit_at: split.limit_at,
            shipment_amount,
            carried_amount,
            short_amount,
        };
        const within = split.limit === 'deadline'
            ? `by the deadline ${params.limit_at}`
            : `within the planning horizon (departures until ${params.limit_at})`;
        notices.push({
            code: 'CAPACITY_SHORT',
            params,
            text: `the first route's departures carry ${params.carried} of ${shipment} ${within}; ${params.short} are not planned: book more departures later, another corridor or split the order`,
        });
    }
    return notices;
}
/** The reason when every route was left out and some only because its departures cannot carry all by the deadline. */
export function capacityDeadlineReason(late, s, deadline) {
    const capped = late
        .filter((r) => r.capacity && !r.capacity.complete && r.capacity.parts.length > 0)
        .sort((a, b) => b.capacity.carried_load - a.capacity.carried_load);
    const best = capped[0]?.capacity;
    if (!best)
        return undefined;
    const shipment_amount = shipmentAmount(s, best);
    const carried_amount = carriedAmount(s, best);
    const params = {
        deadline,
        shipment: amountText(shipment_amount),
        carried: amountText(carried_amount),
        service: best.bottleneck_service_id,
        shipment_amount,
        carried_amount,
    };
    return {
        code: 'CAPACITY_DEADLINE',
        params,
        text: `no route carries all ${params.shipment} by the deadline ${deadline} (constraints.deadline): split over departures, the most any route carries by then is ${params.carried} (its smallest departures are on ${params.service})`,
    };
}
/**
 * Split routes ranked on what they deliver: by the last part's arrival (with the transfer penalty,
 * R28) for the time objective, by
 * the generalized cost (the parts' hours weighted by load) for the generalized one. Money and CO2e
 * do not change with the split, and a Pareto answer keeps its order.
 */
export function rankSplitRoutes(routes, objective, transferPenaltyH) {
    if (!routes.some((r) => r.capacity))
        return routes;
    if (objective === 'time') {
        return [...routes].sort((a, b) => routeTimeScoreH(a, transferPenaltyH) - routeTimeScoreH(b, transferPenaltyH));
    }
    if (objective === 'generalized')
        return [...routes].sort((a, b) => a.generalized_cost_usd - b.generalized_cost_usd);
    return routes;
}
//# sourceMappingURL=capacity-notices.js.map