/**
 * P50/P90 arrival of a planned route by Monte Carlo. Each run replays the route's steps with random
 * service delays (delay_h, at arrival), border dwell (dwell_h) and customs clearance (clearance_h)
 * drawn by inverse CDF from a seeded generator. A hop whose cargo is ready after its planned
 * departure takes the service's next scheduled departure, so a delay that misses a weekly train costs
 * a week; a run that misses any planned departure counts towards the route's missed-departure risk
 * (docs/decisions.md T4). A departure is made when the cargo is there by its cut-off. Scheduled trains do not arrive early: on-board dwell below the median does not advance them.
 * A service's delay is its arrival delay at the end of its run; a ride over part of the run takes the
 * share of it that its distance is of the whole (as the simulator does), so Tianjin → Shanghai on a
 * loop to Europe does not carry the intercontinental delay.
 *
 * The draws are stratified (Latin hypercube, docs/decisions.md R25): each random quantity of the route
 * (one border dwell, one service delay, one clearance) takes one uniform from each of the n equal
 * strata of [0, 1), in an order shuffled per quantity, so every quantity's n draws cover its whole
 * distribution evenly. 200 such runs estimate P50/P90 closer to a 40,000-run reference than 400
 * plain draws did (tests/unit/itinerary/draw-accuracy.test.ts), in half the replays.
 */
import { clampUniform, excessOverMedianPackedZ, isDegenerate, medianOf, normalQuantile, packDistribution, PACKED_SIZE, samplePackedZ, } from "../costing/index.js";
import { nextDepartureH, SCHEDULE_ON_DEMAND } from "../routing/index.js";
import { createRng } from "../lib/rng.js";
import { memoized } from "../lib/bounded-memo.js";
import { selectRank } from "../lib/select-rank.js";
/** Replays per route (stratified; R25). Plain draws needed 400 for less accuracy (R9). */
const DEFAULT_RUNS = 200;
/** True when no step of the route draws anything with a spread: every run gives the planned arrival. */
function deterministic(steps) {
    return steps.every((s) => s.kind === 'fixed'
        ? true
        : s.kind === 'random'
            ? isDegenerate(s.dist)
            : (!s.si.delay || isDegenerate(s.si.delay)) && s.onBoardBorders.every(isDegenerate));
}
/** Share of the service's whole run (by distance) that a ride from stop i to stop j covers. */
function rideShare(si, i, j) {
    if (!(si.totalKm > 0))
        return 1;
    return Math.min(1, Math.max(0, (si.cumKm[j] - si.cumKm[i]) / si.totalKm));
}
const FLAT_FIXED = 0;
const FLAT_RANDOM = 1;
const FLAT_HOP = 2;
/**
 * The arrays one arrivalQuantiles call fills and reads while it runs: kept between calls (they are
 * synchronous and never nested) and grown when a route needs more, since a typed array of its own per
 * route costs more to allocate than the loop that fills it. Every slot a call reads it writes first.
 */
