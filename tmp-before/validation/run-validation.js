/**
 * Runs validation cases against a compiled planner and says, per case, whether the planner's figure
 * lies within the published range and by how much it is off. Pure: no file access, no clock (the
 * departure dates come from the file), so the same planner and cases give the same report.
 */
import { RouteQuery } from "../model/index.js";
import { inputSources } from "./input-sources.js";
import { caseSources, } from "./validation-file.schema.js";
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
function toQuery(c, defaultDepart) {
    const q = c.query;
    return RouteQuery.parse({
        from: q.from,
        to: q.to,
        depart: q.depart ?? defaultDepart,
        shipment: q.shipment,
        objective: q.objective,
        alternatives: 1,
        ...(q.modes ? { constraints: { modes: q.modes } } : {}),
    });
}
/** Cargo tonnes of the query as the planner counts them (kg when given, else boxes × t per TEU). */
function cargoTonnes(c, tPerTeu) {
    const s = c.query.shipment;
    if (s.kg !== undefined)
        return s.kg / 1000;
    return ((s.teu ?? 0) + 2 * (s.feu ?? 0)) * tPerTeu;
}
/**
 * When the shipper hands the cargo over (ms): the first leg's departure, moved later by the waits
 * before the first timetabled departure that booking ahead or leaving later avoids (docs/decisions.md
 * V4): the lead-time waits of on-demand pre-carriage and the wait for the first timetabled departure
 * beyond its cut-off. Waits after that departure (missed connections, later transfers) count.
 */
export function handoverMs(route) {
    const legs = route.legs;
    const first = legs[0];
    if (!first)
        return Date.parse(route.depart);
    const firstTimetabled = legs.findIndex((l) => l.booking === 'scheduled');
    const last = firstTimetabled < 0 ? legs.length - 1 : firstTimetabled;
    let avoidableH = 0;
    for (let k = 1; k <= last; k++) {
        const leg = legs[k];
        avoidableH += Math.max(0, leg.wait_h - (leg.cutoff_h ?? 0));
    }
    return Date.parse(first.depart) + avoidableH * 3_600_000;
}
/**
 * The destination's import clearance on a route (docs/decisions.md V7): published transport figures
 * (a train's or truck line's transit, a corridor's speed, a freight rate) run from handover to
 * arrival and price the carriage; the consignee's import clearance is not part of them. The report
 * compares like with like and takes its hours (the planned median) and its cost out of those measures.
 */
function importClearance(route) {
    // with the transit declaration that leads to it (T1, TIR: docs/decisions.md DC3, DC4)
    const imports = route.customs_events.filter((e) => (e.direction === 'import' || e.direction === 'transit') && e.territory);
    return {
        hours: imports.reduce((sum, e) => sum + e.time_h, 0),
        usd: (route.cost.import_customs_usd ?? 0) + (route.cost.transit_customs_usd ?? 0),
    };
}
/** The case's measure on a route; undefined when the route has nothing to measure (e.g. no such border). */
function measureRoute(route, c, tPerTeu) {
    const m = c.measure;
    const start = handoverMs(route);
    const clearance = importClearance(route);
    const transportH = (iso) => (Date.parse(iso) - start) / 3_600_000 - clearance.hours;
    const transportUsd = route.cost.total_usd - clearance.usd;
    switch (m) {
        case 'cost_usd':
            return transportUsd;
        case 'cost_usd_per_kg':
            return transportUsd / c.query.shipment.kg;
        case 'cost_usd_per_km':
            return transportUsd / route.distance_km;
        case 'transit_days':
            return transportH(route.arrive) / 24;
        case 'transit_days_p50':
            return transportH(route.arrive_p50) / 24;
        case 'distance_km':
            return route.distance_km;
        case 'speed_kmh':
            return route.distance_km / transportH(route.arrive);
        case 'co2e_kg':
            return route.co2e_kg;
        case 'co2e_g_per_tkm':
            return (route.co2e_kg * 1000) / (cargoTonnes(c, tPerTeu) * route.distance_km);
        case 'border_dwell_h': {
            const events = route.border_events.filter((b) => b.border_id === c.border);
            return events.length === 0 ? undefined : events.reduce((sum, b) => sum + b.dwell_h, 0);
        }
    }
}
function offBy(value, [low, high]) {
    if (value > high)
        return high === 0 ? Infinity : (value - high) / Math.abs(high);
    if (value < low)
        return low === 0 ? -Infinity : (value - low) / Math.abs(low);
    return 0;
}
export function runCase(planner, c, defaultDepart) {
    // the import clearance is taken out of the measures (V7): the P50 holds it at its median (V14)
    const answer = planner.plan(toQuery(c, defaultDepart), {
        draws: { importClearance: 'median' },
    });
    const route = answer.routes[0];
    if (answer.status !== 'ok' || !route)
        return {
            case: c,
            within: false,
            detail: `no route: ${answer.reason ?? 'none given'}`,
            independent: true,
        };
    const tPerTeu = planner.network.manifest.cargo_t_per_teu.value;
    const services = route.legs.map((l) => l.service_id).join(' > ');
    const inputs = inputSources(planner.network, route, c.measure, c.border);
    const independent = !caseSources(c).some((id) => inputs.has(id));
    const raw = measureRoute(route, c, tPerTeu);
    if (raw === undefined)
        return {
            case: c,
            within: false,
            detail: `no ${c.border} crossing on ${services}`,
            independent,
        };
    const value = round(raw, 3);
    const off = round(offBy(value, c.published), 4);
    return { case: c, value, within: off === 0, off, detail: services, independent };
}
/** Runs every case (in file order) on one planner. */
export function runValidation(planner, file) {
    const results = file.cases.map((c) => runCase(planner, c, file.depart));
    const within = results.filter((r) => r.within).length;
    const independent = results.filter((r) => r.independent);
    const independentWithin = independent.filter((r) => r.within).length;
    return {
        results,
        within,
        total: results.length,
        share: results.length === 0 ? 0 : within / results.length,
        independentWithin,
        independentTotal: independent.length,
        independentShare: independent.length === 0 ? 0 : independentWithin / independent.length,
    };
}
//# sourceMappingURL=run-validation.js.map