/**
 * Back-tracking chains (docs/decisions.md R17): a route that changes services on land at a point
 * further from its destination than its origin, that turns back on land between two changes of
 * service, or that comes through the same place twice. No forwarder books Chifeng → Tianjin by the
 * rail-sea shuttle and back west to Ulanqab for the Moscow train, or Ordos → Tianjin → Chifeng for
 * the Manzhouli train; they are priced as two cheap rides, not as a corridor. The alternative search
 * (corridors.ts) leaves such routes out whenever a route without a back-track reaches the
 * destination. A move to a seaport or airport that a ship or plane then leaves from is not a
 * back-track: an inland origin reaches the sea by moving away from an overseas destination.
 */
import { haversineKm } from "../lib/geo.js";
import { memoized, memoOf } from "../lib/bounded-memo.js";
import { EDGE_BORDER, EDGE_HOP, MODE_LIST } from "./routing-index.js";
import { MODE_TRAITS } from "../model/index.js";
/**
 * A change of service on land may lie this much further from the destination (great circle) than the
 * origin: a hub beside the origin (Hohhot's bonded zone for Erenhot cargo) is not a back-track, Tianjin
 * for Chifeng → Moscow (194 km further) is.
 */
const BACKTRACK_AWAY_KM = 150;
/**
 * Two land rides a → b → c turn back when their great circles a–b and b–c add up to more than this
 * many times a–c, plus BACKTRACK_TURN_SLACK_KM so drayage between a hub's terminals never counts:
 * Tianjin → Chifeng → Dalian by truck is 814 km of great circle for 347 km, Ordos → Baotou → Duisburg
 * 1.00×.
 */
const BACKTRACK_TURN_RATIO = 1.5;
const BACKTRACK_TURN_SLACK_KM = 100;
/** Two positions closer than this are one place (a hub's rail terminal, bonded zone and airport). */
const SAME_PLACE_KM = 25;
const landEdgesOf = new WeakMap();
function landEdges(index) {
    let land = landEdgesOf.get(index);
    if (land)
        return land;
    land = new Uint8Array(index.eKind.length);
    for (let e = 0; e < land.length; e++) {
        const kind = index.eKind[e];
        if (kind === EDGE_BORDER)
            land[e] = 1;
        else if (kind === EDGE_HOP)
            land[e] = MODE_TRAITS[MODE_LIST[index.services[index.eRef[e]].mode]].land ? 1 : 0;
    }
    landEdgesOf.set(index, land);
    return land;
}
/** Most pruning tables kept per index (one per origin and destination asked for). */
const PRUNING_MEMO_SIZE = 256;
const pruningMemo = new WeakMap();
const placesKey = (places) => places.map((p) => `${p.lon},${p.lat}`).join(';');
/**
 * The pruning table of one query. The check after the search measures a chain against its own
 * destination terminal d and the origin place (its terminal nearest d); `awayKm` takes, for each
 * terminal, the least of that over the destination terminals, so it never overstates the check and
 * the search drops only what the check would refuse. The query's own origin terminals (indices in
 * `originTerminals`) are never barred: a query by position takes every terminal within 150 km of it,
 * which may lie 300 km apart, and a ride from any of them starts the route.
 * The table depends on the places alone, so it is kept per index for them: it took a great-circle
 * distance per terminal and destination on every query. Tables are shared and never written.
 */
export function backtrackPruning(index, origins, destinations, originTerminals = []) {
    const key = `${placesKey(origins)}|${placesKey(destinations)}|${originTerminals.join(',')}`;
    return memoized(memoOf(pruningMemo, index), PRUNING_MEMO_SIZE, key, () => computePruning(index, origins, destinations, originTerminals));
}
function computePruning(index, origins, destinations, originTerminals) {
    const starts = destinations.map((d) => originKm(origins, d));
    const awayKm = new Float64Array(index.terminals.length);
    for (let t = 0; t < awayKm.length; t++) {
        const at = index.terminals[t].location;
        let away = Infinity;
        destinations.forEach((d, i) => (away = Math.min(away, haversineKm(at, d) - starts[i])));
        awayKm[t] = away;
    }
    for (const t of originTerminals)
        awayKm[t] = -Infinity;
    return { awayKm, landEdge: landEdges(index) };
}
/** How far the origin place lies from `dest`: its terminal nearest it (a city's airport, rail terminal …). */
function originKm(origins, dest) {
    let km = Infinity;
    for (const o of origins)
        km = Math.min(km, haversineKm(o, dest));
    return km;
}
/** Whether a label standing at terminal `t` may take no land ride from there. */
export function landRidesBarred(p, t) {
    return p.awayKm[t] > BACKTRACK_AWAY_KM;
}
/**
 * Why a chain of rides back-tracks, or null when it does not. `origins` are the origin place's
 * terminals (default: where the chain starts): distances behind the origin are counted from the one
 * nearest the destination, so a chain is judged alike whichever of a city's terminals it leaves from.
 */