const scratch = {
    packed: new Float64Array(16 * PACKED_SIZE),
    medians: new Float64Array(16),
    arrivals: new Float64Array(DEFAULT_RUNS),
};
/** `a` when it holds `length` values, else a larger array. */
const atLeast = (a, length) => a.length >= length ? a : new Float64Array(Math.max(length, 2 * a.length));
function flatten(steps) {
    let dists = 0;
    let borders = 0;
    for (const s of steps) {
        if (s.kind === 'random')
            dists++;
        else if (s.kind === 'hop') {
            dists += s.onBoardBorders.length + (s.si.delay ? 1 : 0);
            borders += s.onBoardBorders.length;
        }
    }
    const packed = (scratch.packed = atLeast(scratch.packed, dists * PACKED_SIZE));
    const medians = (scratch.medians = atLeast(scratch.medians, borders));
    let nextAt = 0;
    let nextMed = 0;
    const pack = (d) => {
        const at = nextAt;
        packDistribution(d, packed, at);
        nextAt += PACKED_SIZE;
        return at;
    };
    const flat = steps.map((s) => {
        const f = {
            kind: FLAT_FIXED,
            addH: 0,
            distAt: -1,
            borderAt: -1,
            borderCount: 0,
            medAt: -1,
            delayAt: -1,
            delayShare: 0,
            dep0: -1,
            depOff: 0,
            arrOff: 0,
            cutoffH: 0,
            onDemand: false,
            extraH: 0,
            si: null,
        };
        if (s.kind === 'fixed')
            f.addH = s.hours;
        else if (s.kind === 'random') {
            f.kind = FLAT_RANDOM;
            f.addH = s.addH;
            f.distAt = pack(s.dist);
        }
        else {
            f.kind = FLAT_HOP;
            f.borderAt = nextAt;
            f.borderCount = s.onBoardBorders.length;
            f.medAt = nextMed;
            // medians of on-board border dwell, once per route rather than once per draw
            for (const b of s.onBoardBorders) {
                pack(b);
                medians[nextMed++] = medianOf(b);
            }
            if (s.si.delay)
                f.delayAt = pack(s.si.delay);
            f.delayShare = rideShare(s.si, s.i, s.j);
            f.dep0 = s.dep0;
            f.depOff = s.si.depOffH[s.i];
            f.arrOff = s.si.arrOffH[s.j];
            f.cutoffH = s.si.schedule.cutoffH;
            f.onDemand = s.si.schedule.type === SCHEDULE_ON_DEMAND;
            f.extraH = s.extraH;
            f.si = s.si;
        }
        return f;
    });
    return { flat, packed, medians };
}
/** Uniforms a run draws: one per random step, per on-board border and per service delay. */
function drawsPerRun(flat) {
    let d = 0;
    for (const s of flat)
        if (s.kind === FLAT_RANDOM)
            d++;
        else if (s.kind === FLAT_HOP)
            d += s.borderCount + (s.delayAt >= 0 ? 1 : 0);
    return d;
}
/**
 * Uniforms depend on the seed, the runs, the quantities a run draws and the sampling alone, never on
 * the route: every route of d quantities planned with the same seed draws the same table. A few dozen
 * sizes occur on a network, so the tables (and their normal quantiles, one Math.log or a rational
 * function each) are made once per size and kept, per thread, up to TABLES_MAX of them (the oldest dropped first); tables
 * larger than TABLE_MAX_CELLS (a reference with many runs) are made for the call and not kept.
 * docs/decisions.md R27.
 */
const tables = new Map();
const TABLES_MAX = 64;
const TABLE_MAX_CELLS = 1 << 16;
/**
 * n runs × d uniforms, run r's at [r·d, r·d + d). Stratified: for each of the d quantities, run r
 * takes a uniform from stratum π(r) of n, π a shuffle (Fisher–Yates) of 0…n−1 drawn per quantity.
 * Plain: independent uniforms in the order the runs draw them.
 */
function makeTable(n, d, seed, stratified) {
    const rand = createRng(seed).next;
    const u = new Float64Array(n * d);
    if (!stratified)
        for (let k = 0; k < n * d; k++)
            u[k] = rand();
    else {
        const perm = new Int32Array(n);
        for (let q = 0; q < d; q++) {
            for (let r = 0; r < n; r++)
                perm[r] = r;
            for (let r = n - 1; r > 0; r--) {
                const j = Math.floor(rand() * (r + 1));
                const t = perm[r];
                perm[r] = perm[j];
                perm[j] = t;
            }
            for (let r = 0; r < n; r++)
                u[r * d + q] = (perm[r] + rand()) / n;
        }
    }
    const z = new Float64Array(n * d);
    for (let k = 0; k < n * d; k++)
        z[k] = normalQuantile(clampUniform(u[k]));
    return { u, z };
}
function drawTable(n, d, seed, stratified) {
    if (n * d > TABLE_MAX_CELLS)
        return makeTable(n, d, seed, stratified);
    return memoized(tables, TABLES_MAX, `${seed}|${n}|${d}|${stratified ? 's' : 'p'}`, () => makeTable(n, d, seed, stratified));
}
/**
 * Answers kept per thread, by what they depend on: the steps (the index's services and
 * distributions, by identity, and the numbers of each step), the departure, the booking, the seed and
 * the draw options. Queries of one lane that differ in weight or value mostly plan the same route on
 * the same departures, and its draws were a twentieth of a plan; a route not seen before costs the
 * key. At most ANSWERS_MAX kept, the oldest dropped first.
 */
