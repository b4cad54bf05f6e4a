/**
 * Fits the logit's mode and corridor constants to observed shares: the standard iterative update of
 * alternative-specific constants, c_k ← c_k − ln(observed_k / predicted_k) / λ (constants are costs
 * per TEU here, so a share below the observed one lowers its constant), over the choice sets of the
 * scenario's flows (flow-choice.ts). In each target the constant of its largest observed share stays
 * where it started, so the fit moves the others against it and options outside the target keep
 * their footing. Pure: the provider is the only way to the planner.
 */
import { CorridorError } from "../model/index.js";
import { choiceOf, flowChoiceSets } from "./flow-choice.js";
/** stop when every share is this close (fraction), well inside any stated tolerance */
const CONVERGED = 1e-6;
function keyOf(by, set, k) {
    const o = set.options[k];
    return by === 'mode' ? o.main_mode : o.corridor_group;
}
/** Predicted shares of each target among its listed keys, TEU-weighted over its flows. */
function predict(model, targets, setsOf) {
    const out = [];
    for (const t of targets) {
        const mass = new Map(Object.keys(t.shares).map((k) => [k, 0]));
        for (const set of setsOf.get(t.id)) {
            const { shares } = choiceOf(model, set);
            shares.forEach((p, k) => {
                const key = keyOf(t.by, set, k);
                if (mass.has(key))
                    mass.set(key, mass.get(key) + p * set.teuPerWeek);
            });
        }
        const total = [...mass.values()].reduce((a, b) => a + b, 0);
        for (const [key, observed] of Object.entries(t.shares)) {
            const predicted = total > 0 ? mass.get(key) / total : 0;
            out.push({
                target: t.id,
                by: t.by,
                key,
                observed,
                predicted,
                error_pp: (predicted - observed) * 100,
            });
        }
    }
    return out;
}
const rounded = (fits) => fits.map((f) => ({
    ...f,
    predicted: Math.round(f.predicted * 1e6) / 1e6,
    error_pp: Math.round(f.error_pp * 1e4) / 1e4,
}));
/** Fits the constants; throws CorridorError when a target has a share no option can take. */
export function calibrate(input) {
    const { network, scenario, provider, observed } = input;
    if (scenario.choice.model !== 'logit')
        throw new CorridorError('SCENARIO_INVALID', `scenario ${scenario.id}: calibration fits a logit choice model; this one is ${scenario.choice.model}`);
    const maxIterations = input.maxIterations ?? 200;
    const flowIds = [
        ...new Set(observed.targets.flatMap((t) => t.flows ?? scenario.demand.flows.map((f) => f.id))),
    ];
    const sets = new Map(flowChoiceSets(network, scenario, provider, input.conditions ?? {}, flowIds).map((s) => [
        s.flow.id,
        s,
    ]));
    const setsOf = new Map(observed.targets.map((t) => [
        t.id,
        (t.flows ?? scenario.demand.flows.map((f) => f.id)).map((id) => sets.get(id)),
    ]));
    // a listed share that no option of the target's flows can take cannot be fitted
    const issues = [];
    for (const t of observed.targets) {
        const offered = new Set(setsOf.get(t.id).flatMap((set) => set.options.map((_, k) => keyOf(t.by, set, k))));
        for (const key of Object.keys(t.shares))
            if (!offered.has(key))
                issues.push(`target ${t.id}: no route option of the flows is of ${t.by} "${key}"`);
    }
    if (issues.length > 0)
        throw new CorridorError('SCENARIO_INVALID', `observed shares cannot be fitted: ${issues.join('; ')}`);
    const model = {
        ...scenario.choice,
        mode_constants_usd: { ...scenario.choice.mode_constants_usd },
        corridor_constants_usd: { ...scenario.choice.corridor_constants_usd },
    };
    const table = (by) => (by === 'mode' ? model.mode_constants_usd : model.corridor_constants_usd);
    const start = predict(model, observed.targets, setsOf);
    let fit = start;
    let iterations = 0;
    while (iterations < maxIterations &&
        fit.some((f) => Math.abs(f.predicted - f.observed) > CONVERGED)) {
        iterations++;
        for (const t of observed.targets) {
            const c = table(t.by);
            const reference = Object.entries(t.shares).sort((a, b) => b[1] - a[1])[0][0];
            const before = c[reference] ?? 0;
            for (const f of fit.filter((x) => x.target === t.id))
                c[f.key] = (c[f.key] ?? 0) - Math.log(f.observed / f.predicted) / model.scale_per_usd;
            const shift = (c[reference] ?? 0) - before;
            for (const key of Object.keys(t.shares))
                c[key] = c[key] - shift;
        }
        fit = predict(model, observed.targets, setsOf);
    }
    const roundConstants = (r) => Object.fromEntries(Object.entries(r)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, Math.round(v * 100) / 100]));
    const choice = { ...model };
    if (Object.keys(model.mode_constants_usd).length > 0)
        choice.mode_constants_usd = roundConstants(model.mode_constants_usd);
    else
        delete choice.mode_constants_usd;
    if (Object.keys(model.corridor_constants_usd).length > 0)
        choice.corridor_constants_usd = roundConstants(model.corridor_constants_usd);
    else
        delete choice.corridor_constants_usd;
    // the fit reported is that of the constants as written (rounded to the cent)
    const final = rounded(predict(choice, observed.targets, setsOf));
    const maxError = Math.max(...final.map((f) => Math.abs(f.error_pp)));
    return {
        choice,
        start: rounded(start),
        fit: final,
        iterations,
        max_error_pp: maxError,
        tolerance_pp: observed.tolerance_pp,
        within_tolerance: maxError <= observed.tolerance_pp,
    };
}
//# sourceMappingURL=calibrate.js.map