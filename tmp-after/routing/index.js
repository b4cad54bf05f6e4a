/** routing: the compiled index, schedules, per-query search context and the searches over them. */
export { compileIndex } from "./compile-index.js";
export { EDGE_BORDER, EDGE_HOP, MODE_LIST, } from "./routing-index.js";
export { compileSchedule, nextDepartureH, SCHEDULE_ON_DEMAND } from "./schedule.js";
export { tzTable } from "./time-zones.js";
export { createSearchContext, hopLeadH, hopLeadTimes, } from "./search-context.js";
export { borderEntersImport, edgeAt, edgeStatic, hopImportClearances, hopImportEntryStop, hopTransit, clearanceUsdOn, } from "./edge-cost.js";
export { OUT_IMPORT_CUSTOMS, OUT_BORDER_FEES, OUT_CO2, OUT_GAUGE_CHANGE, OUT_HANDLING, OUT_DEP0, OUT_LINE_HAUL, OUT_PARCEL_DELIVERY, OUT_SIZE, OUT_SPECIAL_CARGO, OUT_TIME, OUT_TRANSIT_CUSTOMS, OUT_SUBSIDY, } from "./edge-out.js";
export { LabelPool, EDGE_CLEARANCE, releasePool } from "./label-pool.js";
export { liftDue } from "./arrival.js";
export { plannedSlackH } from "./planning-slack.js";
export { searchLabels, labelKey } from "./search-labels.js";
export { searchStatic, staticWeight, staticWeights, lowerBoundRate, } from "./search-static.js";
export { exploreCorridors, gatewaysOf } from "./corridors.js";
export { backtrackFinding, backtrackPruning, backtrackReason, chainSteps, landRidesBarred, } from "./backtracking.js";
//# sourceMappingURL=index.js.map