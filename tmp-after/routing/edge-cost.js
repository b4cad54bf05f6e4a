/**
 * What taking one edge costs under a search context: money (USD), time, CO2e (kg), and for hops the
 * departure taken. Hot path: no allocation; results go into a caller's Float64Array; a forbidden edge
 * returns false (never a huge or NaN weight).
 */
import { nextDepartureH, SCHEDULE_ON_DEMAND } from "./schedule.js";
import { EDGE_BORDER, EDGE_HOP, MODE_PORT_GATEWAY } from "./routing-index.js";
import { hopLeadH } from "./search-context.js";
import { OUT_BORDER_FEES, OUT_CO2, OUT_DEP0, OUT_GAUGE_CHANGE, OUT_HANDLING, OUT_IMPORT_CUSTOMS, OUT_LINE_HAUL, OUT_MONEY, OUT_PARCEL_DELIVERY, OUT_SIZE, OUT_SPECIAL_CARGO, OUT_SUBSIDY, OUT_TIME, OUT_TRANSIT_CUSTOMS, } from "./edge-out.js";
/** A context's hop memo (hopBase): per edge, not yet worked out, allowed or forbidden. */
const HOP_UNKNOWN = 0;
const HOP_ALLOWED = 1;
const HOP_FORBIDDEN = 2;
/**
 * How many import clearances hop i→j of service s makes: one per border crossed on board into the
 * destination's customs territory, else one at j when the hop enters it without a border (sea, air)
 * and the cargo is discharged there. 0 without an import plan.
 */
export function hopImportClearances(ctx, s, i, j) {
    const ic = ctx.importCustoms;
    if (ic === null)
        return 0;
    const base = ctx.svcBase[s];
    const n = ctx.legImportPrefix[base + j] - ctx.legImportPrefix[base + i];
    if (n > 0)
        return n;
    const stops = ctx.index.services[s].stops;
    return !ic.inside[stops[i]] && ic.inside[stops[j]] ? 1 : 0;
}
/**
 * Where hop i→j of service s clears into the destination's territory when it enters it without a
 * border on board (sea, air): the stop index k (i < k ≤ j) of the clearance, or -1 when the hop makes
 * no such clearance. Any service clears where it discharges the cargo, j (decisions DC1); a parcel
 * product clears at its first stop inside the territory, where its carrier presents the parcels,
 * before it delivers them on (decisions DC2). Not on the search's hot path: the clearance's hours and
 * money are the same wherever on the ride it falls, so only the answer asks.
 */
export function hopImportEntryStop(ctx, s, i, j) {
    const ic = ctx.importCustoms;
    if (ic === null)
        return -1;
    const base = ctx.svcBase[s];
    if (ctx.legImportPrefix[base + j] - ctx.legImportPrefix[base + i] > 0)
        return -1;
    const si = ctx.index.services[s];
    const stops = si.stops;
    if (ic.inside[stops[i]] || !ic.inside[stops[j]])
        return -1;
    if (si.parcelProduct)
        for (let k = i + 1; k < j; k++)
            if (ic.inside[stops[k]])
                return k;
    return j;
}
/**
 * The transit procedure hop i→j of service s moves under (decisions DC3): the ride crosses one border
 * on board into the destination's territory and goes on inside it past the entry stop, by a mode the
 * territory files a procedure for (T1 for trains into the EU, TIR for trucks). It opens at that
 * border and the import clearance moves to j, where the cargo leaves the train or truck. null: the
 * ride clears where it enters (DC1), a parcel product where its carrier presents the parcels (DC2).
 */
export function hopTransit(ctx, s, i, j) {
    const ic = ctx.importCustoms;
    if (ic === null)
        return null;
    const si = ctx.index.services[s];
    const t = ic.transit[si.mode];
    if (!t || si.parcelProduct)
        return null;
    const base = ctx.svcBase[s];
    const pre = ctx.legImportPrefix;
    // one entry on board, not on the ride's last leg (which ends at the entry: clears there)
    if (pre[base + j] - pre[base + i] !== 1 || pre[base + j] - pre[base + j - 1] !== 0)
        return null;
    return ic.inside[si.stops[j]] ? t : null;
}
/**
 * What one import clearance on a ride of service s costs: the territory's broker fee, none on a
 * parcel product, whose carrier presents and declares its parcels itself (decisions C7). The search
 * and the answer's customs events both read it.
 */
export function clearanceUsdOn(ctx, s) {
    return ctx.index.services[s].parcelProduct || ctx.importCustoms === null
        ? 0
        : ctx.importCustoms.usd;
}
/** True when crossing border b from terminal `from` to terminal `to` enters the destination's customs territory. */
export function borderEntersImport(ctx, from, to) {
    const ic = ctx.importCustoms;
    return ic !== null && !ic.inside[from] && ic.inside[to] === 1;
}
/** how many departures a search tries past full ones or closures before giving up on a hop */
const MAX_SKIPS = 120;
/**
 * Line haul of hop e on service s: its tariff pair's price (or share of it), else the per-km rule.
 * Called by hopCompute alone, once per hop and context.
 */
