/** simulation: scenario files, the discrete-event engine, replications (in-thread or on workers), KPIs, comparison and reports. */
export { ScenarioFile, DemandFlow, ChoiceModel, ScenarioEvent, SubsidyPolicy, } from "./scenario.schema.js";
export { scenarioJsonSchema, scenarioSchemaText, SCENARIO_SCHEMA_FILE, } from "./scenario-json-schema.js";
export { parseScenario } from "./parse-scenario.js";
export { TABLE_NAMES, concatTables, } from "./tables.js";
export { researchTableFiles, tableCsv, tableParquet, dataDictionary } from "./table-files.js";
export { parseShipmentsCsv } from "./shipments-csv.js";
export { runReplication, TEU_PER_TRAIN, TEU_PER_TRUCK, } from "./engine.js";
export { routeToOption } from "./route-option.js";
export { plannerProvider } from "./planner-provider.js";
export { fixedOptionsProvider } from "./provider-spec.js";
export { runScenario, providerFor } from "./run-scenario.js";
export { runScenarioParallel, createReplicationPool, } from "./parallel.js";
export { aggregate, compare, estimate, t975, summarize } from "./aggregate.js";
export { calibrate, } from "./calibrate.js";
export { ObservedShares, ShareTarget, parseObservedShares } from "./observed-shares.js";
export { choiceOf, flowChoiceSets } from "./flow-choice.js";
export { choose, optionConstantUsd, generalizedCostUsd, valueOfTimeUsdPerH, DEFAULT_VOT_SHARE_PER_DAY, } from "./choice.js";
export { buildEpochs, conditionsOf } from "./timeline.js";
export { resultFiles, comparisonFiles, formatSummary, formatComparison } from "./report.js";
export { KPI_NAMES, } from "./result.js";
export { simulate } from "./simulate.js";
//# sourceMappingURL=index.js.map