import { registerQueryCommand } from "./route.js";
export function registerCompare(program, io) {
    registerQueryCommand(program, io, 'compare', 'compare corridors: the best route through each set of gateways');
}
//# sourceMappingURL=compare.js.map