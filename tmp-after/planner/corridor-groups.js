import { takesDgClass } from "../costing/index.js";
import { haversineKm } from "../lib/geo.js";
/** The mode that carries a route furthest (ties: the order of the legs). */
function mainMode(route) {
    const km = new Map();
    for (const leg of route.legs)
        km.set(leg.mode, (km.get(leg.mode) ?? 0) + leg.distance_km);
    let best = route.legs[0]?.mode ?? 'rail';
    for (const [mode, d] of km)
        if (d > (km.get(best) ?? 0))
            best = mode;
    return best;
}
function bordersOf(route) {
    const ids = new Set(route.border_events.map((b) => b.border_id));
    for (const g of route.corridor.gateways)
        if (g.startsWith('border:'))
            ids.add(g.slice(7));
    return ids;
}
/**
 * The first group (file order) whose rule the route meets, or undefined. A border crossing names the
 * corridor whatever mode carries the route furthest, since crossings are filed per mode: Chifeng →
 * Ulaanbaatar by 760 km of truck to Erenhot and the train on is "Erenhot rail", as a planner calls it.
 * A port names it only when the group's mode is also the route's main mode (Tianjin is a port of
 * rail-sea and of sea corridors alike).
 */
function groupOf(groups, route) {
    const mode = mainMode(route);
    const borders = bordersOf(route);
    return (groups.find((g) => g.borders.some((b) => borders.has(b))) ??
        groups.find((g) => g.mode === mode &&
            route.legs.some((l) => l.mode === g.mode && (g.ports.includes(l.from.id) || g.ports.includes(l.to.id)))));
}
const MODE_EN = { rail: 'Rail', road: 'Road', sea: 'Sea', air: 'Air' };
const MODE_ZH = { rail: '铁路', road: '公路', sea: '海运', air: '空运' };
/** The name of a route no named corridor takes: its main mode and where that mode starts. */
function otherNames(route) {
    const mode = mainMode(route);
    const leg = route.legs.find((l) => l.mode === mode) ?? route.legs[0];
    if (!leg)
        return { short: route.corridor.label, short_zh: route.corridor.label_zh };
    return {
        short: `${MODE_EN[mode]} from ${leg.from.name}`,
        short_zh: `${leg.from.name_zh}${MODE_ZH[mode]}`,
    };
}
/** The routes with their corridor's group id and short names set. */
export function labelRoutes(network, routes) {
    const groups = network.corridorGroups ?? [];
    return routes.map((r) => {
        const g = groupOf(groups, r);
        const names = g ? { short: g.short, short_zh: g.short_zh } : otherNames(r);
        return {
            ...r,
            corridor: { ...r.corridor, group: g ? g.id : `other:${r.corridor.id}`, ...names },
        };
    });
}
/** Whether the corridor links the two ends: one in the home country, the other in a country it reaches. */
function serves(g, ends, home) {
    return ((ends.fromCountry === home && g.reaches.includes(ends.toCountry)) ||
        (ends.toCountry === home && g.reaches.includes(ends.fromCountry)));
}
/** The services of a corridor's mode that pass one of its gateways (a border crossed, a port called at). */
function servicesOf(network, g, gates) {
    return [...network.services.values()].filter((s) => s.mode === g.mode && gates.some((passes) => passes(s)));
}
/** One test per gateway of the corridor: does a service pass it? */
function gatesOf(network, g) {
    const borders = g.borders
        .map((id) => network.borders.get(id)?.sides)
        .filter((s) => s !== undefined)
        .map(([a, b]) => (s) => s.legs.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a)));
    const ports = g.ports.map((id) => (s) => s.legs.some((l) => l.from === id || l.to === id));
    return [...borders, ...ports];
}
const CARGO_WORDS = {
    reefer: 'reefer',
    dangerous_goods: 'dangerous goods',
    lithium_batteries: 'lithium batteries',
    oversize: 'oversize cargo',
};
/** Why a corridor that could serve the pair carries no route of the answer, most telling reason first. */
function whyNot(network, query, g) {
    const c = query.constraints;
    if (c.modes && !c.modes.includes(g.mode))
        return {
            code: 'MODE_NOT_ALLOWED',
            params: { mode: g.mode },
            text: `${g.mode} is not among the allowed modes`,
        };
    const containers = query.shipment.teu !== undefined || query.shipment.feu !== undefined;
    if (containers && g.mode === 'air')
        return { code: 'CONTAINERS_DO_NOT_FLY', params: {}, text: 'containers do not fly' };
    const avoided = [];
    if (g.borders.length > 0 && g.borders.every((b) => c.avoid_borders.includes(b)))
        avoided.push(...g.borders);
    const countriesOf = (id) => {
        const b = network.borders.get(id);
        return b ? b.sides.map((s) => network.terminals.get(s)?.country ?? '') : [];
    };
    const blockedBorder = (id) => c.avoid_borders.includes(id) ||
        countriesOf(id).some((k) => c.avoid_countries.includes(k)) ||
        (network.borders.get(id)?.sides ?? []).some((s) => c.avoid_terminals.includes(s));
    const blockedPort = (id) => c.avoid_terminals.includes(id) ||
        c.avoid_countries.includes(network.terminals.get(id)?.country ?? '');
    const gates = [...g.borders, ...g.ports];
    if (gates.length > 0 && gates.every((id) => blockedBorder(id) || blockedPort(id))) {
        const names = new Set();
        for (const id of g.borders) {
            if (c.avoid_borders.includes(id))
                names.add(id);
            for (const k of countriesOf(id))
                if (c.avoid_countries.includes(k))
                    names.add(k);
            for (const s of network.borders.get(id)?.sides ?? [])
                if (c.avoid_terminals.includes(s))
                    names.add(s);
        }
        for (const id of g.ports) {
            if (c.avoid_terminals.includes(id))
                names.add(id);
            const k = network.terminals.get(id)?.country ?? '';
            if (c.avoid_countries.includes(k))
                names.add(k);
        }
        const list = [...names];
        return {
            code: 'AVOIDED',
            params: { avoided: list },
            text: `the query avoids ${list.join(', ')}, which this corridor needs`,
        };
    }
    const passes = gatesOf(network, g);
    const services = servicesOf(network, g, passes);
    if (services.length > 0) {
        const fits = services.filter((s) => containers ? s.cargo.accepts_containers : s.cargo.accepts_parcels);
        if (fits.length === 0)
            return containers
                ? {
                    code: 'CONTAINERS_NOT_CARRIED',
                    params: {},
                    text: 'no service of this corridor takes containers',
                }
                : {
                    code: 'PARCELS_NOT_CARRIED',
                    params: {},
                    text: 'no service of this corridor takes loose cargo or parcels',
                };
        // a flag needs a service taking it at every gateway: a reefer truck to Ulaanbaatar does not
        // carry reefers through the TIR corridor into Russia
        for (const flag of query.shipment.cargo) {
            if (passes.every((gate) => fits.some((s) => s.cargo[flag] && gate(s))))
                continue;
            if (flag === 'reefer')
                return { code: 'NO_REEFER_SERVICE', params: {}, text: 'no reefer service' };
            return {
                code: 'CARGO_NOT_CARRIED',
                params: { flag },
                text: `no service of this corridor takes ${CARGO_WORDS[flag] ?? flag}`,
            };
        }
        // dangerous goods taken, but not of this class, or the class not given (decisions C9)
        if (query.shipment.cargo.includes('dangerous_goods')) {
            const dg = query.shipment.dg_class;
            const takes = (s) => s.cargo.dangerous_goods && takesDgClass(s.cargo, dg);
            if (!passes.every((gate) => fits.some((s) => takes(s) && gate(s))))
                return dg !== undefined
                    ? {
                        code: 'DG_CLASS_NOT_CARRIED',
                        params: { dg_class: dg },
                        text: `no service of this corridor takes dangerous goods of class ${dg}`,
                    }
                    : {
                        code: 'DG_CLASS_NOT_GIVEN',
                        params: {},
                        text: 'the services of this corridor take dangerous goods of some classes only, and the query gives no class',
                    };
        }
    }
    return {
        code: 'NO_ROUTE_FOUND',
        params: {},
        text: 'no route through this corridor for this shipment and departure',
    };
}
/** A land route longer than this many times the great circle, plus DETOUR_SLACK_KM, is a detour. */
const DETOUR_FACTOR = 2;
const DETOUR_SLACK_KM = 200;
/**
 * The routes of a comparison without the corridors that only detour: a route with no sea or air leg
 * that runs more than DETOUR_FACTOR times the great circle (plus DETOUR_SLACK_KM) and that another
 * route beats on money, arrival and CO2e is no corridor a planner weighs (Chifeng → Ulaanbaatar
 * through Manzhouli and Russia: 2,988 km for 1,129, dearer, later and dirtier than by Erenhot). Its
 * row stays in the comparison as not possible, saying so (DETOUR).
 */
