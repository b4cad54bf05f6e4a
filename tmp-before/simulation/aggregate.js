import { KPI_NAMES, } from "./result.js";
/** t quantile at 0.975 for 1..30 degrees of freedom (standard tables). */
const T975 = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
    2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
    2.045, 2.042,
];
/** The 0.975 quantile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion above 30). */
export function t975(df) {
    if (df < 1)
        return Number.NaN;
    if (df <= 30)
        return T975[Math.floor(df) - 1];
    const z = 1.959963984540054;
    const z3 = z ** 3;
    const z5 = z ** 5;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}
const round = (x) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x);
/**
 * Mean and 95 % interval of values from independent replications. With fewer than two values the
 * spread is unknown, so sd and the interval are null (not a zero-width interval that looks certain).
 */
export function estimate(values) {
    const n = values.length;
    if (n === 0)
        return { mean: 0, lo: null, hi: null, sd: null, n: 0 };
    const mean = values.reduce((a, b) => a + b, 0) / n;
    if (n < 2)
        return { mean: round(mean), lo: null, hi: null, sd: null, n };
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
    const half = (t975(n - 1) * sd) / Math.sqrt(n);
    return { mean: round(mean), lo: round(mean - half), hi: round(mean + half), sd: round(sd), n };
}
export function summarize(s) {
    return {
        id: s.id,
        name: s.name,
        description: s.description,
        ...(s.baseline ? { baseline: s.baseline } : {}),
        network: s.network,
        horizon: s.horizon,
        seed: s.seed,
        replications: s.replications,
    };
}
function keysOf(reps, pick) {
    return [...new Set(reps.flatMap((r) => Object.keys(pick(r))))].sort();
}
function byKey(reps, pick) {
    const out = {};
    for (const key of keysOf(reps, pick))
        out[key] = estimate(reps.map((r) => pick(r)[key] ?? 0));
    return out;
}
/** Aggregates replications (in replication order) into a SimulationResult. */
export function aggregate(scenario, replications) {
    const reps = [...replications].sort((a, b) => a.replication - b.replication);
    const kpis = Object.fromEntries(KPI_NAMES.map((k) => [k, estimate(reps.map((r) => r.kpis[k]))]));
    const borderQueues = {};
    for (const id of keysOf(reps, (r) => r.border_queues)) {
        const series = reps.map((r) => r.border_queues[id]);
        const days = scenario.horizon.days;
        const meanByDay = Array.from({ length: days }, (_, d) => round(series.reduce((a, s) => a + (s?.by_day[d] ?? 0), 0) / reps.length));
        borderQueues[id] = {
            unit: series.find((s) => s)?.unit ?? 'unlimited',
            mean_by_day: meanByDay,
            max: estimate(series.map((s) => s?.max ?? 0)),
            mean_wait_h: estimate(series.map((s) => s?.mean_wait_h ?? 0)),
        };
    }
    return {
        scenario: summarize(scenario),
        kpis,
        mode_share: byKey(reps, (r) => r.mode_share),
        corridor_share: byKey(reps, (r) => r.corridor_share),
        service_utilisation: byKey(reps, (r) => r.service_utilisation),
        border_queues: borderQueues,
        subsidy_usd_by_policy: byKey(reps, (r) => r.subsidy_usd_by_policy),
        subsidy_usd_to_operators_by_policy: byKey(reps, (r) => r.subsidy_usd_to_operators_by_policy ?? {}),
        replications: reps,
    };
}
/** Scenario − baseline per replication index (paired), for KPIs and shares. */
export function compare(baseline, scenario) {
    const n = Math.min(baseline.replications.length, scenario.replications.length);
    const a = baseline.replications.slice(0, n);
    const b = scenario.replications.slice(0, n);
    const paired = (pick) => {
        const base = a.map(pick);
        const scen = b.map(pick);
        return {
            baseline: estimate(base).mean,
            scenario: estimate(scen).mean,
            delta: estimate(scen.map((v, i) => v - base[i])),
        };
    };
    const shares = (pick) => {
        const keys = [...new Set([...keysOf(a, pick), ...keysOf(b, pick)])].sort();
        return Object.fromEntries(keys.map((k) => [k, paired((r) => pick(r)[k] ?? 0)]));
    };
    return {
        baseline: baseline.scenario,
        scenario: scenario.scenario,
        kpis: Object.fromEntries(KPI_NAMES.map((k) => [k, paired((r) => r.kpis[k])])),
        mode_share: shares((r) => r.mode_share),
        corridor_share: shares((r) => r.corridor_share),
    };
}
//# sourceMappingURL=aggregate.js.map