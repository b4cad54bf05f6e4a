/**
 * Per-query context of the searches: the cost models' answers for every service, border and
 * handling rule as typed arrays, the banned terminals/borders, and the customs plan. Built once per
 * query (O(services + terminals)); a change of conditions builds a new context, never a new index.
 */
import { borderFeeUsd, costModelFor, isParcelShipment, parcelLastMile, parcelTariffUsd, customsUsd, gaugeChangeUsd, handlingUsd, hubCo2eKg, medianOf, perKmRate, rideLeadTimes, specialCargoRide, subsidyUsd, transitDeclarations, transitUsd, } from "../costing/index.js";
import { filedServiceId, } from "../model/index.js";
import { legalityFor } from "./legality-bans.js";
import { OUT_SIZE } from "./edge-out.js";
import { modeCode, MODE_LIST } from "./routing-index.js";
import { TypedArena } from "../lib/typed-arena.js";
const shapes = new WeakMap();
function shapeOf(index) {
    let shape = shapes.get(index);
    if (!shape) {
        const svcBase = new Int32Array(index.services.length);
        let total = 0;
        index.services.forEach((si, k) => {
            svcBase[k] = total;
            total += si.stops.length + 1;
        });
        shape = {
            svcBase,
            total,
            zerosI: new Int32Array(total),
            zerosF: new Float64Array(total),
            territories: new WeakMap(),
            contextBytes: 0,
        };
        shapes.set(index, shape);
    }
    return shape;
}
/** Import clearance of a destination territory and its entries on board, once per index and territory. */
function importPlanOf(index, shape, territory) {
    let got = shape.territories.get(territory);
    if (got)
        return got;
    const T = index.terminals.length;
    const countriesIn = new Set(territory.countries);
    const inside = new Uint8Array(T);
    for (let i = 0; i < T; i++)
        if (countriesIn.has(index.terminals[i].country))
            inside[i] = 1;
    const plan = {
        territory,
        timeH: medianOf(territory.clearance_h),
        usd: territory.cost_usd_per_shipment.value,
        inside,
        transitProcedures: MODE_LIST.map((m) => (territory.transit ?? []).find((t) => t.modes.includes(m)) ?? null),
    };
    const legImportPrefix = new Int32Array(shape.total);
    index.services.forEach((si, k) => {
        const base = shape.svcBase[k];
        for (let i = 0; i < si.legBorder.length; i++) {
            const enters = si.legBorder[i] >= 0 && !inside[si.stops[i]] && inside[si.stops[i + 1]] ? 1 : 0;
            legImportPrefix[base + i + 1] = legImportPrefix[base + i] + enters;
        }
    });
    got = { plan, legImportPrefix };
    shape.territories.set(territory, got);
    return got;
}
/** A territory's plan with its transit procedures priced for this shipment (decisions DC5). */
function importPlanFor(plan, cost) {
    const { transitProcedures, ...rest } = plan;
    return {
        ...rest,
        transit: transitProcedures.map((procedure) => procedure === null
            ? null
            : {
                procedure,
                timeH: medianOf(procedure.opening_h),
                declarations: transitDeclarations(procedure, cost.units),
                usd: transitUsd(procedure, cost),
            }),
    };
}
const finiteOr0 = (x) => (Number.isFinite(x) && x > 0 ? x : 0);
function keyMatch(map, id, kind) {
    if (!map)
        return 0;
    const base = filedServiceId(id);
    const v = map[id] ?? map[base] ?? map[kind] ?? 0;
    return Number.isFinite(v) && v > 0 ? v : 0;
}
export function createSearchContext(index, cost, opts = {}) {
    const cond = cost.conditions;
    const T = index.terminals.length;
    const shape = shapeOf(index);
    // the context's arrays are views of one buffer (lib/typed-arena.ts)
    const arena = new TypedArena(shape.contextBytes);
    const modeMask = opts.modes
        ? opts.modes.reduce((m, x) => m | (1 << modeCode(x)), 0)
        : (1 << MODE_LIST.length) - 1;
    const terminalBanned = arena.u8(T);
    const countries = new Set([...(opts.avoidCountries ?? []), ...(cond.closed_countries ?? [])]);
    const bannedIds = new Set([...(opts.avoidTerminals ?? []), ...(cond.closed_terminals ?? [])]);
    index.terminals.forEach((t, i) => {
        if (countries.has(t.country) || bannedIds.has(t.id))
            terminalBanned[i] = 1;
    });
    const B = index.borders.length;
    const borderBanned = arena.u8(B);
    const borderFee = arena.f64(B);
    const borderGauge = arena.f64(B);
    const borderGaugeCo2 = arena.f64(B);
    const hubCo2Kg = hubCo2eKg(cost, index.network.hubCo2eKgPerT);
    const borderExtraH = arena.f64(B);
    const bannedBorders = new Set([...(opts.avoidBorders ?? []), ...(cond.closed_borders ?? [])]);
    index.borders.forEach((bi, k) => {
        if (bannedBorders.has(bi.border.id) || terminalBanned[bi.a] || terminalBanned[bi.b])
            borderBanned[k] = 1;
        borderFee[k] = borderFeeUsd(bi.border, cost);
        borderGauge[k] =
            bi.gaugeTimeH > 0 || bi.border.gauge_change ? gaugeChangeUsd(bi.border, cost) : 0;
        // a container transfer lifts each box from one wagon to the other: a hub operation like a
        // transfer between services; a bogie exchange or a variable-gauge axle lifts no box
        borderGaugeCo2[k] =
            bi.border.mode === 'rail' && bi.border.gauge_change?.method === 'container_transfer'
                ? hubCo2Kg
                : 0;
        borderExtraH[k] = cond.extra_dwell_h?.[bi.border.id] ?? 0;
        if (!(borderExtraH[k] >= 0))
            borderExtraH[k] = 0;
    });
    const S = index.services.length;
    const serviceAllowed = arena.u8(S);
    const serviceReason = [];
    const servicePerKmUsd = arena.f64(S);
    const serviceMinUsd = arena.f64(S);
    const serviceExtraH = arena.f64(S);
    const serviceSubsidyUsd = arena.f64(S);
    const serviceSpecialCargoUsd = arena.f64(S);
    const serviceSpecialCargoShare = arena.f64(S);
    const specialByMode = new Map();
    const boardSubsidyUsd = new Map();
    const hasBoardSubsidy = arena.u8(S);
    const closedServices = new Set(cond.closed_services ?? []);
    const legality = legalityFor(index, opts.bookedAtH, opts.waiveRules ?? [], opts.ends);
    index.services.forEach((si, k) => {
        const s = si.service;
        const model = costModelFor(s.mode);
        let reason = closedServices.has(s.id)
            ? `${s.id} is closed`
            : (legality.serviceReason[k] ?? model.allowed(s, cost));
        if (!reason && !(modeMask & (1 << si.mode)))
            reason = `${s.id} is ${s.mode}, a mode not allowed`;
        serviceReason.push(reason);
        serviceAllowed[k] = reason ? 0 : 1;
        const rate = perKmRate(s, cost);
        servicePerKmUsd[k] = finiteOr0(rate.usdPerKm);
        serviceMinUsd[k] = finiteOr0(rate.minUsd);
        serviceExtraH[k] = keyMatch(cond.extra_running_h, s.id, s.kind);
        let special = specialByMode.get(s.mode);
        if (special === undefined) {
            const ride = specialCargoRide(s.mode, cost);
            special = { usd: finiteOr0(ride.usd), share: finiteOr0(ride.share) };
            specialByMode.set(s.mode, special);
        }
        serviceSpecialCargoUsd[k] = special.usd;
        serviceSpecialCargoShare[k] = special.share;
        for (const sub of cond.subsidies ?? []) {
            if (sub.service_kinds && !sub.service_kinds.includes(s.kind))
                continue;
            if (sub.service_ids && !sub.service_ids.includes(s.id))
                continue;
            const usd = subsidyUsd(sub, cost);
            if (!sub.from_terminals)
                serviceSubsidyUsd[k] += usd;
            else {
                for (const id of sub.from_terminals) {
                    const ti = index.terminalIndex.get(id);
                    if (ti === undefined)
                        continue;
                    const key = k * T + ti;
                    boardSubsidyUsd.set(key, (boardSubsidyUsd.get(key) ?? 0) + usd);
                    hasBoardSubsidy[k] = 1;
                }
            }
        }
    });
    // tariff pairs are priced on first use: a hop's cost is worked out once per context (the hop memo
    // of edge-cost.ts), so the check is off the search's hot path, and the pairs of services the
    // shipment cannot take (about a third of them) are never priced (docs/decisions.md R27)
    const pairUsd = arena.f64(index.tariffPairs.length).fill(NaN);
    const pricePair = (k) => {
        const p = index.tariffPairs[k];
        const s = index.services[p.service].service;
        const usd = finiteOr0(p.parcel
            ? parcelTariffUsd(s, p.parcel, cost)
            : costModelFor(s.mode).tariffUsd(s, p.tariffs, cost));
        pairUsd[k] = usd;
        return usd;
    };
    // what depends on the index alone, or on a destination territory of its network, is made once
    // (docs/decisions.md R26); a prefix that is all zeros for this query (no bans, no extra dwell)
    // is the index's one array of zeros, which nothing writes
    const { svcBase, total } = shape;
    const anyTerminalBanned = terminalBanned.includes(1);
    const anyBorderBanned = borderBanned.includes(1);
    const anyExtraH = borderExtraH.some((h) => h !== 0);
    const stopBannedPrefix = anyTerminalBanned ? arena.i32(total) : shape.zerosI;
    const legBannedPrefix = anyBorderBanned ? arena.i32(total) : shape.zerosI;
    const legBorderFeePrefix = arena.f64(total);
    const legGaugePrefix = arena.f64(total);
    const legGaugeCo2Prefix = arena.f64(total);
    const legExtraHPrefix = anyExtraH ? arena.f64(total) : shape.zerosF;
    index.services.forEach((si, k) => {
        const base = svcBase[k];
        // a parcel product's price is door to door: its carrier's border crossings and gauge changes are
        // in it, shared over a truck's or container's parcels (decisions C10); their CO2e is not
        const paysCrossings = !si.parcelProduct;
        if (anyTerminalBanned)
            for (let i = 0; i < si.stops.length; i++) {
                stopBannedPrefix[base + i + 1] =
                    stopBannedPrefix[base + i] + (terminalBanned[si.stops[i]] ? 1 : 0);
            }
        for (let i = 0; i < si.legBorder.length; i++) {
            const b = si.legBorder[i];
            if (anyBorderBanned)
                legBannedPrefix[base + i + 1] =
                    legBannedPrefix[base + i] + (b >= 0 && borderBanned[b] ? 1 : 0);
            legBorderFeePrefix[base + i + 1] =
                legBorderFeePrefix[base + i] + (b >= 0 && paysCrossings ? borderFee[b] : 0);
            legGaugePrefix[base + i + 1] =
                legGaugePrefix[base + i] + (b >= 0 && paysCrossings ? borderGauge[b] : 0);
            legGaugeCo2Prefix[base + i + 1] =
                legGaugeCo2Prefix[base + i] + (b >= 0 ? borderGaugeCo2[b] : 0);
            if (anyExtraH)
                legExtraHPrefix[base + i + 1] =
                    legExtraHPrefix[base + i] + (b >= 0 ? borderExtraH[b] : 0);
        }
    });
    const leadCost = opts.leadTimesOf ?? cost;
    const stopLeadH = leadTimesByStop(index, leadCost, svcBase, total);
    const territoryPlan = opts.importCustoms ? importPlanOf(index, shape, opts.importCustoms) : null;
    const importCustoms = territoryPlan ? importPlanFor(territoryPlan.plan, cost) : null;
    const legImportPrefix = territoryPlan?.legImportPrefix ?? shape.zerosI;
    const dest = opts.parcelDestination;
    // only a parcel shipment asks where its destination is (parcel products and the last mile): other
    // shipments keep null, and their hops skip the check
    let atDestination = null;
    if (dest && isParcelShipment(cost.units, cost.regime)) {
        atDestination = arena.u8(T);
        for (const id of dest.terminals) {
            const ti = index.terminalIndex.get(id);
            if (ti !== undefined)
                atDestination[ti] = 1;
        }
    }
    const lastMile = dest ? parcelLastMile(cost, dest.country) : { charge: null, gap: null };
    const handlingUsdArr = arena.f64(index.handling.length);
    for (let k = 0; k < handlingUsdArr.length; k++)
        handlingUsdArr[k] = handlingUsd(index.handling[k].rule, cost);
    const reboardUsd = arena.f64(index.nodeCount);
    const reboardH = arena.f64(index.nodeCount);
    index.reboardRule.forEach((r, v) => {
        if (r < 0)
            return;
        const rule = index.reboardRules[r];
        reboardUsd[v] = handlingUsd(rule, cost);
        reboardH[v] = rule.time_h.value;
    });
    const clearAt = arena.u8(T);
    let customs = null;
    if (opts.customs) {
        const { rule, direction } = opts.customs;
        customs = { direction, rule, timeH: medianOf(rule.clearance_h), usd: customsUsd(rule) };
        index.terminals.forEach((t, i) => {
            if (index.terminalHome[i] && t.customs.includes(cost.regime) && !terminalBanned[i])
                clearAt[i] = 1;
        });
    }
    const ctx = {
        index,
        cost,
        modeMask,
        serviceAllowed,
        serviceReason,
        edgeBanned: legality.edgeBanned,
        legalityBans: legality.bans,
        pairUsd,
        pricePair,
        servicePerKmUsd,
        serviceMinUsd,
        serviceExtraH,
        serviceSubsidyUsd,
        serviceSpecialCargoUsd,
        serviceSpecialCargoShare,
        boardSubsidyUsd,
        hasBoardSubsidy,
        terminalBanned,
        borderBanned,
        borderFeeUsd: borderFee,
        borderGaugeUsd: borderGauge,
        borderGaugeCo2Kg: borderGaugeCo2,
        borderExtraH,
        handlingUsd: handlingUsdArr,
        reboardUsd,
        reboardH,
        hubCo2Kg,
        tonnes: cost.units.tonnes,
        customs,
        importCustoms,
        parcelDelivery: lastMile.charge,
        parcelDeliveryGap: lastMile.gap,
        atDestination,
        legImportPrefix,
        clearAt,
        gatewayBorderBan: arena.u8(B),
        gatewayPortBan: arena.u8(T),
        gatewayBans: { count: 0 },
        svcBase,
        stopBannedPrefix,
        legBannedPrefix,
        legBorderFeePrefix,
        legGaugePrefix,
        legGaugeCo2Prefix,
        legExtraHPrefix,
        isDepartureFull: cond.isDepartureFull,
        bookedAtH: opts.bookedAtH,
        leadCost,
        stopLeadH,
        hopMemo: {
            state: arena.u8(index.edgeCount),
            values: arena.f64(index.edgeCount * OUT_SIZE),
        },
    };
    if (arena.bytesTaken > shape.contextBytes)
        shape.contextBytes = arena.bytesTaken;
    return ctx;
}
/**
 * Per service stop, the lead time (decisions C14, `rideLeadTimes`) a ride of the service needs for
 * this shipment when that stop is the only one it touches. Null when no stop needs one. The entries
 * applying to a ride are those of each of its stops' countries together, so the longest of them is
 * the longest of its stops' values: `hopLeadH` reads the search's lead from this table and gives
 * what `hopLeadTimes` gives, without building the sets.
 */
