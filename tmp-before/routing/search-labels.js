/**
 * Time-dependent multi-criteria label-setting search over the routing index. One engine answers every
 * objective: labels are popped in order of the objective's key and kept unless a label already settled
 * at the same state dominates them on the compared criteria (the key, arrival time when schedules
 * matter, boardings when transfers are capped or changes penalised; money, arrival and CO2e for "pareto").
 * Cancellable (signal, time budget against performance.now()) and bounded (label cap).
 */
import { MinHeap } from "../lib/heap.js";
import { CorridorError } from "../model/index.js";
import { generalizedCostUsd, timeScoreH } from "../costing/index.js";
import { edgeAt, edgeStatic } from "./edge-cost.js";
import { OUT_CO2, OUT_DEP0, OUT_MONEY, OUT_SIZE, OUT_TIME } from "./edge-out.js";
import { landRidesBarred } from "./backtracking.js";
import { acquirePool, EDGE_CLEARANCE, EDGE_SOURCE } from "./label-pool.js";
import { liftDue, rideInto } from "./arrival.js";
import { lowerBounds } from "./lower-bounds.js";
import { plannedSlackH } from "./planning-slack.js";
import { staticWeight, staticWeightsLazy } from "./search-static.js";
import { EDGE_HOP } from "./routing-index.js";
const scratches = new WeakMap();
function scratchFor(idx) {
    let s = scratches.get(idx);
    if (!s) {
        const N = idx.nodeCount;
        s = {
            bagHead: new Int32Array(2 * N),
            targetRun: new Int32Array(N),
            run: 0,
            settledKey: new Float64Array(2 * N),
            settledTime: new Float64Array(2 * N),
            settledHops: new Int32Array(2 * N),
            zero: new Float64Array(N),
            out: new Float64Array(OUT_SIZE),
        };
        scratches.set(idx, s);
    }
    return s;
}
const DEFAULT_MAX_LABELS = 200_000;
/** initial size of label arrays: the largest search seen so far, so later searches rarely grow them */
let capacityHint = 1024;
const sharedHeap = new MinHeap(1024);
const EPS = 1e-9;
const TIE_PER_BOARDING = 1e-7;
/** keys within this of the first target's are ties (covers the boarding tie-break of up to 100 boardings) */
const TIE_WINDOW = 1e-5;
/**
 * The objective's scalar key of a label that boarded `boardings` services (its hops). Ranked by time,
 * each boarding after the first (each change of service) counts the query's transfer penalty in hours
 * (docs/decisions.md R28).
 */