export function withoutDetours(routes) {
    const detours = new Map();
    const kept = routes.filter((r) => {
        if (r.legs.some((l) => l.mode === 'sea' || l.mode === 'air'))
            return true;
        const direct = haversineKm(r.from, r.to);
        if (r.distance_km <= DETOUR_FACTOR * direct + DETOUR_SLACK_KM)
            return true;
        const better = routes.find((o) => o !== r &&
            o.cost.total_usd <= r.cost.total_usd &&
            Date.parse(o.arrive) <= Date.parse(r.arrive) &&
            o.co2e_kg <= r.co2e_kg);
        if (!better)
            return true;
        const group = r.corridor.group ?? `other:${r.corridor.id}`;
        if (!detours.has(group)) {
            const params = {
                distance_km: Math.round(r.distance_km),
                direct_km: Math.round(direct),
                better: better.corridor.short ?? better.corridor.label,
                better_zh: better.corridor.short_zh ?? better.corridor.label_zh,
            };
            detours.set(group, {
                code: 'DETOUR',
                params,
                text: `a detour: ${params.distance_km} km for ${params.direct_km} km as the crow flies, and ${params.better} is cheaper, sooner and lower in CO2e`,
            });
        }
        return false;
    });
    return { kept, detours };
}
/**
 * The comparison rows of an answer whose routes are labelled (labelRoutes): the corridors with a
 * route first, in the order of their best route, then the named corridors that could serve the pair
 * but carry none, in file order, each with its reason.
 */
