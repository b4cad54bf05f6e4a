/**
 * A route option as the simulator replays it: the planner's Route reduced to a time-free pattern of
 * steps (board a service, ride, cross a border, transfer or clear customs, alight), with what the
 * choice model needs (cost, time, CO2e, corridor). The engine re-times the pattern for each shipment
 * against real departures, capacity and queues, so one planner answer serves many shipments.
 */
import { sideEnteredIn } from "../model/index.js";
const ms = (iso) => Date.parse(iso);
const hoursBetween = (a, b) => Math.max(0, (ms(b) - ms(a)) / 3_600_000);
/** Hours from the departure of `serviceId` at its first stop to its departure from `terminalId`. */
function boardOffsetH(network, serviceId, terminalId) {
    const service = network.services.get(serviceId);
    if (!service)
        return 0;
    let offset = 0;
    for (const leg of service.legs) {
        if (leg.from === terminalId)
            return offset;
        offset += leg.duration_h.value + (leg.stop_h?.value ?? 0);
    }
    return 0;
}
/** Share of the service's whole run that the ride from `from` to `to` covers (by distance). */
function delayShare(network, serviceId, from, to) {
    const service = network.services.get(serviceId);
    if (!service)
        return 1;
    let total = 0;
    let part = 0;
    let on = false;
    for (const leg of service.legs) {
        if (leg.from === from)
            on = true;
        total += leg.distance_km.value;
        if (on)
            part += leg.distance_km.value;
        if (leg.to === to)
            on = false;
    }
    return total > 0 ? Math.min(1, part / total) : 1;
}
/**
 * Reduces a planned Route to a replayable option. A leg's special-cargo lead time (decisions C14,
 * hours from the booking, as route building gave the leg: `lead_time`) is kept on its board step.
 */
export function routeToOption(route, network) {
    /** the side of its border an event enters (the event's own `to` when the border is not the network's) */
    const intoOf = (b) => {
        const border = network.borders.get(b.border_id);
        return border ? sideEnteredIn(network, border, b.from.id, b.to.id) : b.to.id;
    };
    const items = [];
    const nested = new Set();
    for (const leg of route.legs) {
        const lead = leg.lead_time?.hours ?? 0;
        const d0 = ms(leg.depart);
        const d1 = ms(leg.arrive);
        const inside = route.border_events
            .map((b, i) => ({ b, i }))
            .filter(({ b }) => b.service_id === leg.service_id && ms(b.start) >= d0 && ms(b.end) <= d1)
            .sort((x, y) => ms(x.b.start) - ms(y.b.start));
        for (const { i } of inside)
            nested.add(i);
        items.push({
            start: d0,
            end: d1,
            make: () => {
                const steps = [
                    {
                        kind: 'board',
                        service: leg.service_id,
                        terminal: leg.from.id,
                        alight: leg.to.id,
                        offset_h: boardOffsetH(network, leg.service_id, leg.from.id),
                        // before any subsidy: the run pays subsidies itself, as its ledger and budgets allow
                        cost_usd: leg.cost_usd - (leg.subsidy_usd ?? 0),
                        co2e_kg: leg.co2e_kg,
                        distance_km: leg.distance_km,
                    },
                ];
                if (lead > 0)
                    steps[0].lead_h = lead;
                let cursor = leg.depart;
                for (const { b } of inside) {
                    steps.push({
                        kind: 'fixed',
                        hours: hoursBetween(cursor, b.start),
                        cost_usd: 0,
                        co2e_kg: 0,
                    });
                    steps.push({
                        kind: 'border',
                        border: b.border_id,
                        into: intoOf(b),
                        through: leg.service_id,
                        extra_h: b.gauge_change?.time_h ?? 0,
                        cost_usd: b.cost_usd,
                    });
                    cursor = b.end;
                }
                steps.push({
                    kind: 'fixed',
                    hours: hoursBetween(cursor, leg.arrive),
                    cost_usd: 0,
                    co2e_kg: 0,
                });
                steps.push({
                    kind: 'alight',
                    service: leg.service_id,
                    terminal: leg.to.id,
                    delay_share: delayShare(network, leg.service_id, leg.from.id, leg.to.id),
                });
                return steps;
            },
        });
    }
    route.border_events.forEach((b, i) => {
        if (nested.has(i))
            return;
        items.push({
            start: ms(b.start),
            end: ms(b.end),
            make: () => [
                {
                    kind: 'border',
                    border: b.border_id,
                    into: intoOf(b),
                    extra_h: b.gauge_change?.time_h ?? 0,
                    cost_usd: b.cost_usd,
                },
            ],
        });
    });
    for (const t of [...route.transfer_events, ...route.customs_events]) {
        items.push({
            start: ms(t.start),
            end: ms(t.end),
            make: () => [{ kind: 'fixed', hours: t.time_h, cost_usd: t.cost_usd, co2e_kg: 0 }],
        });
    }
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    const steps = items
        .flatMap((it) => it.make())
        .filter((s) => s.kind !== 'fixed' || s.hours > 0 || s.cost_usd > 0);
    const terminals = new Set([route.from.id, route.to.id]);
    const countries = new Set([route.from.country, route.to.country]);
    for (const leg of route.legs) {
        for (const t of [leg.from, leg.to, ...leg.via]) {
            terminals.add(t.id);
            countries.add(t.country);
        }
    }
    // The main mode carries the longest distance; it decides the mode share.
    let main = route.modes[0] ?? 'rail';
    let longest = -1;
    for (const leg of route.legs)
        if (leg.distance_km > longest)
            [longest, main] = [leg.distance_km, leg.mode];
    const firstDepart = route.legs[0]?.depart ?? route.depart;
    return {
        key: route.summary,
        corridor_id: route.corridor.id,
        corridor_label: route.corridor.label,
        corridor_group: route.corridor.group ?? `other:${route.corridor.id}`,
        main_mode: main,
        modes: [...route.modes],
        from: route.from.id,
        to: route.to.id,
        cost_usd: route.cost.total_usd,
        co2e_kg: route.co2e_kg,
        duration_p50_h: route.duration_p50_h - (route.legs[0]?.wait_h ?? 0),
        p90_from_first_departure_h: hoursBetween(firstDepart, route.arrive_p90),
        steps,
        terminals: [...terminals],
        countries: [...countries],
        services: [...new Set(route.legs.map((l) => l.service_id))],
        borders: [...new Set(route.border_events.map((b) => b.border_id))],
    };
}
/**
 * Rebuilds an option that crossed a thread (structured clone) with the object shapes routeToOption
 * makes. Cloned objects get other hidden classes than these literals, so an engine fed both kinds
 * runs its hot step loop polymorphic: a replication in a worker took ~40 % longer. Same fields, same
 * order, absent stays absent, so results do not change.
 */