function lineHaulOf(ctx, e, s) {
    const idx = ctx.index;
    const p = idx.ePair[e];
    if (p >= 0) {
        const usd = ctx.pairUsd[p];
        // NaN: not priced yet in this context (search-context.ts)
        return (usd === usd ? usd : ctx.pricePair(p)) * idx.eShare[e];
    }
    const perKm = ctx.servicePerKmUsd[s] * idx.eKm[e];
    const min = ctx.serviceMinUsd[s];
    return perKm > min ? perKm : min;
}
/**
 * Allowed + money + CO2 of a hop, and its extra hours from conditions, into out[at + OUT_…]; false
 * when forbidden. Gateway bans aside (hopBase checks them): what this gives depends on the context
 * alone. O(1) by prefix sums.
 */
function hopCompute(ctx, e, out, at) {
    const idx = ctx.index;
    const s = idx.eRef[e];
    if (!ctx.serviceAllowed[s])
        return false;
    if (ctx.edgeBanned !== null && ctx.edgeBanned[e])
        return false;
    const si = idx.services[s];
    const i = idx.eI[e];
    const j = idx.eJ[e];
    const base = ctx.svcBase[s];
    if (ctx.stopBannedPrefix[base + j + 1] - ctx.stopBannedPrefix[base + i] > 0)
        return false;
    if (ctx.legBannedPrefix[base + j] - ctx.legBannedPrefix[base + i] > 0)
        return false;
    // a parcel product hands the parcels to their recipients: nothing carries them on from its end
    const atEnd = ctx.atDestination !== null && ctx.atDestination[si.stops[j]] === 1;
    if (si.parcelProduct && ctx.atDestination !== null && !atEnd)
        return false;
    const frac = idx.eFrac[e];
    const lineHaul = lineHaulOf(ctx, e, s);
    let subsidy = ctx.serviceSubsidyUsd[s];
    if (ctx.hasBoardSubsidy[s])
        subsidy += ctx.boardSubsidyUsd.get(s * idx.terminals.length + si.stops[i]) ?? 0;
    // a subsidy larger than the line haul brings the hop's line haul to 0, not below
    if (!(subsidy < lineHaul))
        subsidy = lineHaul;
    // (a parcel product's prefixes add no crossing: its price is door to door, decisions C10)
    const fees = ctx.legBorderFeePrefix[base + j] - ctx.legBorderFeePrefix[base + i];
    const gauge = ctx.legGaugePrefix[base + j] - ctx.legGaugePrefix[base + i];
    out[at + OUT_LINE_HAUL] = lineHaul;
    out[at + OUT_SUBSIDY] = -subsidy;
    out[at + OUT_BORDER_FEES] = fees;
    out[at + OUT_GAUGE_CHANGE] = gauge;
    out[at + OUT_HANDLING] = 0;
    const clearances = hopImportClearances(ctx, s, i, j);
    // a parcel product's carrier presents its parcels and declares them itself (the EU's H7 for
    // consignments up to EUR 150), within the product's price: no broker's declaration (decisions C7)
    // under transit (T1, TIR) from the entry border the ride also pays the transit declaration and
    // waits for its opening there (decisions DC3)
    const transit = clearances > 0 ? hopTransit(ctx, s, i, j) : null;
    const importUsd = clearances > 0 ? clearances * clearanceUsdOn(ctx, s) : 0;
    const transitUsd = transit !== null ? transit.usd : 0;
    out[at + OUT_IMPORT_CUSTOMS] = importUsd;
    out[at + OUT_TRANSIT_CUSTOMS] = transitUsd;
    const special = ctx.serviceSpecialCargoUsd[s] + ctx.serviceSpecialCargoShare[s] * lineHaul;
    out[at + OUT_SPECIAL_CARGO] = special;
    const delivery = ctx.parcelDelivery !== null && atEnd && !si.parcelProduct ? ctx.parcelDelivery.usd : 0;
    out[at + OUT_PARCEL_DELIVERY] = delivery;
    out[at + OUT_MONEY] =
        lineHaul - subsidy + fees + gauge + importUsd + transitUsd + special + delivery;
    out[at + OUT_TIME] =
        ctx.serviceExtraH[s] * frac +
            (ctx.legExtraHPrefix[base + j] - ctx.legExtraHPrefix[base + i]) +
            (clearances > 0 ? clearances * ctx.importCustoms.timeH : 0) +
            (transit !== null ? transit.timeH : 0);
    out[at + OUT_CO2] =
        ctx.tonnes * idx.eCo2PerT[e] +
            (ctx.legGaugeCo2Prefix[base + j] - ctx.legGaugeCo2Prefix[base + i]);
    return true;
}
/**
 * hopCompute's answer for hop e, worked out on the hop's first use in a context and kept in the
 * context's hop memo (a search relaxes the same hops many times, and a query runs several searches:
 * docs/decisions.md R27), then the corridor exploration's gateway bans, which change between searches.
 * Writes every slot but OUT_DEP0, as hopCompute does.
 */
