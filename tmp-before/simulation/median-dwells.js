/** The median dwell of each border into each of its sides, as a quote assumes it (docs/decisions.md T15). */
import { medianOf } from "../costing/index.js";
import { dwellInto } from "../model/index.js";
export function medianDwellsOf(network) {
    return new Map([...network.borders.values()].map((b) => [
        b.id,
        new Map(b.sides.map((side) => [side, medianOf(dwellInto(b, side))])),
    ]));
}
//# sourceMappingURL=median-dwells.js.map