export function corridorRows(network, query, ends, routes, detours = new Map()) {
    const groups = network.corridorGroups ?? [];
    const byId = new Map(groups.map((g) => [g.id, g]));
    const rows = new Map();
    for (const r of routes) {
        const id = r.corridor.group ?? `other:${r.corridor.id}`;
        const row = rows.get(id);
        if (row) {
            row.route_ids.push(r.id);
            continue;
        }
        const g = byId.get(id);
        rows.set(id, {
            group: id,
            short: r.corridor.short ?? r.corridor.label,
            short_zh: r.corridor.short_zh ?? r.corridor.label_zh,
            name: g?.name ?? r.corridor.label,
            name_zh: g?.name_zh ?? r.corridor.label_zh,
            mode: g?.mode ?? mainMode(r),
            possible: true,
            route_id: r.id,
            route_ids: [r.id],
        });
    }
    for (const g of groups) {
        if (rows.has(g.id))
            continue;
        const detour = detours.get(g.id);
        if (!detour && !serves(g, ends, network.manifest.home_country))
            continue;
        const why = detour ?? whyNot(network, query, g);
        rows.set(g.id, {
            group: g.id,
            short: g.short,
            short_zh: g.short_zh,
            name: g.name,
            name_zh: g.name_zh,
            mode: g.mode,
            possible: false,
            route_ids: [],
            reason: why.text,
            reason_code: why.code,
            reason_params: why.params,
        });
    }
    return [...rows.values()];
}
//# sourceMappingURL=corridor-groups.js.map