function hopBase(ctx, e, out) {
    const memo = ctx.hopMemo;
    const at = e * OUT_SIZE;
    let state = memo.state[e];
    if (state === HOP_UNKNOWN) {
        state = hopCompute(ctx, e, memo.values, at) ? HOP_ALLOWED : HOP_FORBIDDEN;
        memo.state[e] = state;
    }
    if (state === HOP_FORBIDDEN)
        return false;
    if (ctx.gatewayBans.count > 0) {
        const idx = ctx.index;
        const si = idx.services[idx.eRef[e]];
        const i = idx.eI[e];
        const j = idx.eJ[e];
        if (MODE_PORT_GATEWAY[si.mode] && ctx.gatewayPortBan[si.stops[i]])
            return false;
        for (let k = i; k < j; k++) {
            const b = si.legBorder[k];
            if (b >= 0 && ctx.gatewayBorderBan[b])
                return false;
        }
    }
    const v = memo.values;
    out[OUT_MONEY] = v[at + OUT_MONEY];
    out[OUT_TIME] = v[at + OUT_TIME];
    out[OUT_CO2] = v[at + OUT_CO2];
    out[OUT_LINE_HAUL] = v[at + OUT_LINE_HAUL];
    out[OUT_SUBSIDY] = v[at + OUT_SUBSIDY];
    out[OUT_BORDER_FEES] = v[at + OUT_BORDER_FEES];
    out[OUT_GAUGE_CHANGE] = v[at + OUT_GAUGE_CHANGE];
    out[OUT_HANDLING] = v[at + OUT_HANDLING];
    out[OUT_IMPORT_CUSTOMS] = v[at + OUT_IMPORT_CUSTOMS];
    out[OUT_TRANSIT_CUSTOMS] = v[at + OUT_TRANSIT_CUSTOMS];
    out[OUT_SPECIAL_CARGO] = v[at + OUT_SPECIAL_CARGO];
    out[OUT_PARCEL_DELIVERY] = v[at + OUT_PARCEL_DELIVERY];
    return true;
}
/** Static cost of edge e (no schedules): out = [money, hours, co2]. */
export function edgeStatic(ctx, e, out) {
    const idx = ctx.index;
    const kind = idx.eKind[e];
    if (kind === EDGE_HOP) {
        if (!hopBase(ctx, e, out))
            return false;
        out[OUT_TIME] = idx.eTimeH[e] + out[OUT_TIME];
        return true;
    }
    const ref = idx.eRef[e];
    if (kind === EDGE_BORDER) {
        if (ctx.borderBanned[ref] || ctx.gatewayBorderBan[ref])
            return false;
        if (ctx.edgeBanned !== null && ctx.edgeBanned[e])
            return false;
        if (!(ctx.modeMask & (1 << idx.borders[ref].mode)))
            return false;
        out[OUT_LINE_HAUL] = 0;
        out[OUT_SUBSIDY] = 0;
        out[OUT_BORDER_FEES] = ctx.borderFeeUsd[ref];
        out[OUT_GAUGE_CHANGE] = ctx.borderGaugeUsd[ref];
        out[OUT_HANDLING] = 0;
        const bi = idx.borders[ref];
        const enters = ctx.importCustoms !== null &&
            (idx.eI[e] === 0 ? borderEntersImport(ctx, bi.a, bi.b) : borderEntersImport(ctx, bi.b, bi.a));
        const importUsd = enters ? ctx.importCustoms.usd : 0;
        out[OUT_IMPORT_CUSTOMS] = importUsd;
        out[OUT_TRANSIT_CUSTOMS] = 0;
        out[OUT_SPECIAL_CARGO] = 0;
        out[OUT_PARCEL_DELIVERY] = 0;
        out[OUT_MONEY] = ctx.borderFeeUsd[ref] + ctx.borderGaugeUsd[ref] + importUsd;
        out[OUT_TIME] =
            idx.eTimeH[e] + ctx.borderExtraH[ref] + (enters ? ctx.importCustoms.timeH : 0);
        out[OUT_CO2] = ctx.borderGaugeCo2Kg[ref];
        return true;
    }
    const h = idx.handling[ref];
    if (ctx.terminalBanned[h.terminal] || !(ctx.modeMask & (1 << h.toMode)))
        return false;
    out[OUT_LINE_HAUL] = 0;
    out[OUT_SUBSIDY] = 0;
    out[OUT_BORDER_FEES] = 0;
    out[OUT_GAUGE_CHANGE] = 0;
    out[OUT_HANDLING] = ctx.handlingUsd[ref];
    out[OUT_IMPORT_CUSTOMS] = 0;
    out[OUT_TRANSIT_CUSTOMS] = 0;
    out[OUT_SPECIAL_CARGO] = 0;
    out[OUT_PARCEL_DELIVERY] = 0;
    out[OUT_MONEY] = ctx.handlingUsd[ref];
    out[OUT_TIME] = idx.eTimeH[e];
    out[OUT_CO2] = ctx.hubCo2Kg;
    return true;
}
/** True when border b is closed at epoch hour t; sets `closedUntil` to the end of the closure. */
function closedAt(ctx, b, t) {
    const c = ctx.index.borders[b].closures;
    for (let k = 0; k < c.length; k += 2)
        if (t >= c[k] && t < c[k + 1])
            return c[k + 1];
    return -1;
}
// The hops i→j of one service from one stop are adjacent in the CSR and share their departure:
// remember the last schedule lookup so a node's fan-out of hops costs one lookup, not one per hop.
let lastSchedule = null;
let lastMin = NaN;
let lastBooked = NaN;
let lastDep = NaN;
/** First departure from the first stop ≥ dep0min that is not full and crosses no closed border. */
function usableDeparture(ctx, si, i, j, dep0min) {
    const sched = si.schedule;
    // an on-demand booking's lead time counts from the booking, at the boarding stop
    const booked = ctx.bookedAtH === undefined ? undefined : ctx.bookedAtH - si.depOffH[i];
    let dep0;
    if (sched === lastSchedule && dep0min === lastMin && booked === lastBooked)
        dep0 = lastDep;
    else {
        dep0 = nextDepartureH(sched, dep0min, booked);
        lastSchedule = sched;
        lastMin = dep0min;
        lastBooked = booked;
        lastDep = dep0;
    }
    const full = ctx.isDepartureFull;
    for (let guard = 0; guard < MAX_SKIPS; guard++) {
        let retry = -1;
        for (let k = si.hasClosures ? i : j; k < j; k++) {
            const b = si.legBorder[k];
            if (b < 0)
                continue;
            const until = closedAt(ctx, b, dep0 + si.arrOffH[k + 1]);
            if (until >= 0) {
                retry = until - si.arrOffH[k + 1];
                break;
            }
        }
        if (retry < 0 && full !== undefined && full(si.service.id, dep0 * 3_600_000))
            retry = dep0 + 1 / 60;
        if (retry < 0)
            return dep0;
        dep0 =
            sched.type === SCHEDULE_ON_DEMAND
                ? Math.max(dep0 + 1 / 60, retry)
                : nextDepartureH(sched, retry);
    }
    return -1;
}
/**
 * Time-dependent cost of edge e for cargo ready at node at epoch hour t: out = [money, arrival, co2, dep0].
 * A hop waits for the service's next usable departure at its boarding stop (first-stop departure + offset)
 * that the cargo makes by the cut-off with `slackH` to spare.
 */