export function labelKey(ctx, objective, departH, money, time, co2, boardings) {
    switch (objective) {
        case 'time':
            return timeScoreH(time, Math.max(0, boardings - 1), ctx.cost.transferPenaltyH);
        case 'co2':
            return co2;
        case 'generalized':
            return generalizedCostUsd(ctx.cost, money, time - departH, co2);
        default:
            return money;
    }
}
/** Throws SEARCH_ABORTED once the request is cancelled or its time budget is spent. */
function stopIfAborted(req) {
    if (req.signal?.aborted)
        throw new CorridorError('SEARCH_ABORTED', 'the search was cancelled');
    if (req.deadlineMs !== undefined && performance.now() > req.deadlineMs)
        throw new CorridorError('SEARCH_ABORTED', 'the search ran out of its time budget');
}
export function searchLabels(ctx, req) {
    const idx = ctx.index;
    const N = idx.nodeCount;
    const td = req.timeDependent !== false;
    const objective = req.objective;
    const pareto = objective === 'pareto';
    const maxHops = req.maxTransfers !== undefined ? req.maxTransfers + 1 : Infinity;
    const useHops = Number.isFinite(maxHops);
    const budget = req.budgetUsd ?? Infinity;
    const deadlineH = req.deadlineH ?? Infinity;
    const maxLabels = req.maxLabels ?? DEFAULT_MAX_LABELS;
    const t0 = req.departH;
    const backtrack = req.backtrack;
    const noRide = req.noRide && req.noRide.size > 0 ? req.noRide : undefined;
    const exportLayer = ctx.customs?.direction === 'export';
    const startLayer = ctx.customs ? 0 : 1;
    // Arrival time is a criterion when the objective values time, or when something depends on the date
    // (deadline, full departures, border closures): otherwise waits never change money or CO2e, and one
    // label per state is exact.
    const dateMatters = deadlineH < Infinity ||
        ctx.isDepartureFull !== undefined ||
        idx.borders.some((b) => b.closures.length > 0);
    const timeInKey = objective === 'time' || (objective === 'generalized' && ctx.cost.valueOfTimeUsdPerH > 0);
    const compareTime = pareto || (td && (timeInKey || dateMatters));
    const compareCo2 = pareto;
    // the time objective's penalty per change: boardings become a criterion, so a label that arrives
    // earlier by changing more often does not hide one that arrives later with fewer changes (R28)
    const penalised = objective === 'time' && ctx.cost.transferPenaltyH > 0;
    const compareHops = useHops || penalised;
    const pool = acquirePool(capacityHint);
    // searches are synchronous and never nested, so one heap serves them all
    const heap = sharedHeap;
    heap.clear();
    const scratch = scratchFor(idx);
    const bagHead = scratch.bagHead.fill(-1);
    const isTarget = scratch.targetRun;
    // a new stamp per search marks its targets, so no search clears the last one's
    if (scratch.run === 0x7fffffff) {
        isTarget.fill(0);
        scratch.run = 0;
    }
    const run = ++scratch.run;
    for (const t of req.targets)
        isTarget[t] = run;
    const targets = [];
    const out = scratch.out;
    // A* on exact static lower bounds (lower-bounds.ts): the heap orders labels by key + bound of the
    // rest; labels that cannot reach a target are dropped; Pareto labels are pruned on optimistic totals.
    const zero = scratch.zero;
    const lbKey = pareto ? null : lowerBounds(ctx, req.targets, objective);
    const lbM = pareto ? lowerBounds(ctx, req.targets, 'cost') : zero;
    const lbT = pareto ? lowerBounds(ctx, req.targets, 'time') : zero;
    const lbC = pareto ? lowerBounds(ctx, req.targets, 'co2') : zero;
    const lbH = lbKey ?? lbM;
    const hOf = (node) => lbH[node];
    // the time objective's bound is the least hours to a target: a label that cannot arrive by the
    // deadline even at that bound is dropped when made rather than hops later (R22). Not for Pareto
    // searches: there the labels it drops early still decide which of two equal routes is kept.
    const lbDeadline = objective === 'time' && deadlineH < Infinity ? lbH : zero;
    const key = (money, time, co2, boardings) => labelKey(ctx, objective, t0, money, time, co2, boardings);
    // Quick rejection before costing an edge: when the state it leads to already has a settled label
    // whose key is below the edge's least possible key (key + static weight; waiting only adds), that
    // label dominates whatever the edge gives. Exact where the key alone decides dominance: the time
    // objective (key = arrival), or cost/CO2e when arrival is not compared; not with a transfer cap.
    // The edge's least key is its hours for the time objective, else its static weight, worked out
    // only for an edge into a state that has a settled label to compare with.
    const quickObjective = pareto || useHops
        ? null
        : objective === 'time' || ((objective === 'cost' || objective === 'co2') && !compareTime)
            ? objective
            : null;
    const quickWeights = quickObjective === 'cost' || quickObjective === 'co2'
        ? staticWeightsLazy(ctx, quickObjective)
        : null;
    const quickLb = (e) => {
        if (quickWeights === null)
            return idx.eTimeH[e];
        let w = quickWeights[e];
        if (w !== w)
            quickWeights[e] = w = staticWeight(ctx, e, quickObjective);
        return w;
    };
    const settledKey = quickObjective ? scratch.settledKey.fill(Infinity) : null;
    // Ranked by time with a transfer penalty, a lower key may arrive later (fewer changes), and an
    // earlier arrival with more changes loses its lead when both wait for the same departure: the
    // settled label rejects an edge only if it also arrives no later than the edge's earliest arrival
    // and boarded no more services than the edge's label will have.
    const settledTime = quickObjective && penalised ? scratch.settledTime.fill(Infinity) : null;
    const settledHops = quickObjective && penalised ? scratch.settledHops.fill(0) : null;
    /** does label a dominate candidate (k, money, time, co2, hops)? */
    const dominates = (a, k, money, time, co2, hops) => {
        if (pareto) {
            if (pool.money[a] > money + EPS)
                return false;
        }
        else {
            const ka = pool.key[a];
            if (ka > k + EPS)
                return false;
            // on an exact tie of the key the earlier arrival wins, so ties never cost time
            if (!compareTime && ka >= k - EPS && pool.time[a] > time + EPS)
                return false;
            // and for the time objective, on a tie of arrival the cheaper label is kept too
            if (objective === 'time' && ka >= k - EPS && pool.money[a] > money + EPS)
                return false;
        }
        if (compareTime && pool.time[a] > time + EPS)
            return false;
        if (compareCo2 && pool.co2[a] > co2 + EPS)
            return false;
        if (compareHops && pool.hops[a] > hops)
            return false;
        return true;
    };
    const bagDominates = (state, k, money, time, co2, hops) => {
        for (let a = bagHead[state]; a >= 0; a = pool.bagNext[a])
            if (dominates(a, k, money, time, co2, hops))
                return true;
        return false;
    };
    const targetDominates = (k, money, time, co2, hops) => {
        for (const a of targets)
            if (dominates(a, k, money, time, co2, hops))
                return true;
        return false;
    };
    for (const v of req.sources) {
        if (ctx.terminalBanned[idx.nodeTerminal[v]] || !(ctx.modeMask & (1 << idx.nodeMode[v])))
            continue;
        if (hOf(v) === Infinity)
            continue;
        const l = pool.add(v + startLayer * N, -1, EDGE_SOURCE, 0, 0, t0, 0, -1, key(0, t0, 0, 0));
        heap.push(l, key(0, t0, 0, 0) + hOf(v));
    }
    stopIfAborted(req);
    let truncated = false;
    let pops = 0;
    let firstTargetKey = Infinity;
    while (heap.size > 0) {
        if ((++pops & 255) === 0)
            stopIfAborted(req);
        // single objective: once a target is settled, only labels tied with it may still improve the arrival
        if (heap.peekKey() > firstTargetKey + TIE_WINDOW)
            break;
        const L = heap.pop();
        const st = pool.state[L];
        const money = pool.money[L];
        const time = pool.time[L];
        const co2 = pool.co2[L];
        const hops = pool.hops[L];
        const k = pool.key[L];
        if (bagDominates(st, k, money, time, co2, hops))
            continue;
        const layerNow = st >= N ? 1 : 0;
        const vNow = st - layerNow * N;
        if (pareto && targetDominates(k, money + lbM[vNow], time + lbT[vNow], co2 + lbC[vNow], hops))
            continue;
        pool.bagNext[L] = bagHead[st];
        bagHead[st] = L;
        if (settledKey && k < settledKey[st]) {
            settledKey[st] = k;
            if (settledTime)
                settledTime[st] = time;
            if (settledHops)
                settledHops[st] = hops;
        }
        const layer = st >= N ? 1 : 0;
        const v = st - layer * N;
        if (layer === 1 && isTarget[v] === run) {
            targets.push(L);
            if (!pareto)
                firstTargetKey = Math.min(firstTargetKey, k);
            continue;
        }
        if (pool.size > maxLabels) {
            truncated = true;
            break;
        }
        if (layer === 0 && ctx.clearAt[idx.nodeTerminal[v]]) {
            const c = ctx.customs;
            const m2 = money + c.usd;
            const t2 = time + c.timeH;
            if (m2 <= budget && t2 <= deadlineH) {
                const k2 = key(m2, t2, co2, hops);
                if (!bagDominates(v + N, k2, m2, t2, co2, hops))
                    heap.push(pool.add(v + N, L, EDGE_CLEARANCE, hops, m2, t2, co2, -1, k2), k2 + hOf(v));
            }
        }
        // a label standing too far behind the origin takes no land ride from here; every label alike,
        // so dominance between labels at a state stays exact (an origin terminal is never barred)
        const here = idx.nodeTerminal[v];
        const landBarred = backtrack !== undefined && landRidesBarred(backtrack, here);
        // cargo that came on a service (or changed services across a border without a gauge change, whose
        // transshipment is in its cost) and boards another one here is lifted across: handling time and money
        const ride = rideInto(idx, pool, L);
        const cameByHop = liftDue(idx, pool, L, ride);
        const reboardUsd = cameByHop ? ctx.reboardUsd[v] : 0;
        const reboardH = cameByHop ? ctx.reboardH[v] : 0;
        const reboardCo2 = cameByHop && reboardUsd + reboardH > 0 ? ctx.hubCo2Kg : 0;
        // the service the cargo came off here (or across a border), never boarded again here (R32):
        // splitting one ride at a stop it passes would dodge a ban on that ride (corridors.ts) and read
        // as two rides to the back-track check
        const cameOn = ride >= 0 ? idx.eRef[pool.edge[ride]] : -1;
        const end = idx.offsets[v + 1];
        // slack before a timetabled departure, worked out on the first hop out of this label
        let slack = -1;
        for (let e = idx.offsets[v]; e < end; e++) {
            if (layer === 0 && exportLayer && idx.eLeavesCn[e])
                continue;
            const u = idx.eTo[e];
            const hu = lbH[u];
            // cheap checks first: a node that cannot reach a target is never worth an edge evaluation
            if (hu === Infinity)
                continue;
            if (landBarred && backtrack.landEdge[e])
                continue;
            const isHop = idx.eKind[e] === EDGE_HOP;
            if (isHop && noRide !== undefined && noRide.has(e))
                continue;
            // no boarding again the service the cargo just left here (R32): a ride is not split at a stop
            // it passes, nor stands a border edge in for the service's own leg
            if (isHop && cameOn === idx.eRef[e])
                continue;
            // (a state with no settled label holds Infinity: nothing to compare, no weight to work out)
            const settled = settledKey === null ? Infinity : settledKey[u + layer * N];
            if (settled < Infinity &&
                settled < k + quickLb(e) - EPS &&
                (!settledTime ||
                    (settledTime[u + layer * N] <= time + idx.eTimeH[e] + EPS &&
                        settledHops[u + layer * N] <= hops + (idx.eKind[e] === EDGE_HOP ? 1 : 0))))
                continue;
            const lift = isHop ? 1 : 0;
            if (td) {
                if (isHop && slack < 0)
                    slack = plannedSlackH(ctx, pool, L);
                if (!edgeAt(ctx, e, time + lift * reboardH, out, isHop ? slack : 0))
                    continue;
            }
            else {
                if (!edgeStatic(ctx, e, out))
                    continue;
                out[OUT_TIME] = time + lift * reboardH + out[OUT_TIME];
                out[OUT_DEP0] = -1;
            }
            const h2 = isHop ? hops + 1 : hops;
            if (h2 > maxHops)
                continue;
            const m2 = money + out[OUT_MONEY] + lift * reboardUsd;
            const t2 = out[OUT_TIME];
            const c2 = co2 + out[OUT_CO2] + lift * reboardCo2;
            if (m2 > budget || t2 + lbDeadline[u] > deadlineH)
                continue;
            const s2 = u + layer * N;
            const k2 = key(m2, t2, c2, h2);
            // single objective: a label whose optimistic total is past the first target's window would never be popped
            if (k2 + hu > firstTargetKey + TIE_WINDOW)
                continue;
            if (bagDominates(s2, k2, m2, t2, c2, h2))
                continue;
            if (pareto && targetDominates(k2, m2 + lbM[u], t2 + lbT[u], c2 + lbC[u], h2))
                continue;
            // ties go to fewer boardings, so staying on a through train beats alighting and re-boarding it
            heap.push(pool.add(s2, L, e, h2, m2, t2, c2, out[OUT_DEP0], k2), k2 + hu + h2 * TIE_PER_BOARDING);
        }
    }
    if (!pareto && targets.length > 1) {
        // best key first, then earliest arrival, then fewest boardings
        targets.sort((a, b) => {
            const ka = key(pool.money[a], pool.time[a], pool.co2[a], pool.hops[a]);
            const kb = key(pool.money[b], pool.time[b], pool.co2[b], pool.hops[b]);
            return Math.abs(ka - kb) > EPS
                ? ka - kb
                : pool.time[a] - pool.time[b] ||
                    pool.money[a] - pool.money[b] ||
                    pool.hops[a] - pool.hops[b];
        });
    }
    // size the next search's arrays like this one (zeroed typed arrays are not free to allocate)
    capacityHint = Math.min(1 << 16, Math.max(1024, Math.ceil(pool.size * 1.25)));
    return { pool, targets, labels: pool.size, truncated };
}
//# sourceMappingURL=search-labels.js.map