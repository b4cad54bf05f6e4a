import { cargoStopsOf, DERIVED_DURATION_TEXT, stopsOf } from "../model/index.js";
import { haversineKm } from "../lib/geo.js";
import { MinHeap } from "../lib/heap.js";
/** Pairs of stops ("a>b") an on-demand road service of the file sells (boards at a, leaves at b). */
function joinedPairs(services) {
    const joined = new Set();
    for (const s of services) {
        if (s.mode !== 'road' || s.schedule.type !== 'on_demand')
            continue;
        const stops = stopsOf(s);
        const { loads, unloads } = cargoStopsOf(s);
        for (let i = 0; i < stops.length; i++)
            for (let j = i + 1; j < stops.length; j++) {
                const [a, b] = [stops[i], stops[j]];
                if (loads.has(a) && unloads.has(b))
                    joined.add(`${a}>${b}`);
                // the return service loads where this one unloads (build-network.ts)
                if (s.both_directions && loads.has(b) && unloads.has(a))
                    joined.add(`${b}>${a}`);
            }
    }
    return joined;
}
/**
 * The stops a truck drives through from a to b: a and b when they share a country, else through
 * the road border sides on the way with the fewest kilometres (great circle × circuity inside a
 * country, the crossing itself at its great circle); undefined when no road border leads there.
 */
function stopsBetween(a, b, terminals, roadBorders, circuity) {
    if (a.country === b.country)
        return [a.id, b.id];
    const nodes = new Set([a.id, b.id]);
    for (const x of roadBorders)
        for (const side of x.sides)
            nodes.add(side);
    const ids = [...nodes];
    const at = new Map(ids.map((id, k) => [id, k]));
    const km = (u, v) => haversineKm(terminals.get(u).location, terminals.get(v).location);
    const dist = new Float64Array(ids.length).fill(Infinity);
    const pred = new Int32Array(ids.length).fill(-1);
    const heap = new MinHeap(ids.length);
    dist[at.get(a.id)] = 0;
    heap.push(at.get(a.id), 0);
    while (heap.size > 0) {
        const d = heap.peekKey();
        const u = heap.pop();
        if (d > dist[u])
            continue;
        const tu = terminals.get(ids[u]);
        const relax = (v, w) => {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                pred[v] = u;
                heap.push(v, d + w);
            }
        };
        // within the country: any other stop of it
        ids.forEach((id, v) => {
            if (v !== u && terminals.get(id).country === tu.country)
                relax(v, km(tu.id, id) * circuity);
        });
        // across a road border from this side
        for (const x of roadBorders) {
            const [s0, s1] = x.sides;
            if (s0 === tu.id)
                relax(at.get(s1), km(s0, s1));
            else if (s1 === tu.id && x.both_directions)
                relax(at.get(s0), km(s1, s0));
        }
    }
    const end = at.get(b.id);
    if (dist[end] === Infinity)
        return undefined;
    const path = [];
    for (let v = end; v >= 0; v = pred[v])
        path.push(ids[v]);
    return path.reverse();
}
/** The trucks of one area, and the pairs it cannot truck. Terminals must exist and serve road. */
export function areaTrucks(area, terminals, borders, filed) {
    const joined = joinedPairs(filed);
    const roadBorders = [...borders].filter((x) => x.mode === 'road');
    const circuity = area.circuity.value;
    const services = [];
    const problems = [];
    const ids = area.terminals;
    for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
            const a = terminals.get(ids[i]);
            const b = terminals.get(ids[j]);
            if (joined.has(`${a.id}>${b.id}`) || joined.has(`${b.id}>${a.id}`))
                continue;
            const stops = stopsBetween(a, b, terminals, roadBorders, circuity);
            if (!stops) {
                problems.push({
                    path: ['terminals', j],
                    message: `no road border of borders.yaml leads from ${a.id} (${a.country}) to ${b.id} (${b.country})`,
                });
                continue;
            }
            services.push(areaTruck(area, stops, terminals));
        }
    return { services, problems };
}
function areaTruck(area, stops, terminals) {
    const first = terminals.get(stops[0]);
    const last = terminals.get(stops[stops.length - 1]);
    const legs = [];
    for (let k = 1; k < stops.length; k++) {
        const from = terminals.get(stops[k - 1]);
        const to = terminals.get(stops[k]);
        const crossing = from.country !== to.country;
        const gc = haversineKm(from.location, to.location);
        const km = Math.round(crossing ? gc : gc * area.circuity.value);
        legs.push({
            from: from.id,
            to: to.id,
            distance_km: {
                value: Math.max(km, 1),
                assumption: crossing
                    ? `the border crossing's great-circle distance (trucking area ${area.id})`
                    : `great-circle distance × ${area.circuity.value} road circuity (trucking area ${area.id})`,
            },
            duration_h: { value: 0, assumption: DERIVED_DURATION_TEXT },
        });
    }
    const km = legs.reduce((sum, l) => sum + l.distance_km.value, 0);
    const rate = (usdPerKm, min) => Math.max(min, usdPerKm * km);
    const basis = `derived (trucking area ${area.id}): ${km} km at the area's rates`;
    const tariff = (from, to) => [
        {
            from,
            to,
            unit: 'truck',
            usd: Math.round(rate(area.truck_usd_per_km.value, area.truck_min_usd.value)),
            date: area.rates_date,
            assumption: basis,
        },
        {
            from,
            to,
            unit: 'kg',
            usd: Math.round(area.kg_usd_per_km.value * km * 10000) / 10000,
            min_usd: area.kg_min_usd.value,
            date: area.rates_date,
            assumption: basis,
        },
    ];
    return {
        ...area.service,
        id: `${area.id}-${first.id}-${last.id}`,
        name: `${area.name}: ${first.city} – ${last.city}`,
        name_zh: `${area.name_zh}：${first.city_zh}—${last.city_zh}`,
        mode: 'road',
        legs,
        tariffs: [...tariff(first.id, last.id), ...tariff(last.id, first.id)],
        both_directions: true,
    };
}
//# sourceMappingURL=trucking-areas.js.map