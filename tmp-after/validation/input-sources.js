/**
 * Which sources the network's own figures behind a case's measure cite (docs/decisions.md V11). A
 * case whose published figure comes from a source the model was built from does not test the model:
 * it reads back what was put in. The report marks such cases and gives the share within its range
 * over the independent cases beside the share over all.
 *
 * What counts as behind a measure, on the route the case measured:
 * - distances: the distance of every leg ridden;
 * - times (transit, P50, speed): the legs' running times and distances, the services' schedules and
 *   delays, the dwell of the borders crossed, and for trucks on the driving rules those rules and
 *   the road speeds;
 * - money: the services' tariffs and tariff rules, the borders' fees and gauge-change charges;
 * - CO2e: the emission factors the legs name and the legs' distances;
 * - a border's dwell: that border's dwell.
 */
import { dwellInto, sideEnteredIn, } from "../model/index.js";
const PARTS = {
    cost_usd: ['money'],
    cost_usd_per_kg: ['money'],
    cost_usd_per_km: ['money', 'distance'],
    transit_days: ['time'],
    transit_days_p50: ['time'],
    distance_km: ['distance'],
    speed_kmh: ['time', 'distance'],
    co2e_kg: ['co2', 'distance'],
    co2e_g_per_tkm: ['co2', 'distance'],
    border_dwell_h: ['dwell'],
};
/** Every `source` id cited anywhere inside `value` (a figure, a list of figures, a record). */
function collect(value, into) {
    if (Array.isArray(value)) {
        for (const v of value)
            collect(v, into);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    for (const [key, v] of Object.entries(value)) {
        if (key === 'source') {
            if (typeof v === 'string')
                into.add(v);
            else if (Array.isArray(v))
                for (const s of v)
                    if (typeof s === 'string')
                        into.add(s);
        }
        else
            collect(v, into);
    }
}
/** The legs of `service` a route leg rode, from its boarding to its alighting stop. */
function legsRidden(service, fromId, toId) {
    const i = service.legs.findIndex((l) => l.from === fromId);
    if (i < 0)
        return service.legs;
    const j = service.legs.findIndex((l, k) => k >= i && l.to === toId);
    return j < 0 ? service.legs.slice(i) : service.legs.slice(i, j + 1);
}
/** The source ids the network's figures behind `measure` on `route` cite (`border`: the case's, for a dwell). */
export function inputSources(network, route, measure, border) {
    const parts = new Set(PARTS[measure]);
    const out = new Set();
    for (const leg of route.legs) {
        const service = network.services.get(leg.service_id);
        if (!service)
            continue;
        const ridden = legsRidden(service, leg.from.id, leg.to.id);
        if (parts.has('distance') || parts.has('co2'))
            collect(ridden.map((l) => l.distance_km), out);
        if (parts.has('time')) {
            collect(ridden.map((l) => [l.duration_h, l.stop_h]), out);
            collect([service.schedule, service.delay_h, service.cutoff_h], out);
            if (service.driving)
                collect(network.manifest.driving, out);
        }
        if (parts.has('money'))
            collect([service.tariffs, service.tariff_rule, service.parcel_tariffs], out);
        if (parts.has('co2'))
            for (const f of leg.co2e_factors ?? [])
                for (const s of f.sources)
                    out.add(s);
    }
    for (const event of route.border_events) {
        const crossing = network.borders.get(event.border_id);
        if (!crossing)
            continue;
        // the dwell of the direction crossed (docs/decisions.md T15)
        const into = sideEnteredIn(network, crossing, event.from.id, event.to.id);
        if (parts.has('time') || (parts.has('dwell') && event.border_id === border))
            collect([dwellInto(crossing, into), crossing.gauge_change], out);
        if (parts.has('money'))
            collect([crossing.cost_usd_per_teu, crossing.gauge_change], out);
    }
    return out;
}
//# sourceMappingURL=input-sources.js.map