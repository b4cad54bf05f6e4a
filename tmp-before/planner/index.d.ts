/** planner: createPlanner(network) → plan / compare over the compiled routing index. */
export { createPlanner, type Planner, type PlanOptions } from './create-planner.ts';
export { paretoFilter, capFront, thinNearDuplicates } from './pareto.ts';
//# sourceMappingURL=index.d.ts.map