/**
 * Static single-objective search (no schedules, no waiting): A* over the routing index with a
 * consistent lower bound = the objective's lowest rate per km of straight-line (chord) distance ×
 * the chord to the nearest target. Used for quick reachability, as the fast path of static queries,
 * and in the benchmarks against graphology and a plain CSR Dijkstra. Reuses its arrays across queries.
 */
import { MinHeap } from "../lib/heap.js";
import { generalizedCostUsd } from "../costing/index.js";
import { edgeStatic } from "./edge-cost.js";
import { OUT_CO2, OUT_MONEY, OUT_SIZE, OUT_TIME } from "./edge-out.js";
import { EDGE_BORDER, EDGE_HOP } from "./routing-index.js";
const EARTH_KM = 6371.0088;
const out = new Float64Array(OUT_SIZE);
/** Weight of edge e for the objective, or -1 when the edge is forbidden. */
export function staticWeight(ctx, e, objective) {
    if (!edgeStatic(ctx, e, out))
        return -1;
    switch (objective) {
        case 'cost':
            return out[OUT_MONEY];
        case 'time':
            return out[OUT_TIME];
        case 'co2':
            return out[OUT_CO2];
        case 'generalized':
            return generalizedCostUsd(ctx.cost, out[OUT_MONEY], out[OUT_TIME], out[OUT_CO2]);
    }
}
function chordKm(xyz, a, b) {
    const dx = xyz[3 * a] - xyz[3 * b];
    const dy = xyz[3 * a + 1] - xyz[3 * b + 1];
    const dz = xyz[3 * a + 2] - xyz[3 * b + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz) * EARTH_KM;
}
const rates = new WeakMap();
/** Lowest weight per chord-km over all allowed edges (0 when any edge is free): the A* rate. */
export function lowerBoundRate(ctx, objective) {
    let m = rates.get(ctx);
    if (!m)
        rates.set(ctx, (m = new Map()));
    const cached = m.get(objective);
    if (cached !== undefined)
        return cached;
    const idx = ctx.index;
    let rate = Infinity;
    const weights = staticWeights(ctx, objective);
    for (let e = 0; e < idx.edgeCount && rate > 0; e++) {
        const w = weights[e];
        if (w < 0)
            continue;
        const d = chordKm(idx.nodeXyz, idx.eFrom[e], idx.eTo[e]);
        if (d > 1e-9)
            rate = Math.min(rate, w / d);
    }
    if (!Number.isFinite(rate))
        rate = 0;
    m.set(objective, rate);
    return rate;
}
const weightCache = new WeakMap();
/**
 * Static weights of every edge for one context and objective (-1 = forbidden), computed on first use.
 * A context lives for one query (or one scenario), so repeated searches on it read plain typed arrays.
 */
export function staticWeights(ctx, objective) {
    let m = weightCache.get(ctx);
    if (!m)
        weightCache.set(ctx, (m = new Map()));
    let w = m.get(objective);
    if (!w) {
        w = new Float64Array(ctx.index.edgeCount);
        for (let e = 0; e < w.length; e++)
            w[e] = staticWeight(ctx, e, objective);
        m.set(objective, w);
    }
    return w;
}
const lazyCache = new WeakMap();
/**
 * Static weights of one context and objective, each worked out the first time an edge asks for it
 * (NaN until then): for a search that reads the weights of only the edges it relaxes, and for the
 * searches after it on the same context, which read them again. A weight read under a gateway ban may be
 * the -1 of a banned edge, or an unbanned weight for an edge banned since: callers use it only as a
 * pruning bound that an edge they refuse anyway, or a -1 below any key, cannot make wrong.
 */
