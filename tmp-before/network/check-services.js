/**
 * Sanity checks on services: legs chain stop to stop, stops serve the service's mode, country
 * changes go through a filed border crossing, gauge breaks through a crossing with a gauge change,
 * distances and running speeds are plausible for the mode, schedules and capacities make sense.
 */
import { cargoStopsOf, isLandMode, isParcelProduct, stopsOf, } from "../model/index.js";
import { haversineKm, pathLengthKm } from "../lib/geo.js";
import { DETOUR_SLACK_KM, GREAT_CIRCLE_TOLERANCE, MAX_DETOUR_FACTOR, SPEED_RANGE_KMH, } from "./plausibility.js";
const round = (x) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);
function checkLeg(service, s, l, terminals, borders, report) {
    const leg = service.legs[l];
    const at = (...rest) => ['services', s, 'legs', l, ...rest];
    const mode = leg.mode ?? service.mode;
    if (mode !== service.mode && !isParcelProduct(service))
        report.error('services', at('mode'), `a ${mode} leg on a ${service.mode} service: only a parcel product (parcel_tariffs and no tariffs) may run a collection or delivery leg by another mode`);
    if (l > 0 && leg.from !== service.legs[l - 1].to && terminals.has(leg.from)) {
        report.error('services', at('from'), `leg starts at "${leg.from}" but the previous leg ends at "${service.legs[l - 1].to}"`);
    }
    if (leg.from === leg.to)
        report.error('services', at('to'), `leg starts and ends at "${leg.to}"`);
    const from = terminals.get(leg.from);
    const to = terminals.get(leg.to);
    if (!from || !to)
        return; // unknown terminals are reported by the reference check
    for (const [end, t] of [
        ['from', from],
        ['to', to],
    ]) {
        if (!t.modes.includes(mode))
            report.error('services', at(end), `terminal "${t.id}" does not serve ${mode} (it serves ${t.modes.join(', ')})`);
    }
    if (mode !== service.mode && from.country !== to.country)
        report.error('services', at('to'), `a ${mode} leg of this ${service.mode} product crosses ${from.country}→${to.country}: collection and delivery legs stay inside one country`);
    let borderProblem = false;
    if (isLandMode(mode) && from.country !== to.country) {
        if (borders.between(from.id, to.id, mode).length === 0) {
            borderProblem = true;
            const other = borders.joining(from.id, to.id);
            const hint = other.length > 0
                ? `border "${other[0].id}" joins them but is ${other[0].mode === mode ? 'filed one-way the other direction' : `a ${other[0].mode} crossing`}`
                : undefined;
            report.error('services', at('to'), `${mode} leg crosses ${from.country}→${to.country} but no ${mode} border crossing is filed from "${from.id}" to "${to.id}"`, hint);
        }
    }
    if (mode === 'rail' &&
        !borderProblem &&
        from.gauge_mm &&
        to.gauge_mm &&
        from.gauge_mm !== to.gauge_mm) {
        const crossings = borders.between(from.id, to.id, 'rail');
        if (crossings.length === 0) {
            report.error('services', at('to'), `rail leg joins ${from.gauge_mm} mm and ${to.gauge_mm} mm track but no rail border crossing with a gauge change is filed for "${from.id}"–"${to.id}"`);
        }
    }
    const gc = haversineKm(from.location, to.location);
    const d = leg.distance_km.value;
    if (d < gc * (1 - GREAT_CIRCLE_TOLERANCE.fraction) - GREAT_CIRCLE_TOLERANCE.km) {
        report.error('services', at('distance_km'), `${d} km is shorter than the great-circle distance ${round(gc)} km between "${from.id}" and "${to.id}"`);
    }
    else if (d > gc * MAX_DETOUR_FACTOR[mode] + DETOUR_SLACK_KM) {
        report.warning('services', at('distance_km'), `${d} km is ${round(d / gc)}× the great-circle distance ${round(gc)} km; more than the ${MAX_DETOUR_FACTOR[mode]}× expected for ${mode}`);
    }
    if (leg.waypoints) {
        const drawn = pathLengthKm([
            from.location,
            ...leg.waypoints.points.map(([lon, lat]) => ({ lon, lat })),
            to.location,
        ]);
        // the drawn line is a simplification of the real one, so it may be shorter, but not much longer
        if (drawn > d * 1.15 + 10) {
            report.warning('services', at('waypoints'), `the line through the waypoints is ${round(drawn)} km, longer than the leg's ${d} km; check the [lon, lat] order`);
        }
    }
    const h = leg.duration_h.value;
    const range = SPEED_RANGE_KMH[mode];
    if (h === 0) {
        if (d > 0)
            report.error('services', at('duration_h'), `running time is 0 h for ${d} km`);
    }
    else {
        const kmh = d / h;
        if (kmh < range.min || kmh > range.max) {
            report.error('services', at('duration_h'), `running speed ${round(kmh)} km/h (${d} km in ${h} h) is implausible for ${mode} (${range.min}–${range.max} km/h)`);
        }
    }
}
function checkSchedule(service, s, report) {
    for (const [key, schedule] of [
        ['schedule', service.schedule],
        ['return_schedule', service.return_schedule],
    ]) {
        if (schedule?.type !== 'weekly')
            continue;
        const seen = new Set();
        schedule.departures.forEach((dep, i) => {
            const slot = `${dep.day} ${dep.time}`;
            if (seen.has(slot))
                report.warning('services', ['services', s, key, 'departures', i], `departure ${slot} is listed twice`);
            seen.add(slot);
        });
    }
    if (service.return_schedule && !service.both_directions) {
        report.warning('services', ['services', s, 'return_schedule'], 'return_schedule is ignored: both_directions is not true');
    }
    if (service.capacity && service.capacity.teu === undefined && service.capacity.kg === undefined) {
        report.error('services', ['services', s, 'capacity'], 'capacity gives neither teu nor kg');
    }
}
/**
 * Cargo stops (cargo_stops.loads_at / unloads_at) must name stops of the service, include its
 * first (loading) and last (unloading) stop, and never be a border stop: an intermediate stop
 * where a rail or road service enters or leaves a country (border, gauge-change and customs stations are
 * operational stops of a through service, not places to take or give cargo).
 */
