/**
 * Turns a search label (the end of a minimal path) into a Route: legs with waiting and path points,
 * transfer, border and customs events, the cost breakdown, CO2e, the corridor, a Gantt timeline and
 * P50/P90 arrival by Monte Carlo (monte-carlo.ts). Money and CO2e are the search's own figures, so a
 * route's totals equal what the search optimised.
 */
import { emissionFactorUses, generalizedCostUsd, quantileOf } from "../costing/index.js";
import { sumCostComponents, } from "../model/index.js";
import { borderEntersImport, EDGE_BORDER, EDGE_CLEARANCE, EDGE_HOP, gatewaysOf, edgeStatic, hopImportClearances, hopLeadTimes, hopImportEntryStop, hopTransit, clearanceUsdOn, liftDue, MODE_LIST, OUT_BORDER_FEES, OUT_CO2, OUT_GAUGE_CHANGE, OUT_HANDLING, OUT_IMPORT_CUSTOMS, OUT_LINE_HAUL, OUT_SIZE, OUT_SPECIAL_CARGO, OUT_PARCEL_DELIVERY, OUT_SUBSIDY, OUT_TRANSIT_CUSTOMS, } from "../routing/index.js";
import { corridorOf } from "./corridor-label.js";
import { formatRoute } from "./format-route.js";
import { roundRoute } from "./round-route.js";
import { arrivalQuantiles } from "./monte-carlo.js";
import { capacityAnswer, splitByCapacity } from "./capacity-split.js";
import { isoFromHours, terminalRef } from "./terminal-ref.js";
/**
 * Special cargo's permits and approvals for ride i→j of service s, counted from the booking
 * (decisions C14, `hopLeadTimes`; worked out here once: the leg carries them, and the notices and the
 * simulator read them from the leg). `boardFrom`: when the cargo may board as far as the permits go
 * (`ready` when they do not hold it; never after the departure `board`); `leadTime`: the leg's, none
 * when no permit applies. When they hold the ride past `ready`, the timeline's wait for the entries
 * that bind.
 */