export function staticWeightsLazy(ctx, objective) {
    let m = lazyCache.get(ctx);
    if (!m)
        lazyCache.set(ctx, (m = new Map()));
    let w = m.get(objective);
    if (!w)
        m.set(objective, (w = new Float64Array(ctx.index.edgeCount).fill(NaN)));
    return w;
}
const reboardCache = new WeakMap();
/** Per node: the objective's weight of changing between two services of the same mode there. */
function reboardWeights(ctx, objective) {
    let m = reboardCache.get(ctx);
    if (!m)
        reboardCache.set(ctx, (m = new Map()));
    let w = m.get(objective);
    if (!w) {
        w = new Float64Array(ctx.index.nodeCount);
        for (let v = 0; v < w.length; v++) {
            const usd = ctx.reboardUsd[v];
            const h = ctx.reboardH[v];
            const co2 = usd + h > 0 ? ctx.hubCo2Kg : 0;
            w[v] =
                objective === 'cost'
                    ? usd
                    : objective === 'time'
                        ? h
                        : objective === 'co2'
                            ? co2
                            : generalizedCostUsd(ctx.cost, usd, h, co2);
        }
        m.set(objective, w);
    }
    return w;
}
const workspaces = new WeakMap();
/** Single-objective static A* from any source to the nearest target (both node ids). Customs layers are not modelled here. */
export function searchStatic(ctx, sources, targets, objective) {
    const idx = ctx.index;
    const N = idx.nodeCount;
    let ws = workspaces.get(idx);
    if (!ws) {
        ws = {
            dist: new Float64Array(N),
            pred: new Int32Array(N),
            stamp: new Int32Array(N),
            done: new Int32Array(N),
            h: new Float64Array(N),
            run: 0,
            heap: new MinHeap(1024),
        };
        workspaces.set(idx, ws);
    }
    const run = ++ws.run;
    const { dist, pred, stamp, done, h, heap } = ws;
    heap.clear();
    const rate = lowerBoundRate(ctx, objective);
    const weights = staticWeights(ctx, objective);
    const reboard = reboardWeights(ctx, objective);
    const xyz = idx.nodeXyz;
    const hOf = (v) => {
        if (rate === 0)
            return 0;
        let best = Infinity;
        for (const t of targets) {
            const d = chordKm(xyz, v, t);
            if (d < best)
                best = d;
        }
        return best * rate;
    };
    const isTarget = (v) => targets.includes(v);
    for (const s of sources) {
        if (ctx.terminalBanned[idx.nodeTerminal[s]] || !(ctx.modeMask & (1 << idx.nodeMode[s])))
            continue;
        stamp[s] = run;
        dist[s] = 0;
        pred[s] = -1;
        h[s] = hOf(s);
        heap.push(s, h[s]);
    }
    let settled = 0;
    let found = -1;
    while (heap.size > 0) {
        const v = heap.pop();
        if (done[v] === run)
            continue;
        done[v] = run;
        settled++;
        if (isTarget(v)) {
            found = v;
            break;
        }
        const dv = dist[v];
        // no re-boarding, across a border edge, the service that brought the cargo there; the planner's
        // searches (arrival.ts rideInto, decisions R32) also refuse re-boarding it at the stop where
        // it set the cargo down, which this library search, checked against plain shortest paths, does not
        let cameByBorderFrom = -1;
        const inEdge = pred[v];
        if (inEdge >= 0 && idx.eKind[inEdge] === EDGE_BORDER) {
            const pe = pred[idx.eFrom[inEdge]];
            if (pe >= 0 && idx.eKind[pe] === EDGE_HOP)
                cameByBorderFrom = idx.eRef[pe];
        }
        const lift = inEdge >= 0 && idx.eKind[inEdge] === EDGE_HOP ? reboard[v] : 0;
        const end = idx.offsets[v + 1];
        for (let e = idx.offsets[v]; e < end; e++) {
            const isHop = idx.eKind[e] === EDGE_HOP;
            if (cameByBorderFrom >= 0 && isHop && idx.eRef[e] === cameByBorderFrom)
                continue;
            const w = weights[e];
            if (w < 0)
                continue;
            const u = idx.eTo[e];
            const du = dv + w + (isHop ? lift : 0);
            if (stamp[u] !== run) {
                stamp[u] = run;
                h[u] = hOf(u);
            }
            else if (du >= dist[u])
                continue;
            dist[u] = du;
            pred[u] = e;
            heap.push(u, du + h[u]);
        }
    }
    if (found < 0)
        return { weight: Infinity, edges: [], target: -1, settled };
    const edges = [];
    for (let v = found; pred[v] >= 0; v = idx.eFrom[pred[v]])
        edges.push(pred[v]);
    return { weight: dist[found], edges: edges.reverse(), target: found, settled };
}
//# sourceMappingURL=search-static.js.map