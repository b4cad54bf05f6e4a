/** planner: createPlanner(network) → plan / compare over the compiled routing index. */
export {
  createPlanner,
  MAX_COMPARE_CORRIDORS,
  MAX_PARETO_ROUTES,
  type Planner,
  type PlanOptions,
} from './create-planner.ts';
export {
  paretoFilter,
  markPareto,
  capFront,
  thinNearDuplicates,
  NEAR_DUPLICATE,
} from './pareto.ts';
export { corridorRows, groupOf, labelRoutes, mainMode, whyNot } from './corridor-groups.ts';
