/** planner: createPlanner(network) → plan / compare over the compiled routing index. */
export { createPlanner } from "./create-planner.js";
export { paretoFilter, capFront, thinNearDuplicates } from "./pareto.js";
//# sourceMappingURL=index.js.map