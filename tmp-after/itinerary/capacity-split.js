import { EDGE_CLEARANCE, EDGE_HOP, edgeAt, liftDue, OUT_DEP0, OUT_SIZE, OUT_TIME, plannedSlackH, SCHEDULE_ON_DEMAND, } from "../routing/index.js";
import { isoFromHours } from "./terminal-ref.js";
/** Without a deadline, departures with a filed capacity are planned this far ahead of the requested departure. */
const CAPACITY_HORIZON_DAYS = 90;
/** a guard on the number of parts; the horizon of 90 days ends the split well before it */
const MAX_PARTS = 2000;
/** What a departure of `service` takes, in `unit`; Infinity for on-demand bookings and services without a filed capacity. */
function departureCapacity(service, unit, units, tonnesPerTeu) {
    // a road capacity is one truck's (the data files "a 20-t truck"): an on-demand booking or a truck
    // line's departure puts on as many trucks as the shipment needs
    if (service.mode === 'road' || service.schedule.type === 'on_demand' || !service.capacity)
        return Infinity;
    const { teu, kg } = service.capacity;
    if (unit === 'teu') {
        if (teu !== undefined)
            return teu;
        const tPerTeu = units.tonnesPerTeu > 0 ? units.tonnesPerTeu : tonnesPerTeu;
        return kg !== undefined && tPerTeu > 0 ? kg / 1000 / tPerTeu : Infinity;
    }
    if (kg !== undefined)
        return kg;
    return teu !== undefined ? teu * tonnesPerTeu * 1000 : Infinity;
}
/**
 * The split of the route ending at `label`, or undefined when every departure on it takes the
 * whole shipment. `steps` are the route's Monte Carlo steps as buildRoute made them.
 */