function checkCargoStops(service, s, terminals, report) {
    const filed = service.cargo_stops;
    if (!filed)
        return;
    const stops = stopsOf(service);
    const first = stops[0];
    const last = stops[stops.length - 1];
    const country = (id) => terminals.get(id)?.country;
    // ships and planes call at ports and airports in different countries: only land services have border stops
    const land = isLandMode(service.mode);
    const borderStop = (id) => {
        if (!land)
            return false;
        for (let k = 1; k < stops.length - 1; k++) {
            if (stops[k] !== id)
                continue;
            const here = country(id);
            if (here === undefined)
                return false;
            if (country(stops[k - 1]) !== here || country(stops[k + 1]) !== here)
                return true;
        }
        return false;
    };
    for (const key of ['loads_at', 'unloads_at']) {
        const seen = new Set();
        filed[key].forEach((id, i) => {
            const at = ['services', s, 'cargo_stops', key, i];
            if (seen.has(id))
                report.warning('services', at, `"${id}" is listed twice`);
            seen.add(id);
            if (!stops.includes(id)) {
                report.error('services', at, `"${id}" is not a stop of this service`, `its stops are ${stops.join(', ')}`);
                return;
            }
            if (key === 'loads_at' && id === last && !stops.slice(0, -1).includes(id))
                report.error('services', at, `"${id}" is the last stop: cargo cannot board there`);
            if (key === 'unloads_at' && id === first && !stops.slice(1).includes(id))
                report.error('services', at, `"${id}" is the first stop: cargo cannot leave there`);
            if (borderStop(id))
                report.error('services', at, `"${id}" is a border stop of this service (it enters or leaves ${country(id)} there): border, crew and technical stops take and give no cargo`, 'list only the hubs where the service loads or unloads; a service may start or end at a border town');
        });
    }
    if (!filed.loads_at.includes(first)) {
        report.error('services', ['services', s, 'cargo_stops', 'loads_at'], `the first stop "${first}" must be a loading stop`);
    }
    if (!filed.unloads_at.includes(last)) {
        report.error('services', ['services', s, 'cargo_stops', 'unloads_at'], `the last stop "${last}" must be an unloading stop`);
    }
}
/**
 * The tariff table: each entry prices a ride from a loading stop to a later unloading stop, in the
 * service's direction or (both_directions) in the return's; no pair and unit twice; each direction
 * that runs has an entry or a rule, so it can be sold at all.
 */
function checkTariffs(service, s, report) {
    const stops = stopsOf(service);
    const { loads, unloads } = cargoStopsOf(service);
    const seen = new Set();
    let forward = 0;
    let back = 0;
    service.tariffs.forEach((t, k) => {
        const at = (field) => ['services', s, 'tariffs', k, ...(field ? [field] : [])];
        const i = stops.indexOf(t.from);
        const j = stops.lastIndexOf(t.to);
        for (const [field, id, idx] of [
            ['from', t.from, i],
            ['to', t.to, j],
        ]) {
            if (idx < 0)
                report.error('services', at(field), `"${id}" is not a stop of this service`, `its stops are ${stops.join(', ')}`);
        }
        if (i < 0 || j < 0)
            return;
        const key = `${t.from}|${t.to}|${t.unit}`;
        if (seen.has(key))
            report.error('services', at('unit'), `a ${t.unit} price from "${t.from}" to "${t.to}" is filed twice`);
        seen.add(key);
        if (t.from === t.to) {
            report.error('services', at('to'), `the ride starts and ends at "${t.to}"`);
            return;
        }
        const outbound = i < j;
        if (!outbound && !service.both_directions) {
            report.error('services', at('from'), `"${t.from}" comes after "${t.to}" and the service runs one way (both_directions is not true)`);
            return;
        }
        // the return service loads where the outbound unloads, and the other way round
        const [boards, leaves] = outbound ? [loads, unloads] : [unloads, loads];
        if (!boards.has(t.from))
            report.error('services', at('from'), `"${t.from}" is not a stop where cargo boards ${outbound ? 'this service' : 'its return'}`, 'price only rides between cargo stops (cargo_stops; default: the first and last stop)');
        if (!leaves.has(t.to))
            report.error('services', at('to'), `"${t.to}" is not a stop where cargo leaves ${outbound ? 'this service' : 'its return'}`, 'price only rides between cargo stops (cargo_stops; default: the first and last stop)');
        if (outbound)
            forward++;
        else
            back++;
    });
    const rule = service.tariff_rule?.kind;
    if (rule === 'per_km')
        return;
    if (isParcelProduct(service))
        return; // priced by its parcel tariffs (checkParcelTariffs)
    const first = stops[0];
    const last = stops[stops.length - 1];
    const has = (a, b) => service.tariffs.some((t) => t.from === a && t.to === b);
    for (const [direction, count, a, b] of [
        ['outbound', forward, first, last],
        ...(service.both_directions ? [['return', back, last, first]] : []),
    ]) {
        if (count === 0)
            report.error('services', ['services', s, 'tariffs'], `no price for the ${direction} direction: file an entry from "${a}" to "${b}" (or a per_km tariff_rule)`);
        else if (rule === 'distance_share' && !has(a, b))
            report.error('services', ['services', s, 'tariff_rule'], `distance_share needs the ${direction} price from "${a}" to "${b}" to take shares of`);
    }
}
/**
 * Parcel tariffs (docs/decisions.md C4): only on a parcel product (no other tariffs), between its
 * cargo stops in the direction it runs, bands in rising order up to the heaviest piece it takes, one
 * tariff per pair.
 */
