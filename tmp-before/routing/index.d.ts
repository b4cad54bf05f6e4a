/** routing: the compiled index, schedules, per-query search context and the searches over them. */
export { compileIndex } from './compile-index.ts';
export { EDGE_BORDER, EDGE_HOP, MODE_LIST, type RoutingIndex, type ServiceInfo, } from './routing-index.ts';
export { compileSchedule, nextDepartureH, SCHEDULE_ON_DEMAND } from './schedule.ts';
export { tzTable } from './time-zones.ts';
export { createSearchContext, hopLeadH, hopLeadTimes, type SearchContext, type TransitPlan, } from './search-context.ts';
export { borderEntersImport, edgeAt, edgeStatic, hopImportClearances, hopImportEntryStop, hopTransit, clearanceUsdOn, } from './edge-cost.ts';
export { OUT_IMPORT_CUSTOMS, OUT_BORDER_FEES, OUT_CO2, OUT_GAUGE_CHANGE, OUT_HANDLING, OUT_DEP0, OUT_LINE_HAUL, OUT_PARCEL_DELIVERY, OUT_SIZE, OUT_SPECIAL_CARGO, OUT_TIME, OUT_TRANSIT_CUSTOMS, OUT_SUBSIDY, } from './edge-out.ts';
export { LabelPool, EDGE_CLEARANCE, releasePool } from './label-pool.ts';
export { liftDue } from './arrival.ts';
export { plannedSlackH } from './planning-slack.ts';
export { searchLabels, labelKey, type SearchRequest } from './search-labels.ts';
export { searchStatic, staticWeight, staticWeights, lowerBoundRate, type StaticObjective, } from './search-static.ts';
export { exploreCorridors, gatewaysOf, type CorridorHit } from './corridors.ts';
export { backtrackFinding, backtrackPruning, backtrackReason, chainSteps, landRidesBarred, type ChainStep, } from './backtracking.ts';
//# sourceMappingURL=index.d.ts.map