/**
 * Design → cells: a full grid (every combination, the first parameter varying slowest), an explicit
 * list, or a Latin hypercube (each parameter's range cut into `samples` equal strata, one value drawn
 * in each, strata paired at random; seeded, so the same design always gives the same cells).
 */
import { createRng } from "../lib/rng.js";
export function gridCells(params) {
    let cells = [{}];
    for (const p of params)
        cells = cells.flatMap((c) => p.values.map((v) => ({ ...c, [p.name]: v })));
    return cells;
}
export function latinHypercube(params, samples, seed) {
    const rng = createRng(seed);
    const cells = Array.from({ length: samples }, () => ({}));
    for (const p of params) {
        const strata = Array.from({ length: samples }, (_, i) => i);
        for (let i = samples - 1; i > 0; i--) {
            const j = rng.int(i + 1);
            [strata[i], strata[j]] = [strata[j], strata[i]];
        }
        for (let c = 0; c < samples; c++) {
            const u = (strata[c] + rng.next()) / samples;
            const x = p.min + u * (p.max - p.min);
            cells[c][p.name] = p.integer ? Math.round(x) : Math.round(x * 1e6) / 1e6;
        }
    }
    return cells;
}
/** The cells of a design already checked by parse-design.ts. */
export function cellsOf(design) {
    if (design.design === 'list')
        return design.cells ?? [];
    if (design.design === 'lhs')
        return latinHypercube(design.parameters.map((p) => ({
            name: p.name,
            min: p.min,
            max: p.max,
            integer: p.integer,
        })), design.samples, design.design_seed ?? 1);
    return gridCells(design.parameters.map((p) => ({ name: p.name, values: p.values })));
}
//# sourceMappingURL=cells.js.map