function checkParcelTariffs(service, s, report) {
    const parcels = service.parcel_tariffs ?? [];
    if (parcels.length === 0)
        return;
    if (!isParcelProduct(service)) {
        report.error('services', ['services', s, 'parcel_tariffs'], 'parcel tariffs on a service that also files tariffs or a tariff_rule: file the parcel product as a service of its own');
        return;
    }
    const stops = stopsOf(service);
    const { loads, unloads } = cargoStopsOf(service);
    const seen = new Map();
    let sold = 0;
    parcels.forEach((t, k) => {
        const at = (...rest) => ['services', s, 'parcel_tariffs', k, ...rest];
        for (const [field, ids, allowed, what] of [
            ['from', t.from, loads, 'a stop where cargo boards'],
            ['to', t.to, unloads, 'a stop where cargo leaves'],
        ]) {
            ids.forEach((id, n) => {
                if (!stops.includes(id))
                    report.error('services', at(field, n), `"${id}" is not a stop of this service`);
                else if (!allowed.has(id))
                    report.error('services', at(field, n), `"${id}" is not ${what} (cargo_stops)`);
            });
        }
        for (const a of t.from)
            for (const b of t.to) {
                if (stops.indexOf(a) < 0 || stops.lastIndexOf(b) < 0)
                    continue;
                if (stops.indexOf(a) >= stops.lastIndexOf(b))
                    continue; // not a ride of this direction
                sold++;
                const key = `${a}|${b}`;
                const other = seen.get(key);
                if (other !== undefined)
                    report.error('services', at('to'), `the ride "${a}" → "${b}" is priced by parcel tariff ${other} already`);
                else
                    seen.set(key, k);
            }
        const max = t.max_kg_per_piece.value;
        if (!(max > 0))
            report.error('services', at('max_kg_per_piece'), 'the heaviest piece must be above 0 kg');
        if (t.rate.kind === 'per_kg') {
            const bands = t.rate.bands;
            bands.forEach((b, n) => {
                if (n > 0 && b.up_to_kg <= bands[n - 1].up_to_kg)
                    report.error('services', at('rate', 'bands', n, 'up_to_kg'), `bands must rise: ${b.up_to_kg} kg after ${bands[n - 1].up_to_kg} kg`);
            });
            if (bands[bands.length - 1].up_to_kg < max)
                report.error('services', at('rate', 'bands'), `the bands end at ${bands[bands.length - 1].up_to_kg} kg, below the heaviest piece (${max} kg)`);
        }
    });
    if (sold === 0)
        report.error('services', ['services', s, 'parcel_tariffs'], 'no parcel tariff prices a ride in the direction the service runs (each `from` before a `to`)');
    if (service.both_directions)
        report.error('services', ['services', s, 'both_directions'], 'a parcel product runs one way: file the return product as a service of its own');
}
export function checkServices(draft, terminals, borders, report) {
    const factorMode = new Map(draft.factors.map(({ value }) => [value.id, value.mode]));
    for (const { value: service, index } of draft.services) {
        service.legs.forEach((_, l) => checkLeg(service, index, l, terminals, borders, report));
        checkSchedule(service, index, report);
        checkCargoStops(service, index, terminals, report);
        checkTariffs(service, index, report);
        checkParcelTariffs(service, index, report);
        const fm = factorMode.get(service.emission_factor);
        if (fm && fm !== service.mode) {
            report.warning('services', ['services', index, 'emission_factor'], `emission factor "${service.emission_factor}" is for ${fm}, the service runs by ${service.mode}`);
        }
    }
}
//# sourceMappingURL=check-services.js.map