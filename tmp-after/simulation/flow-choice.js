import { generalizedCostUsd, optionConstantUsd } from "./choice.js";
import { flowClassKey } from "./demand.js";
import { earliestLeaveH } from "./departure-finder.js";
import { expandDepartures } from "./departures.js";
import { medianDwellsOf } from "./median-dwells.js";
import { H_PER_DAY } from "./timeline.js";
/** days of the timetable sampled (four weeks: every weekday four times) and ready times per day */
const SAMPLE_DAYS = 28;
const SAMPLES_PER_DAY = 4;
/** One booking of a flow as the provider reads it. */
function flowBooking(flow, tPerTeu) {
    const teuEq = flow.shipment.teu ?? (flow.shipment.kg ?? 0) / (tPerTeu * 1000);
    return {
        id: 0,
        ready_h: 0,
        from: flow.from,
        to: flow.to,
        ...(flow.shipment.teu !== undefined ? { teu: flow.shipment.teu } : {}),
        ...(flow.shipment.kg !== undefined ? { kg: flow.shipment.kg } : {}),
        ...(flow.shipment.pieces !== undefined ? { pieces: flow.shipment.pieces } : {}),
        teu_eq: teuEq,
        regime: flow.regime,
        value_usd: flow.value_usd,
        cargo: flow.cargo,
        class_key: flowClassKey(flow),
        flow: flow.id,
        flow_seq: 0,
        draw_key: 0,
        ...(flow.constraints ? { constraints: flow.constraints } : {}),
    };
}
/** Door-to-door hours of `option` for cargo ready at `h`: first departures as timetabled, borders at their median dwell. */
function timeOf(option, h, departures, medianDwellH) {
    let t = h;
    for (const step of option.steps) {
        if (step.kind === 'fixed')
            t += step.hours;
        else if (step.kind === 'border')
            t += step.extra_h + (medianDwellH.get(step.border)?.get(step.into) ?? 0);
        else if (step.kind === 'board') {
            const d = departures.get(step.service);
            if (!d)
                return Number.POSITIVE_INFINITY;
            // special cargo not before its permits, counted from the cargo's readiness (decisions C14)
            t = earliestLeaveH(step, d, t, h);
            if (t === Number.POSITIVE_INFINITY)
                return t;
        }
    }
    return t - h;
}
/**
 * The choice set of each flow (all, or those named) under `conditions`, options asked of the
 * provider once per flow at the horizon start, as the engine asks them.
 */
export function flowChoiceSets(network, scenario, provider, conditions, flowIds) {
    const tPerTeu = network.manifest.cargo_t_per_teu.value || 10;
    const departures = expandDepartures(network, scenario, 1 / (tPerTeu * 1000), () => 1);
    const medianDwellH = medianDwellsOf(network);
    const startMs = Date.parse(`${scenario.horizon.start}T00:00:00Z`);
    const firstWeekday = (new Date(startMs).getUTCDay() + 6) % 7; // Mon = 0
    const days = Math.min(SAMPLE_DAYS, scenario.horizon.days);
    const wanted = flowIds ? new Set(flowIds) : undefined;
    const out = [];
    for (const flow of scenario.demand.flows) {
        if (wanted && !wanted.has(flow.id))
            continue;
        const booking = flowBooking(flow, tPerTeu);
        const options = provider({ from: flow.from, to: flow.to, shipment: booking }, conditions, startMs);
        const weekday = flow.weekday ?? [1, 1, 1, 1, 1, 1, 1];
        const samples = days * SAMPLES_PER_DAY;
        const sampleWeights = new Float64Array(samples);
        for (let s = 0; s < samples; s++)
            sampleWeights[s] = weekday[(firstWeekday + Math.floor(s / SAMPLES_PER_DAY)) % 7];
        const total = sampleWeights.reduce((a, b) => a + b, 0) || 1;
        for (let s = 0; s < samples; s++)
            sampleWeights[s] = sampleWeights[s] / total;
        const times = new Float64Array(options.length * samples);
        options.forEach((o, k) => {
            for (let s = 0; s < samples; s++) {
                const h = (Math.floor(s / SAMPLES_PER_DAY) + ((s % SAMPLES_PER_DAY) + 0.5) / SAMPLES_PER_DAY) *
                    H_PER_DAY;
                times[k * samples + s] = timeOf(o, h, departures, medianDwellH);
            }
        });
        const perBooking = flow.teu_per_week !== undefined ? flow.shipment.teu : flow.shipment.pieces;
        const bookingsPerWeek = ((flow.teu_per_week ?? flow.parcels_per_week ?? 0) * scenario.demand.scale) / perBooking;
        out.push({
            flow,
            teuEq: booking.teu_eq,
            teuPerWeek: bookingsPerWeek * booking.teu_eq,
            options,
            times,
            sampleWeights,
        });
    }
    return out;
}
/** The logit's cost per TEU of option k at sample s (generalized cost per TEU plus constants). */
function utilityUsd(model, set, k, s) {
    const samples = set.sampleWeights.length;
    const option = set.options[k];
    const time_h = set.times[k * samples + s];
    if (!Number.isFinite(time_h))
        return Number.POSITIVE_INFINITY;
    return (generalizedCostUsd(model, { option, time_h }, set.flow.value_usd) / Math.max(set.teuEq, 1e-6) +
        optionConstantUsd(model, option));
}
/**
 * Mean choice probability of each option over the samples (the logit, or all-or-nothing for least
 * cost), and the expected generalized cost per TEU: the logsum −ln Σ exp(−λ·V) / λ for the logit, the
 * least V otherwise (NaN when no option can leave).
 */
export function choiceOf(model, set) {
    const n = set.options.length;
    const samples = set.sampleWeights.length;
    const shares = new Float64Array(n);
    const v = new Float64Array(n);
    let expected = 0;
    let weightUsed = 0;
    for (let s = 0; s < samples; s++) {
        let min = Number.POSITIVE_INFINITY;
        for (let k = 0; k < n; k++) {
            v[k] = utilityUsd(model, set, k, s);
            if (v[k] < min)
                min = v[k];
        }
        if (!Number.isFinite(min))
            continue;
        const w = set.sampleWeights[s];
        weightUsed += w;
        if (model.model !== 'logit') {
            const best = v.indexOf(min);
            shares[best] = shares[best] + w;
            expected += w * min;
            continue;
        }
        let total = 0;
        for (let k = 0; k < n; k++)
            total += Math.exp(-model.scale_per_usd * (v[k] - min));
        for (let k = 0; k < n; k++)
            shares[k] = shares[k] + (w * Math.exp(-model.scale_per_usd * (v[k] - min))) / total;
        expected += w * (min - Math.log(total) / model.scale_per_usd);
    }
    if (weightUsed === 0)
        return { shares, expectedCostUsdPerTeu: Number.NaN };
    for (let k = 0; k < n; k++)
        shares[k] = shares[k] / weightUsed;
    return { shares, expectedCostUsdPerTeu: expected / weightUsed };
}
//# sourceMappingURL=flow-choice.js.map