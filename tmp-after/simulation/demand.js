/**
 * Shipments from the scenario's demand: each flow is a Poisson process of bookings per day, shaped by
 * its weekday weights (and its elastic-demand factors when the scenario has them), drawn from its own seeded stream (so a flow's arrivals are the same in a
 * baseline and a scenario run with the same seed: common random numbers). CSV rows are taken as given.
 */
import { createRng, deriveSeed } from "../lib/rng.js";
/**
 * The class key of a flow's bookings: everything the planner's query reads of a shipment, so a
 * route-option cache shared between a baseline and a scenario that redefines a flow of the same id
 * never mixes their answers.
 */
export function flowClassKey(flow) {
    return `${flow.id}:${JSON.stringify([
        flow.to,
        flow.shipment,
        flow.cargo,
        flow.regime,
        flow.value_usd,
        flow.constraints ?? null,
    ])}`;
}
/** Generates the shipments of one replication, sorted by ready time. */
export function generateShipments(scenario, seed, tPerTeu) {
    const days = scenario.horizon.days;
    const firstWeekday = (new Date(`${scenario.horizon.start}T00:00:00Z`).getUTCDay() + 6) % 7; // Mon = 0
    // bucketed by day (ready_h in [24d, 24d + 24)): sorting ~300 per day beats one sort of ~100,000
    const byDay = Array.from({ length: days }, () => []);
    for (const flow of scenario.demand.flows) {
        const rng = createRng(deriveSeed(seed, 'demand', flow.id));
        const perBooking = flow.teu_per_week !== undefined ? flow.shipment.teu : flow.shipment.pieces;
        const weekly = ((flow.teu_per_week ?? flow.parcels_per_week ?? 0) * scenario.demand.scale) / perBooking;
        const weights = flow.weekday ?? [1, 1, 1, 1, 1, 1, 1];
        const total = weights.reduce((a, b) => a + b, 0) || 1;
        const teu = flow.shipment.teu;
        const kg = flow.shipment.kg;
        const teuEq = teu ?? (kg ?? 0) / (tPerTeu * 1000);
        // everything the planner's query reads of a shipment, so a route-option cache shared between a
        // baseline and a scenario that redefines a flow of the same id never mixes their answers
        const classKey = flowClassKey(flow);
        // elastic demand (elastic-demand.ts): the flow's factor from each epoch's first day on; none, as written
        const factors = scenario.demand.factors?.[flow.id];
        let factorAt = 0;
        let factor = 1;
        for (let d = 0; d < days; d++) {
            while (factors && factorAt < factors.length && factors[factorAt].from_day <= d)
                factor = factors[factorAt++].factor;
            const mean = (weekly * weights[(firstWeekday + d) % 7] * factor) / total;
            const n = rng.poisson(mean);
            for (let k = 0; k < n; k++) {
                // one object shape per flow, filled without spreads: this runs ~100,000 times a replication
                const spec = {
                    ready_h: (d + rng.next()) * 24,
                    from: flow.from,
                    to: flow.to,
                    teu_eq: teuEq,
                    regime: flow.regime,
                    value_usd: flow.value_usd,
                    cargo: flow.cargo,
                    class_key: classKey,
                    flow: flow.id,
                };
                if (teu !== undefined)
                    spec.teu = teu;
                if (kg !== undefined)
                    spec.kg = kg;
                if (flow.shipment.pieces !== undefined)
                    spec.pieces = flow.shipment.pieces;
                if (flow.constraints)
                    spec.constraints = flow.constraints;
                byDay[d].push(spec);
            }
        }
    }
    for (const row of scenario.demand.shipments) {
        if (row.day >= days)
            continue;
        const teuEq = row.teu ?? (row.kg ?? 0) / (tPerTeu * 1000);
        byDay[row.day].push({
            ready_h: row.day * 24,
            from: row.from,
            to: row.to,
            ...(row.teu !== undefined ? { teu: row.teu } : {}),
            ...(row.kg !== undefined ? { kg: row.kg } : {}),
            ...(row.pieces !== undefined ? { pieces: row.pieces } : {}),
            teu_eq: teuEq,
            regime: row.regime,
            value_usd: row.value_usd,
            cargo: row.cargo,
            // CSV rows of one OD share options when size, cargo, regime and value class match
            class_key: `csv:${row.from}>${row.to}:${row.teu ?? ''}:${row.kg ?? ''}:${row.regime}:${row.cargo.join(';')}:${Math.round(Math.log2(row.value_usd))}`,
            flow: 'csv',
        });
    }
    const out = [];
    const seqOf = new Map();
    for (const day of byDay) {
        day.sort((a, b) => a.ready_h - b.ready_h); // stable: equal times keep flow order
        for (const s of day) {
            const spec = s;
            const seq = seqOf.get(spec.flow) ?? 0;
            seqOf.set(spec.flow, seq + 1);
            spec.id = out.length;
            spec.flow_seq = seq;
            spec.draw_key = deriveSeed(seq, 'shipment', spec.flow);
            out.push(spec);
        }
    }
    return out;
}
//# sourceMappingURL=demand.js.map