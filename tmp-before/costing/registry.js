import { airModel } from "./air.js";
import { railModel } from "./rail.js";
import { roadModel } from "./road.js";
import { seaModel } from "./sea.js";
const MODELS = {
    rail: railModel,
    road: roadModel,
    sea: seaModel,
    air: airModel,
};
export function costModelFor(mode) {
    return MODELS[mode];
}
//# sourceMappingURL=registry.js.map