export function reviveOption(o) {
    const steps = o.steps.map((s) => {
        switch (s.kind) {
            case 'board': {
                // the lead time is added after the literal, as routeToOption adds it
                const board = s.alight === undefined
                    ? {
                        kind: 'board',
                        service: s.service,
                        terminal: s.terminal,
                        offset_h: s.offset_h,
                        cost_usd: s.cost_usd,
                        co2e_kg: s.co2e_kg,
                        distance_km: s.distance_km,
                    }
                    : {
                        kind: 'board',
                        service: s.service,
                        terminal: s.terminal,
                        alight: s.alight,
                        offset_h: s.offset_h,
                        cost_usd: s.cost_usd,
                        co2e_kg: s.co2e_kg,
                        distance_km: s.distance_km,
                    };
                if (s.lead_h !== undefined)
                    board.lead_h = s.lead_h;
                return board;
            }
            case 'fixed':
                return { kind: 'fixed', hours: s.hours, cost_usd: s.cost_usd, co2e_kg: s.co2e_kg };
            case 'border':
                return s.through === undefined
                    ? {
                        kind: 'border',
                        border: s.border,
                        into: s.into,
                        extra_h: s.extra_h,
                        cost_usd: s.cost_usd,
                    }
                    : {
                        kind: 'border',
                        border: s.border,
                        into: s.into,
                        through: s.through,
                        extra_h: s.extra_h,
                        cost_usd: s.cost_usd,
                    };
            case 'alight':
                return {
                    kind: 'alight',
                    service: s.service,
                    terminal: s.terminal,
                    delay_share: s.delay_share,
                };
        }
    });
    return {
        key: o.key,
        corridor_id: o.corridor_id,
        corridor_label: o.corridor_label,
        corridor_group: o.corridor_group,
        main_mode: o.main_mode,
        modes: [...o.modes],
        from: o.from,
        to: o.to,
        cost_usd: o.cost_usd,
        co2e_kg: o.co2e_kg,
        duration_p50_h: o.duration_p50_h,
        p90_from_first_departure_h: o.p90_from_first_departure_h,
        steps,
        terminals: [...o.terminals],
        countries: [...o.countries],
        services: [...o.services],
        borders: [...o.borders],
    };
}
//# sourceMappingURL=route-option.js.map