export function splitByCapacity(ctx, pool, chain, steps, opts) {
    const idx = ctx.index;
    const units = opts.units;
    const unit = units.containers ? 'teu' : 'kg';
    const total = unit === 'teu' ? units.teu + 2 * units.feu : units.kg;
    const capOf = new Map();
    let bottleneck = Infinity;
    let bottleneckId = '';
    for (let c = 1; c < chain.length; c++) {
        const e = pool.edge[chain[c]];
        if (e < 0 || idx.eKind[e] !== EDGE_HOP)
            continue;
        const svc = idx.services[idx.eRef[e]].service;
        const cap = departureCapacity(svc, unit, units, opts.tonnesPerTeu);
        capOf.set(svc.id, cap);
        if (cap < bottleneck) {
            bottleneck = cap;
            bottleneckId = svc.id;
        }
    }
    if (!(total > bottleneck + 1e-9))
        return undefined;
    // load booked on each departure so far: service id → departure (epoch ms) → load
    const booked = new Map();
    let partLoad = 0;
    const fullFor = (serviceId, departMs) => {
        const cap = capOf.get(serviceId);
        if (cap === undefined || cap === Infinity)
            return false;
        const used = booked.get(serviceId)?.get(departMs) ?? 0;
        // an untouched departure takes one part larger than it (a single box above a small capacity)
        return used > 0 && used + partLoad > cap + 1e-9;
    };
    const outer = ctx.isDepartureFull;
    const replayCtx = {
        ...ctx,
        isDepartureFull: (serviceId, departMs) => (outer !== undefined && outer(serviceId, departMs)) || fullFor(serviceId, departMs),
    };
    const limit = opts.deadlineH !== undefined ? 'deadline' : 'horizon';
    const limitAtH = opts.deadlineH ?? opts.departH + CAPACITY_HORIZON_DAYS * 24;
    const out = new Float64Array(OUT_SIZE);
    /** the route's edges once more for a part of `load`: its hops' departures and its arrival, or null */
    const replay = (load) => {
        partLoad = load;
        let t = opts.departH;
        const hops = [];
        const departures = [];
        for (let c = 1; c < chain.length; c++) {
            const l = chain[c];
            const p = chain[c - 1];
            const e = pool.edge[l];
            if (e === EDGE_CLEARANCE) {
                t += ctx.customs.timeH;
                continue;
            }
            const isHop = idx.eKind[e] === EDGE_HOP;
            // as the search: a change of service of the same mode first pays the lift's hours
            const lift = isHop && liftDue(idx, pool, p) ? ctx.reboardH[pool.state[p] % idx.nodeCount] : 0;
            const slack = isHop ? plannedSlackH(ctx, pool, p) : 0;
            if (!edgeAt(replayCtx, e, t + lift, out, slack))
                return null;
            t = out[OUT_TIME];
            if (!isHop)
                continue;
            const si = idx.services[idx.eRef[e]];
            const dep0 = out[OUT_DEP0];
            const j = idx.eJ[e];
            hops.push({ dep0, extraH: t - (dep0 + si.arrOffH[j]) });
            const cap = capOf.get(si.service.id) ?? Infinity;
            if (cap !== Infinity && si.schedule.type !== SCHEDULE_ON_DEMAND) {
                const boardH = dep0 + si.depOffH[idx.eI[e]];
                if (limit === 'horizon' && boardH > limitAtH)
                    return null;
                departures.push({ serviceId: si.service.id, dep0, departH: boardH, capacity: cap });
            }
        }
        if (limit === 'deadline' && t > limitAtH)
            return null;
        let h = 0;
        const partSteps = steps.map((s) => {
            if (s.kind !== 'hop')
                return s;
            const hop = hops[h++];
            return { ...s, dep0: hop.dep0, extraH: hop.extraH };
        });
        return { arriveH: t, steps: partSteps, departures };
    };
    const parts = [];
    let feuLeft = units.containers ? units.feu : 0;
    let teuLeft = units.containers ? units.teu : 0;
    let kgLeft = units.containers ? 0 : units.kg;
    while ((feuLeft > 0 || teuLeft > 0 || kgLeft > 1e-9) && parts.length < MAX_PARTS) {
        let part;
        if (unit === 'teu') {
            let feu = Math.min(feuLeft, Math.floor(bottleneck / 2));
            let teu = Math.min(teuLeft, Math.floor(bottleneck - 2 * feu));
            // a capacity below one box still takes one box (an untouched departure)
            if (feu + teu === 0)
                [feu, teu] = feuLeft > 0 ? [1, 0] : [0, 1];
            part = { ...(feu > 0 ? { feu } : {}), ...(teu > 0 ? { teu } : {}), load: teu + 2 * feu };
        }
        else {
            const kg = Math.min(kgLeft, bottleneck);
            part = { kg, load: kg };
        }
        const r = replay(part.load);
        if (!r)
            break;
        for (const d of r.departures) {
            const byDep = booked.get(d.serviceId) ?? new Map();
            // the search asks about a departure by its first-stop time; book it under the same key
            const ms = d.dep0 * 3_600_000;
            byDep.set(ms, (byDep.get(ms) ?? 0) + part.load);
            booked.set(d.serviceId, byDep);
        }
        parts.push({ part, arriveH: r.arriveH, steps: r.steps, departures: r.departures });
        feuLeft -= part.feu ?? 0;
        teuLeft -= part.teu ?? 0;
        kgLeft -= part.kg ?? 0;
    }
    const carried = parts.reduce((a, p) => a + p.part.load, 0);
    return {
        split: {
            unit,
            shipment_load: total,
            per_departure: bottleneck,
            bottleneck_service_id: bottleneckId,
            carried_load: carried,
            short_load: Math.max(0, total - carried),
            limit,
            limitAtH,
            complete: total - carried <= 1e-9,
        },
        parts,
    };
}
const cents = (x) => Math.round(x * 100) / 100 + 0;
const tenth = (x) => Math.round(x * 10) / 10 + 0;
/** The split as the answer shows it: ISO times, rounded numbers, each part's share of the route's cost. */
export function capacityAnswer(r, opts) {
    const { limitAtH, ...s } = r.split;
    return {
        ...s,
        shipment_load: tenth(s.shipment_load),
        per_departure: tenth(s.per_departure),
        carried_load: tenth(s.carried_load),
        short_load: tenth(s.short_load),
        limit_at: isoFromHours(limitAtH),
        parts: capacityParts(r.parts, opts),
    };
}
function capacityParts(parts, opts) {
    const total = opts.units.containers ? opts.units.teu + 2 * opts.units.feu : opts.units.kg;
    return parts.map((p) => ({
        ...p.part,
        ...(p.part.kg !== undefined ? { kg: tenth(p.part.kg) } : {}),
        load: tenth(p.part.load),
        depart: isoFromHours(p.departures[0]?.departH ?? opts.departH),
        arrive: isoFromHours(p.arriveH),
        departures: p.departures.map((d) => ({
            service_id: d.serviceId,
            depart: isoFromHours(d.departH),
            capacity: tenth(d.capacity),
        })),
        cost_usd: total > 0 ? cents((opts.totalUsd * p.part.load) / total) : 0,
    }));
}
//# sourceMappingURL=capacity-split.js.map