const answers = new Map();
const ANSWERS_MAX = 1024;
/** a number per service and distribution object, for the keys: the objects are never changed */
const objectIds = new WeakMap();
let nextObjectId = 0;
function idOf(o) {
    let id = objectIds.get(o);
    if (id === undefined)
        objectIds.set(o, (id = nextObjectId++));
    return id;
}
function answerKey(steps, departH, seed, draws, bookedAtH) {
    let key = `${departH}|${seed}|${draws.runs}|${draws.sampling}|${bookedAtH}`;
    for (const s of steps) {
        if (s.kind === 'fixed')
            key += `|f${s.hours}`;
        else if (s.kind === 'random')
            key += `|r${idOf(s.dist)},${s.addH}`;
        else {
            key += `|h${idOf(s.si)},${s.i},${s.j},${s.dep0},${s.extraH}`;
            for (const b of s.onBoardBorders)
                key += `,${idOf(b)}`;
        }
    }
    return key;
}
export function arrivalQuantiles(steps, departH, seed, draws = {}, bookedAtH) {
    return memoized(answers, ANSWERS_MAX, answerKey(steps, departH, seed, draws, bookedAtH), () => replayArrivals(steps, departH, seed, draws, bookedAtH));
}
/** The Monte Carlo replays of the route: arrivalQuantiles' answer for a key not seen before. */
function replayArrivals(steps, departH, seed, draws, bookedAtH) {
    // a route without spread needs one run: every other would repeat it exactly
    const n = deterministic(steps) ? 1 : (draws.runs ?? DEFAULT_RUNS);
    const { flat, packed, medians } = flatten(steps);
    const d = drawsPerRun(flat);
    const { u, z } = drawTable(n, d, seed, draws.sampling !== 'plain');
    // runs 0 … n-1 of it; selectRank reads no further
    const arrivals = (scratch.arrivals = atLeast(scratch.arrivals, n));
    let missedRuns = 0;
    for (let r = 0; r < n; r++) {
        let t = departH;
        let missed = false;
        let at = r * d;
        for (let k = 0; k < flat.length; k++) {
            const s = flat[k];
            if (s.kind === FLAT_FIXED)
                t += s.addH;
            else if (s.kind === FLAT_RANDOM) {
                t += samplePackedZ(packed, s.distAt, u[at], z[at]) + s.addH;
                at++;
            }
            else {
                let late = 0;
                for (let b = 0; b < s.borderCount; b++) {
                    late += excessOverMedianPackedZ(packed, s.borderAt + b * PACKED_SIZE, u[at], z[at], medians[s.medAt + b]);
                    at++;
                }
                let delay = 0;
                if (s.delayAt >= 0) {
                    delay = samplePackedZ(packed, s.delayAt, u[at], z[at]) * s.delayShare;
                    at++;
                }
                if (s.dep0 < 0) {
                    t += s.extraH + late + delay;
                    continue;
                }
                const board = s.dep0 + s.depOff;
                // the cargo makes the planned departure when it is there by the cut-off
                const made = t + s.cutoffH <= board + 1e-9;
                // an on-demand truck waits for the cargo: late cargo delays it but misses nothing
                if (!made && !s.onDemand)
                    missed = true;
                const dep0 = made
                    ? s.dep0
                    : nextDepartureH(s.si.schedule, t - s.depOff, bookedAtH === undefined ? undefined : bookedAtH - s.depOff);
                t = dep0 + s.arrOff + s.extraH + late + delay;
            }
        }
        arrivals[r] = t;
        if (missed)
            missedRuns++;
    }
    // the two order statistics by selection: the values a full sort would give at these ranks
    const rank = (p) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
    const r90 = rank(0.9);
    const r50 = rank(0.5);
    selectRank(arrivals, r90, 0, n - 1);
    selectRank(arrivals, r50, 0, r90);
    return { p50: arrivals[r50], p90: arrivals[r90], missRisk: missedRuns / n };
}
//# sourceMappingURL=monte-carlo.js.map