function leadTimesByStop(index, cost, svcBase, total) {
    if (!cost.manifest.special_cargo_lead_times?.length || cost.cargo.size === 0)
        return null;
    const byModeCountry = new Map();
    const leadOf = (mode, country) => {
        const key = `${mode} ${country}`;
        let h = byModeCountry.get(key);
        if (h === undefined) {
            h = rideLeadTimes(mode, cost, [country]).hours;
            byModeCountry.set(key, h);
        }
        return h;
    };
    const out = new Float64Array(total);
    let any = false;
    index.services.forEach((si, k) => {
        const base = svcBase[k];
        for (let i = 0; i < si.stops.length; i++) {
            const h = leadOf(si.service.mode, index.terminals[si.stops[i]].country);
            out[base + i] = h;
            if (h > 0)
                any = true;
        }
    });
    return any ? out : null;
}
/** Hours from the booking until ride i→j of service s may leave (0: no permit or approval needed). */
export function hopLeadH(ctx, s, i, j) {
    const lead = ctx.stopLeadH;
    if (lead === null)
        return 0;
    const base = ctx.svcBase[s];
    let h = 0;
    for (let k = i; k <= j; k++)
        if (lead[base + k] > h)
            h = lead[base + k];
    return h;
}
/**
 * The permits and approvals ride i→j of service s waits for (decisions C14): `rideLeadTimes` over the
 * countries of the stops it touches; its `hours` are `hopLeadH`'s.
 */
export function hopLeadTimes(ctx, s, i, j) {
    const si = ctx.index.services[s];
    const countries = si.stops.slice(i, j + 1).map((t) => ctx.index.terminals[t].country);
    return rideLeadTimes(si.service.mode, ctx.leadCost, countries);
}
//# sourceMappingURL=search-context.js.map