export function edgeAt(ctx, e, t, out, slackH = 0) {
    const idx = ctx.index;
    const kind = idx.eKind[e];
    if (kind === EDGE_HOP) {
        if (!hopBase(ctx, e, out))
            return false;
        const si = idx.services[idx.eRef[e]];
        const i = idx.eI[e];
        const j = idx.eJ[e];
        // a timetabled departure is planned with slack for the delays before it (planning-slack.ts)
        const slack = si.schedule.type === SCHEDULE_ON_DEMAND ? 0 : slackH;
        let ready = t + slack;
        // special cargo's permits and approvals, asked for at the booking (decisions C14)
        if (ctx.stopLeadH !== null && ctx.bookedAtH !== undefined) {
            const lead = hopLeadH(ctx, idx.eRef[e], i, j);
            if (lead > 0 && ctx.bookedAtH + lead > ready)
                ready = ctx.bookedAtH + lead;
        }
        const dep0 = usableDeparture(ctx, si, i, j, ready - si.depOffH[i]);
        if (dep0 < 0)
            return false;
        out[OUT_TIME] = dep0 + si.arrOffH[j] + out[OUT_TIME];
        out[OUT_DEP0] = dep0;
        return true;
    }
    if (!edgeStatic(ctx, e, out))
        return false;
    out[OUT_DEP0] = -1;
    if (kind === EDGE_BORDER) {
        const until = closedAt(ctx, idx.eRef[e], t);
        out[OUT_TIME] = (until >= 0 ? until : t) + out[OUT_TIME];
        return true;
    }
    out[OUT_TIME] = t + out[OUT_TIME];
    return true;
}
//# sourceMappingURL=edge-cost.js.map