/**
 * Slack a plan keeps before a timetabled departure, so that the cargo makes it with the stated
 * reliability (docs/decisions.md T4): at most PLAN_MISS_RISK chance that the cargo, late from what came
 * before, misses the departure it is planned on. The spread of what came before is the part of each
 * random step beyond what the plan counts at the (1 − risk) quantile (a service's delay, by the share
 * of the run ridden, as the timetable leaves delays out; border dwell, customs clearance and the
 * destination's import clearance above their planned median), summed back to the last timetabled departure (whose wait absorbed what came before
 * it) or the origin. The plain sum is conservative for skewed, one-sided delays, where a root sum of
 * squares left about one run in five missing its connection. Hot path: no allocation per call; the
 * per-service and per-border spreads are computed once per index.
 */
import { medianOf, quantileOf } from "../costing/index.js";
import { borderEntersImport, hopImportClearances, hopTransit } from "./edge-cost.js";
import { EDGE_CLEARANCE } from "./label-pool.js";
import { EDGE_BORDER, EDGE_HOP } from "./routing-index.js";
import { SCHEDULE_ON_DEMAND } from "./schedule.js";
/** Default chance of missing a planned departure that a plan accepts. */
const PLAN_MISS_RISK = 0.1;
const cache = new WeakMap();
const customsCache = new WeakMap();
/** How far above its median a random quantity is at the (1 − risk) quantile. */
function spreadOf(d, risk = PLAN_MISS_RISK) {
    if (!d)
        return 0;
    return Math.max(0, quantileOf(d, 1 - risk) - medianOf(d));
}
function spreadsOf(idx) {
    let s = cache.get(idx);
    if (!s) {
        s = {
            // a timetable's arrivals leave the service's delay out, so all of it is spread
            service: Float64Array.from(idx.services, (si) => si.delay ? Math.max(0, quantileOf(si.delay, 1 - PLAN_MISS_RISK)) : 0),
            border: Float64Array.from(idx.borders.flatMap((b) => b.dwell), (d) => spreadOf(d)),
        };
        cache.set(idx, s);
    }
    return s;
}
function customsSpread(d) {
    let v = customsCache.get(d);
    if (v === undefined) {
        v = spreadOf(d);
        customsCache.set(d, v);
    }
    return v;
}
/** Hours of slack to keep after label L before boarding a timetabled departure. */
export function plannedSlackH(ctx, pool, label) {
    const idx = ctx.index;
    const sp = spreadsOf(idx);
    let sum = 0;
    for (let l = label; l >= 0; l = pool.pred[l]) {
        const e = pool.edge[l];
        if (e === EDGE_CLEARANCE) {
            const c = customsSpread(ctx.customs.rule.clearance_h);
            sum += c;
            continue;
        }
        if (e < 0)
            break;
        const kind = idx.eKind[e];
        const imp = ctx.importCustoms;
        if (kind === EDGE_BORDER) {
            const b = idx.eRef[e];
            sum += sp.border[2 * b + idx.eI[e]];
            if (imp !== null) {
                const bi = idx.borders[b];
                const enters = idx.eI[e] === 0
                    ? borderEntersImport(ctx, bi.a, bi.b)
                    : borderEntersImport(ctx, bi.b, bi.a);
                if (enters)
                    sum += customsSpread(imp.territory.clearance_h);
            }
        }
        else if (kind === EDGE_HOP) {
            const s = idx.eRef[e];
            const si = idx.services[s];
            sum += sp.service[s] * idx.eFrac[e];
            if (imp !== null) {
                sum +=
                    hopImportClearances(ctx, s, idx.eI[e], idx.eJ[e]) *
                        customsSpread(imp.territory.clearance_h);
                const transit = hopTransit(ctx, s, idx.eI[e], idx.eJ[e]);
                if (transit !== null)
                    sum += customsSpread(transit.procedure.opening_h);
            }
            for (let k = idx.eI[e]; k < idx.eJ[e]; k++) {
                const b = si.legBorder[k];
                if (b >= 0)
                    sum += sp.border[2 * b + si.legBorderDir[k]];
            }
            // a timetabled departure the cargo was planned onto resets what came before
            if (si.schedule.type !== SCHEDULE_ON_DEMAND)
                break;
        }
    }
    return sum;
}
//# sourceMappingURL=planning-slack.js.map