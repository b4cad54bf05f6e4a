/** routing: the compiled index, schedules, per-query search context and the searches over them. */
export { compileIndex } from './compile-index.ts';
export {
  EDGE_BORDER,
  EDGE_HOP,
  EDGE_TRANSFER,
  MODE_LIST,
  modeCode,
  type BorderInfo,
  type HandlingInfo,
  type RoutingIndex,
  type ServiceInfo,
} from './routing-index.ts';
export {
  compileSchedule,
  nextDepartureH,
  SCHEDULE_ON_DEMAND,
  type CompiledSchedule,
} from './schedule.ts';
export { tzTable } from './time-zones.ts';
export {
  createSearchContext,
  type ContextOptions,
  type CustomsPlan,
  type SearchContext,
} from './search-context.ts';
export { edgeAt, edgeStatic } from './edge-cost.ts';
export { LabelPool, EDGE_CLEARANCE, EDGE_SOURCE, releasePool } from './label-pool.ts';
export { liftDue } from './lift-due.ts';
export {
  searchLabels,
  labelKey,
  DEFAULT_MAX_LABELS,
  type SearchRequest,
  type SearchResult,
} from './search-labels.ts';
export {
  searchStatic,
  staticWeight,
  staticWeights,
  lowerBoundRate,
  type StaticObjective,
  type StaticResult,
} from './search-static.ts';
export {
  exploreCorridors,
  gatewaysOf,
  type CorridorHit,
  type ExploreOptions,
} from './corridors.ts';
