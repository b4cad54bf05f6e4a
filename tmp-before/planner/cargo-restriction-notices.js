import { betterRouteIn } from "./route-score.js";
/**
 * Notices for an answer whose first route is `best`, searched in `restricted` (the shipment's cargo
 * rules) beside `ordinary` (the same query without them).
 */
export function cargoRestrictionNotices(restricted, ordinary, req, best, objective, departH, seed, cargo) {
    const other = betterRouteIn(ordinary, req, best, objective, { departH, seed });
    if (!other)
        return [];
    const notices = [];
    const seen = new Set();
    for (const leg of other.legs) {
        if (seen.has(leg.service_id))
            continue;
        seen.add(leg.service_id);
        const k = restricted.index.services.findIndex((s) => s.service.id === leg.service_id);
        const reason = k >= 0 ? restricted.serviceReason[k] : null;
        if (!reason)
            continue;
        const service = restricted.index.services[k].service;
        notices.push({
            code: 'CARGO_RESTRICTED_OPTION',
            params: {
                service: service.id,
                service_name: service.name,
                service_name_zh: service.name_zh ?? service.name,
                cargo: [...cargo],
                reason,
            },
            text: `a better-ranked option for ordinary cargo is not offered: ${reason}`,
        });
    }
    return notices;
}
//# sourceMappingURL=cargo-restriction-notices.js.map