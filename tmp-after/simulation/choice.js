export const DEFAULT_VOT_SHARE_PER_DAY = 0.001;
export function valueOfTimeUsdPerH(model, valueUsd) {
    return (model.value_of_time_usd_per_h ??
        (valueUsd * (model.value_of_time_share_per_day ?? DEFAULT_VOT_SHARE_PER_DAY)) / 24);
}
/** The logit's constant for an option, USD per TEU: its main mode's plus its corridor's. */
export function optionConstantUsd(model, option) {
    if (model.model !== 'logit')
        return 0;
    return ((model.mode_constants_usd?.[option.main_mode] ?? 0) +
        (model.corridor_constants_usd?.[option.corridor_group] ?? 0));
}
export function generalizedCostUsd(model, c, valueUsd) {
    const vot = valueOfTimeUsdPerH(model, valueUsd);
    return (c.option.cost_usd + vot * c.time_h + (model.carbon_price_usd_per_t * c.option.co2e_kg) / 1000);
}
/**
 * Index of the chosen candidate (-1 when there is none). `u` is a uniform draw used by the logit;
 * ties in least cost go to the first candidate, so the choice is deterministic.
 * Hot path (every arrival and re-plan): small enough to inline, plain loops, no arrays made per call.
 */
export function choose(model, candidates, valueUsd, teuEq, u) {
    if (candidates.length === 0)
        return -1;
    if (model.model === 'least_cost' || candidates.length === 1)
        return leastCost(model, candidates, valueUsd);
    return logit(model, candidates, valueUsd, teuEq, u);
}
function leastCost(model, candidates, valueUsd) {
    let best = 0;
    let bestGc = generalizedCostUsd(model, candidates[0], valueUsd);
    for (let i = 1; i < candidates.length; i++) {
        const g = generalizedCostUsd(model, candidates[i], valueUsd);
        if (g < bestGc) {
            best = i;
            bestGc = g;
        }
    }
    return best;
}
/** per-candidate weights of the logit, reused across calls (one module instance per thread) */
let weights = new Float64Array(16);
function logit(model, candidates, valueUsd, teuEq, u) {
    const n = candidates.length;
    if (weights.length < n)
        weights = new Float64Array(2 * n);
    const w = weights;
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
        const c = candidates[i];
        w[i] =
            generalizedCostUsd(model, c, valueUsd) / Math.max(teuEq, 1e-6) +
                optionConstantUsd(model, c.option);
        if (w[i] < min)
            min = w[i];
    }
    let total = 0;
    for (let i = 0; i < n; i++) {
        w[i] = Math.exp(-model.scale_per_usd * (w[i] - min));
        total += w[i];
    }
    let acc = 0;
    for (let i = 0; i < n; i++) {
        acc += w[i] / total;
        if (u < acc)
            return i;
    }
    return n - 1;
}
//# sourceMappingURL=choice.js.map