function permitWait(ctx, s, i, j, ready, board, terminalId, timeline) {
    if (ctx.bookedAtH === undefined || ctx.stopLeadH === null)
        return { boardFrom: ready, leadTime: undefined };
    const lead = hopLeadTimes(ctx, s, i, j);
    if (lead.hours <= 0)
        return { boardFrom: ready, leadTime: undefined };
    const permitH = Math.min(board, ctx.bookedAtH + lead.hours);
    const held = permitH - ready > 1e-6;
    if (held) {
        timeline.push({
            type: 'wait',
            label: `wait for ${lead.binding.map((r) => r.name).join(', ')} (${lead.hours} h from booking)`,
            label_zh: `等待${lead.binding.map((r) => r.name_zh).join('、')}（订舱后 ${lead.hours} 小时）`,
            start: isoFromHours(ready),
            end: isoFromHours(permitH),
            terminal_id: terminalId,
            service_id: ctx.index.services[s].service.id,
        });
    }
    const leadTime = {
        hours: lead.hours,
        held_h: held ? permitH - ready : 0,
        permits: lead.entries.map((r) => ({
            cargo: r.cargo,
            name: r.name,
            name_zh: r.name_zh,
            ...(r.country !== undefined ? { country: r.country } : {}),
            hours: r.value,
            binding: lead.binding.includes(r),
            sources: [...new Set([r.source ?? []].flat()), ...(r.assumption ? ['assumption'] : [])],
        })),
    };
    return { boardFrom: Math.max(ready, permitH), leadTime };
}
/** The money a prefix array (per service stop, search-context.ts) holds for leg k of the service at `base`. */
const legUsd = (prefix, base, k) => prefix[base + k + 1] - prefix[base + k];
function hash(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
}
export function buildRoute(ctx, pool, label, opts) {
    const idx = ctx.index;
    const N = idx.nodeCount;
    const chain = pool.chain(label);
    const refOf = (ti) => terminalRef(idx.terminals[ti]);
    const nodeTerminal = (state) => idx.nodeTerminal[state % N];
    const legs = [];
    /** when the cargo first boards: transit is counted from here (the carrier's transit time) */
    let firstBoardH;
    const transfers = [];
    const borders = [];
    /** border `b` crossed from terminal fa to fb in direction `dir` (as a border edge's eI) between startH and endH (epoch hours), at these costs */
    const borderEvent = (b, dir, fa, fb, startH, endH, costUsd, gaugeUsd) => {
        const bi = idx.borders[b];
        const extra = ctx.borderExtraH[b];
        return {
            border_id: bi.border.id,
            name: bi.border.name,
            name_zh: bi.border.name_zh,
            from: refOf(fa),
            to: refOf(fb),
            start: isoFromHours(startH),
            end: isoFromHours(endH),
            dwell_h: bi.dwellH[dir] + extra,
            dwell_p90_h: quantileOf(bi.dwell[dir], 0.9) + extra,
            cost_usd: costUsd,
            ...(bi.border.gauge_change && bi.border.mode === 'rail'
                ? {
                    gauge_change: {
                        from_mm: idx.terminals[fa].gauge_mm ?? 1435,
                        to_mm: idx.terminals[fb].gauge_mm ?? 1520,
                        method: bi.border.gauge_change.method,
                        time_h: bi.gaugeTimeH,
                        cost_usd: gaugeUsd,
                        co2e_kg: ctx.borderGaugeCo2Kg[b],
                    },
                }
                : {}),
        };
    };
    const customs = [];
    const timeline = [];
    const steps = [];
    // each component as the search's edge costs computed it (edgeStatic), summed; never by subtraction
    const money = new Float64Array(OUT_SIZE);
    let lineHaul = 0;
    let subsidy = 0;
    let handling = 0;
    let borderUsd = 0;
    let gaugeUsd = 0;
    let customsUsd = 0;
    let importUsd = 0;
    let transitUsd = 0;
    let specialUsd = 0;
    let deliveryUsd = 0;
    const imp = ctx.importCustoms;
    // the validation measures transport without the destination's import clearance (docs/decisions.md
    // V7, V14): its P50 takes the clearance at its median, not a draw of its spread
    const drawImport = opts.draws?.importClearance !== 'median';
    /** the destination's import clearance at terminal ti (inside its territory) from startH (epoch hours) */
    /**
     * a customs event of the destination's territory at terminal ti from startH: its import clearance,
     * or, given `transit`, the transit procedure opened there on board (DC3)
     */
    const territoryCustoms = (ti, startH, usd, serviceId, transit) => {
        const territory = imp.territory;
        const at = refOf(ti);
        const closes = transit ? refOf(transit.closesAt) : undefined;
        const timeH = transit ? transit.plan.timeH : imp.timeH;
        const endH = startH + timeH;
        customs.push({
            regime: 'general',
            direction: transit ? 'transit' : 'import',
            ...(transit ? { procedure: transit.plan.procedure.procedure } : {}),
            at,
            ...(closes ? { closes_at: closes, declarations: transit.plan.declarations } : {}),
            start: isoFromHours(startH),
            end: isoFromHours(endH),
            time_h: timeH,
            cost_usd: usd,
            territory: { id: territory.id, name: territory.name, name_zh: territory.name_zh },
        });
        timeline.push({
            type: 'customs',
            // the procedure by its code ("T1 transit"), as forwarders name it: the bar's label has three
            // lines; its full name and how many declarations it counts (DC5) are in the customs event
            label: closes
                ? `${transit.plan.procedure.procedure} transit from ${at.name} to ${closes.name}`
                : `${territory.name} import clearance at ${at.name}`,
            label_zh: closes
                ? `${transit.plan.procedure.procedure}过境 自 ${at.name_zh} 至 ${closes.name_zh}`
                : `${territory.name_zh} 进口通关 ${at.name_zh}`,
            start: isoFromHours(startH),
            end: isoFromHours(endH),
            terminal_id: at.id,
            ...(serviceId ? { service_id: serviceId } : {}),
        });
    };
    for (let c = 1; c < chain.length; c++) {
        const l = chain[c];
        const p = chain[c - 1];
        const e = pool.edge[l];
        const tPrev = pool.time[p];
        const tNow = pool.time[l];
        if (e === EDGE_CLEARANCE) {
            const plan = ctx.customs;
            const at = refOf(nodeTerminal(pool.state[l]));
            customs.push({
                regime: ctx.cost.regime,
                direction: plan.direction,
                at,
                start: isoFromHours(tPrev),
                end: isoFromHours(tNow),
                time_h: tNow - tPrev,
                cost_usd: plan.usd,
            });
            timeline.push({
                type: 'customs',
                // the regime's name already says export or import ("General trade export")
                label: `${plan.direction === 'export' ? 'Export' : 'Import'} clearance at ${at.name} (${plan.rule.name})`,
                label_zh: `${plan.rule.name_zh} 通关 ${at.name_zh}`,
                start: isoFromHours(tPrev),
                end: isoFromHours(tNow),
                terminal_id: at.id,
            });
            customsUsd += plan.usd;
            steps.push({ kind: 'random', dist: plan.rule.clearance_h, addH: 0 });
            continue;
        }
        const kind = idx.eKind[e];
        edgeStatic(ctx, e, money);
        if (kind === EDGE_HOP) {
            const s = idx.eRef[e];
            const si = idx.services[s];
            const svc = si.service;
            const i = idx.eI[e];
            const j = idx.eJ[e];
            const dep0 = pool.dep0[l];
            const from = refOf(si.stops[i]);
            const to = refOf(si.stops[j]);
            // changing from one service to another of the same mode: the lift the search charged
            const node = pool.state[p] % N;
            let ready = tPrev;
            // the search charged the lift's hub emissions with the hop; the answer gives them to the transfer
            let liftCo2 = 0;
            if (liftDue(ctx.index, pool, p)) {
                const liftUsd = ctx.reboardUsd[node];
                const liftH = ctx.reboardH[node];
                if (liftUsd + liftH > 0) {
                    ready = tPrev + liftH;
                    liftCo2 = ctx.hubCo2Kg;
                    const m = svc.mode;
                    transfers.push({
                        at: from,
                        from_mode: m,
                        to_mode: m,
                        start: isoFromHours(tPrev),
                        end: isoFromHours(ready),
                        time_h: liftH,
                        cost_usd: liftUsd,
                        co2e_kg: liftCo2,
                    });
                    timeline.push({
                        type: 'transfer',
                        label: `change of ${m} service at ${from.name}`,
                        label_zh: `${from.name_zh} 换车`,
                        start: isoFromHours(tPrev),
                        end: isoFromHours(ready),
                        terminal_id: from.id,
                    });
                    handling += liftUsd;
                    steps.push({ kind: 'fixed', hours: liftH });
                }
            }
            const board = dep0 >= 0 ? dep0 + si.depOffH[i] : ready;
            const permits = permitWait(ctx, s, i, j, ready, board, from.id, timeline);
            const serviceWaitFrom = permits.boardFrom;
            if (board - serviceWaitFrom > 1e-6) {
                timeline.push({
                    type: 'wait',
                    label: `wait for ${svc.name}`,
                    label_zh: `等待 ${svc.name_zh ?? svc.name}`,
                    start: isoFromHours(serviceWaitFrom),
                    end: isoFromHours(board),
                    terminal_id: from.id,
                    service_id: svc.id,
                });
            }
            const path = [[from.lon, from.lat]];
            const onBoard = [];
            const clearances = hopImportClearances(ctx, s, i, j);
            // what each clearance of this ride costs, as the search charged it (a parcel product's carrier
            // declares its parcels itself: decisions C7)
            // under transit (T1, TIR: decisions DC3) the ride opens it at the entry border and clears at j,
            // where the cargo leaves the train or truck; the transit declaration is money of its own (DC4)
            const transit = clearances > 0 ? hopTransit(ctx, s, i, j) : null;
            const clearanceUsd = clearances > 0 ? clearanceUsdOn(ctx, s) : 0;
            // entering without a border: the stop of the clearance (a parcel product's first stop inside
            // the territory, before its delivery legs: decisions DC2), -1 when none
            const entry = clearances > 0 ? hopImportEntryStop(ctx, s, i, j) : -1;
            const base = ctx.svcBase[s];
            /** hours of import clearance on board so far: later on-board events move by them */
            let cleared = 0;
            let clearedOnBoard = 0;
            // the gauge changes on board: the search charged their lifts with the hop; the answer gives
            // them to the border events, so the ride's CO2e is its transport alone
            const gaugeCo2 = ctx.legGaugeCo2Prefix[base + j] - ctx.legGaugeCo2Prefix[base + i];
            for (let k = i; k < j; k++) {
                const leg = svc.legs[k];
                for (const pt of leg.waypoints?.points ?? [])
                    path.push([pt[0], pt[1]]);
                const t = idx.terminals[si.stops[k + 1]];
                path.push([t.location.lon, t.location.lat]);
                const b = si.legBorder[k];
                if (b >= 0) {
                    const bi = idx.borders[b];
                    const dir = si.legBorderDir[k];
                    const extra = ctx.borderExtraH[b];
                    const startH = board + (si.depOffH[k] - si.depOffH[i]) + leg.duration_h.value + cleared;
                    const endH = startH + bi.dwellH[dir] + bi.gaugeTimeH + extra;
                    borders.push({
                        ...borderEvent(b, dir, si.stops[k], si.stops[k + 1], startH, endH, 
                        // read where the search reads them (a parcel product's crossings are in its price)
                        legUsd(ctx.legBorderFeePrefix, base, k) + legUsd(ctx.legGaugePrefix, base, k), legUsd(ctx.legGaugePrefix, base, k)),
                        service_id: svc.id,
                    });
                    timeline.push({
                        type: 'border',
                        label: `${bi.border.name} (on board)`,
                        label_zh: `${bi.border.name_zh}（随车过境）`,
                        start: isoFromHours(startH),
                        end: isoFromHours(endH),
                        terminal_id: t.id,
                        service_id: svc.id,
                    });
                    // A service's delay_h is its observed arrival delay against the timetable (punctuality),
                    // which already holds the spread of the borders it crosses on board: drawing both counted
                    // border waits twice (P50 Baotou → Duisburg 1.9 days after the timetable, R20). Only a
                    // service without a delay distribution draws its borders' spread here.
                    if (!si.delay)
                        onBoard.push(bi.dwell[dir]);
                    if (transit !== null && borderEntersImport(ctx, si.stops[k], si.stops[k + 1])) {
                        // the cargo goes on under transit: opened here, cleared where it leaves the ride
                        territoryCustoms(si.stops[k + 1], endH, transit.usd, svc.id, {
                            plan: transit,
                            closesAt: si.stops[j],
                        });
                        if (transit.procedure.opening_h.dist !== 'fixed')
                            onBoard.push(transit.procedure.opening_h);
                        cleared += transit.timeH;
                    }
                    else if (clearances > 0 && borderEntersImport(ctx, si.stops[k], si.stops[k + 1])) {
                        // the train or truck clears into the destination's territory at the border it enters by
                        territoryCustoms(si.stops[k + 1], endH, clearanceUsd, svc.id);
                        if (drawImport)
                            onBoard.push(imp.territory.clearance_h);
                        cleared += imp.timeH;
                        clearedOnBoard++;
                    }
                }
                if (k + 1 === entry && entry < j) {
                    // a parcel product clears on landing at its entry, on board: what follows moves by it
                    const startH = board +
                        (si.arrOffH[k + 1] - si.depOffH[i]) +
                        (ctx.legExtraHPrefix[base + k + 1] - ctx.legExtraHPrefix[base + i]) +
                        cleared;
                    territoryCustoms(si.stops[k + 1], startH, clearanceUsd, svc.id);
                    if (drawImport)
                        onBoard.push(imp.territory.clearance_h);
                    cleared += imp.timeH;
                    clearedOnBoard++;
                }
            }
            // entering without a border (sea, air): the cargo clears where it is discharged, after arrival
            const clearAtEnd = clearances > clearedOnBoard;
            const arriveH = clearAtEnd ? tNow - imp.timeH : tNow;
            if (clearAtEnd && drawImport)
                onBoard.push(imp.territory.clearance_h);
            lineHaul += money[OUT_LINE_HAUL];
            subsidy += money[OUT_SUBSIDY];
            borderUsd += money[OUT_BORDER_FEES];
            gaugeUsd += money[OUT_GAUGE_CHANGE];
            importUsd += money[OUT_IMPORT_CUSTOMS];
            transitUsd += money[OUT_TRANSIT_CUSTOMS];
            const special = money[OUT_SPECIAL_CARGO];
            specialUsd += special;
            const delivery = money[OUT_PARCEL_DELIVERY];
            deliveryUsd += delivery;
            const net = money[OUT_LINE_HAUL] + money[OUT_SUBSIDY] + special + delivery;
            firstBoardH ??= board;
            legs.push({
                service_id: svc.id,
                service_name: svc.name,
                ...(svc.name_zh ? { service_name_zh: svc.name_zh } : {}),
                mode: svc.mode,
                kind: svc.kind,
                from,
                to,
                via: si.stops.slice(i + 1, j).map((ti) => refOf(ti)),
                wait_h: board - ready,
                depart: isoFromHours(board),
                arrive: isoFromHours(arriveH),
                duration_h: arriveH - board,
                distance_km: idx.eKm[e],
                cost_usd: net,
                line_haul_usd: money[OUT_LINE_HAUL],
                ...(money[OUT_SUBSIDY] !== 0 ? { subsidy_usd: money[OUT_SUBSIDY] } : {}),
                ...(special > 0 ? { special_cargo_usd: special } : {}),
                ...(delivery > 0 ? { parcel_delivery_usd: delivery } : {}),
                co2e_kg: pool.co2[l] - pool.co2[p] - liftCo2 - gaugeCo2,
                co2e_factors: emissionFactorUses(idx.network, svc, i, j),
                path,
                ...(si.schedule.cutoffH > 0 ? { cutoff_h: si.schedule.cutoffH } : {}),
                booking: svc.schedule.type === 'on_demand' ? 'on_demand' : 'scheduled',
                ...(svc.driving ? { crew: svc.driving.crew } : {}),
                ...(permits.leadTime ? { lead_time: permits.leadTime } : {}),
            });
            timeline.push({
                type: 'ride',
                label: svc.name,
                label_zh: svc.name_zh ?? svc.name,
                start: isoFromHours(board),
                end: isoFromHours(arriveH),
                service_id: svc.id,
            });
            if (clearAtEnd)
                territoryCustoms(si.stops[j], arriveH, clearanceUsd);
            steps.push({
                kind: 'hop',
                si,
                i,
                j,
                dep0,
                extraH: dep0 >= 0 ? tNow - (dep0 + si.arrOffH[j]) : tNow - ready,
                onBoardBorders: onBoard,
            });
        }
        else if (kind === EDGE_BORDER) {
            const b = idx.eRef[e];
            const bi = idx.borders[b];
            const dir = idx.eI[e];
            const [fa, fb] = dir === 0 ? [bi.a, bi.b] : [bi.b, bi.a];
            const extra = ctx.borderExtraH[b];
            const enters = borderEntersImport(ctx, fa, fb);
            const crossedH = enters ? tNow - imp.timeH : tNow;
            const start = crossedH - bi.dwellH[dir] - bi.gaugeTimeH - extra;
            const fromT = idx.terminals[fa];
            const toT = idx.terminals[fb];
            borders.push(borderEvent(b, dir, fa, fb, start, crossedH, money[OUT_BORDER_FEES] + money[OUT_GAUGE_CHANGE], money[OUT_GAUGE_CHANGE]));
            if (start - tPrev > 1e-6) {
                timeline.push({
                    type: 'wait',
                    label: `${bi.border.name} closed`,
                    label_zh: `${bi.border.name_zh} 关闭`,
                    start: isoFromHours(tPrev),
                    end: isoFromHours(start),
                    terminal_id: fromT.id,
                });
                steps.push({ kind: 'fixed', hours: start - tPrev });
            }
            timeline.push({
                type: 'border',
                label: bi.border.name,
                label_zh: bi.border.name_zh,
                start: isoFromHours(start),
                end: isoFromHours(crossedH),
                terminal_id: toT.id,
            });
            borderUsd += money[OUT_BORDER_FEES];
            gaugeUsd += money[OUT_GAUGE_CHANGE];
            importUsd += money[OUT_IMPORT_CUSTOMS];
            steps.push({ kind: 'random', dist: bi.dwell[dir], addH: bi.gaugeTimeH + extra });
            if (enters) {
                territoryCustoms(fb, crossedH, imp.usd);
                steps.push(drawImport
                    ? { kind: 'random', dist: imp.territory.clearance_h, addH: 0 }
                    : { kind: 'fixed', hours: imp.timeH });
            }
        }
        else {
            const h = idx.handling[idx.eRef[e]];
            const at = refOf(h.terminal);
            const fromMode = MODE_LIST[h.fromMode];
            const toMode = MODE_LIST[h.toMode];
            transfers.push({
                at,
                from_mode: fromMode,
                to_mode: toMode,
                start: isoFromHours(tPrev),
                end: isoFromHours(tNow),
                time_h: tNow - tPrev,
                cost_usd: money[OUT_HANDLING],
                co2e_kg: money[OUT_CO2],
            });
            timeline.push({
                type: 'transfer',
                label: `${fromMode} → ${toMode} at ${at.name}`,
                label_zh: `${at.name_zh} 换装`,
                start: isoFromHours(tPrev),
                end: isoFromHours(tNow),
                terminal_id: at.id,
            });
            handling += money[OUT_HANDLING];
            steps.push({ kind: 'fixed', hours: tNow - tPrev });
        }
    }
    const first = chain[0];
    const departH = opts.departH;
    const seed = opts.seed ?? 1;
    const draws = opts.draws ?? {};
    let arriveH = pool.time[label];
    let q = arrivalQuantiles(steps, departH, seed, draws, ctx.bookedAtH);
    const co2 = pool.co2[label];
    const cost = {
        line_haul_usd: lineHaul,
        handling_usd: handling,
        border_usd: borderUsd,
        gauge_change_usd: gaugeUsd,
        customs_usd: customsUsd,
        import_customs_usd: importUsd,
        transit_customs_usd: transitUsd,
        special_cargo_usd: specialUsd,
        parcel_delivery_usd: deliveryUsd,
        subsidy_usd: subsidy,
    };
    const totalUsd = sumCostComponents(cost);
    // a shipment larger than a departure takes: split over departures, the route's arrival the last part's
    const splitOpts = {
        departH,
        deadlineH: opts.deadlineH,
        units: ctx.cost.units,
        tonnesPerTeu: idx.network.manifest.cargo_t_per_teu.value,
        totalUsd,
    };
    const split = splitByCapacity(ctx, pool, chain, steps, splitOpts);
    let timeH = arriveH - departH;
    if (split && split.parts.length > 0) {
        const parts = split.parts;
        let last = arrivalQuantiles(parts.at(-1).steps, departH, seed, draws, ctx.bookedAtH);
        // under a deadline a part counts only when it is likely (P50) in time, as a route does
        while (split.split.limit === 'deadline' &&
            parts.length > 1 &&
            last.p50 > split.split.limitAtH + 1e-9) {
            parts.pop();
            last = arrivalQuantiles(parts.at(-1).steps, departH, seed, draws, ctx.bookedAtH);
        }
        const carried = parts.reduce((a, p) => a + p.part.load, 0);
        split.split.carried_load = carried;
        split.split.short_load = Math.max(0, split.split.shipment_load - carried);
        split.split.complete = split.split.short_load <= 1e-9;
        arriveH = parts.at(-1).arriveH;
        q = { p50: last.p50, p90: last.p90, missRisk: Math.max(q.missRisk, last.missRisk) };
        // time in the generalized cost: the parts' hours weighted by what each carries
        timeH = parts.reduce((a, p) => a + p.part.load * (p.arriveH - departH), 0) / carried;
    }
    const hours = arriveH - departH;
    const modes = [...new Set(legs.map((l) => l.mode))];
    const route = roundRoute({
        id: '',
        summary: '',
        corridor: corridorOf(idx, gatewaysOf(idx, pool, label)),
        from: refOf(nodeTerminal(pool.state[first])),
        to: refOf(nodeTerminal(pool.state[label])),
        depart: isoFromHours(departH),
        arrive: isoFromHours(arriveH),
        arrive_p50: isoFromHours(q.p50),
        arrive_p90: isoFromHours(q.p90),
        duration_h: hours,
        duration_p50_h: q.p50 - departH,
        duration_p90_h: q.p90 - departH,
        transit_h: arriveH - (firstBoardH ?? departH),
        distance_km: legs.reduce((a, l) => a + l.distance_km, 0),
        cost: { total_usd: totalUsd, ...cost },
        co2e_kg: co2,
        generalized_cost_usd: generalizedCostUsd(ctx.cost, totalUsd, timeH, co2),
        transfers: Math.max(0, legs.length - 1),
        modes,
        legs,
        transfer_events: transfers,
        border_events: borders,
        customs_events: customs,
        timeline,
        pareto_optimal: false,
        missed_departure_risk: q.missRisk,
    });
    if (split)
        route.capacity = capacityAnswer(split, { ...splitOpts, totalUsd: route.cost.total_usd });
    route.summary = formatRoute(route);
    route.id = `r-${hash(route.summary)}`;
    return route;
}
//# sourceMappingURL=build-route.js.map