export function backtrackReason(steps, origins) {
    return backtrackFinding(steps, origins)?.reason ?? null;
}
/**
 * backtrackReason with the rides a search may leave out to look for the same corridor without the
 * back-track (corridors.ts, R32): the ride that moved on from a place passed again, or at a turn (a
 * change of service too far behind the origin, or a turn back) the ride on from it and the ride that
 * brought the cargo there, each by its hop edge.
 */
export function backtrackFinding(steps, origins) {
    const n = steps.length;
    if (n < 2)
        return null;
    const dest = steps[n - 1].to;
    const origin = steps[0].from;
    const start = originKm(origins ?? [origin], dest);
    // places in the order passed, a hub's terminals taken as one place; a place seen again is one
    // before the last (the last is where the cargo stands)
    const places = [origin];
    const seenAt = (p) => {
        for (let k = 0; k < places.length - 1; k++)
            if (haversineKm(places[k], p) < SAME_PLACE_KM)
                return k;
        return -1;
    };
    // the ride of step `i`, as the one a search may forbid (none for a border crossed on foot)
    const rideOf = (i) => steps[i]?.edge;
    // a place seen again: the ride that moved on from it the first time is the one to forbid, the
    // first ride from the step that reached the next place (past shuttles inside the place; past a
    // border crossed on foot, the ride on the far side)
    const placeStep = [-1];
    const twice = (k) => {
        let j = placeStep[k + 1];
        while (j < n && steps[j].edge === undefined)
            j++;
        return { reason: 'passes the same place twice', ride: rideOf(j) };
    };
    for (let si = 0; si < steps.length; si++) {
        const s = steps[si];
        // on board past a place the cargo already left: trucked from Erenhot back to Hohhot for a
        // truck line that runs through Erenhot again
        // (what a ride passes is not added to the places behind the cargo: a train that takes no cargo
        // off at Małaszewicze runs on to Warsaw, and a truck back is how a box gets there; R30)
        for (const p of s.passes ?? []) {
            const k = seenAt(p);
            if (k >= 0)
                return twice(k);
        }
        if (haversineKm(places[places.length - 1], s.to) < SAME_PLACE_KM)
            continue;
        const k = seenAt(s.to);
        if (k >= 0)
            return twice(k);
        places.push(s.to);
        placeStep.push(si);
    }
    for (let k = 1; k < n; k++) {
        const here = steps[k];
        if (!here.land)
            continue;
        const away = haversineKm(here.from, dest) - start;
        if (away > BACKTRACK_AWAY_KM)
            return {
                reason: `changes service on land ${Math.round(away)} km further from the destination than the origin`,
                ride: rideOf(k),
                rideBefore: rideOf(k - 1),
            };
        const before = steps[k - 1];
        if (!before.land)
            continue;
        const direct = haversineKm(before.from, here.to);
        const via = haversineKm(before.from, here.from) + haversineKm(here.from, here.to);
        if (via > BACKTRACK_TURN_RATIO * direct + BACKTRACK_TURN_SLACK_KM)
            return {
                reason: `turns back on land (${Math.round(via)} km of great circle for ${Math.round(direct)} km)`,
                ride: rideOf(k),
                rideBefore: rideOf(k - 1),
            };
    }
    return null;
}
/** The rides of a label chain: every hop and border crossing, in order. */
export function chainSteps(index, pool, label) {
    const steps = [];
    const at = (t) => index.terminals[t].location;
    for (const l of pool.chain(label)) {
        const e = pool.edge[l];
        if (e < 0)
            continue;
        const kind = index.eKind[e];
        if (kind === EDGE_HOP) {
            const si = index.services[index.eRef[e]];
            const i = index.eI[e];
            const j = index.eJ[e];
            const passes = [];
            for (let k = i; k < j; k++) {
                if (k > i)
                    passes.push(at(si.stops[k]));
                const b = si.legBorder[k];
                if (b >= 0)
                    passes.push(at(index.borders[b].a), at(index.borders[b].b));
            }
            steps.push({
                from: at(si.stops[i]),
                to: at(si.stops[j]),
                land: MODE_TRAITS[MODE_LIST[si.mode]].land,
                passes,
                edge: e,
            });
        }
        else if (kind === EDGE_BORDER) {
            steps.push({
                from: at(index.nodeTerminal[index.eFrom[e]]),
                to: at(index.nodeTerminal[index.eTo[e]]),
                land: true,
            });
        }
    }
    return steps;
}
//# sourceMappingURL=backtracking.js.map