/** simulation: scenario files, the discrete-event engine, replications (in-thread or on workers), KPIs, comparison and reports. */
export { ScenarioFile, DemandFlow, ChoiceModel, ScenarioEvent, SubsidyPolicy, type Scenario, type ScenarioInput, type CsvShipment, } from './scenario.schema.ts';
export { scenarioJsonSchema, scenarioSchemaText, SCENARIO_SCHEMA_FILE, } from './scenario-json-schema.ts';
export { parseScenario, type ParseScenarioOptions } from './parse-scenario.ts';
export { TABLE_NAMES, concatTables, type Column, type ColumnType, type ReplicationTables, type Table, } from './tables.ts';
export { researchTableFiles, tableCsv, tableParquet, dataDictionary } from './table-files.ts';
export { parseShipmentsCsv } from './shipments-csv.ts';
export { runReplication, TEU_PER_TRAIN, TEU_PER_TRUCK, type OptionProvider, type OptionRequest, type ReplicationInput, type DeliveryRecord, } from './engine.ts';
export { routeToOption, type RouteOption, type Step } from './route-option.ts';
export { plannerProvider, type PlannerLike } from './planner-provider.ts';
export { fixedOptionsProvider, type ProviderSpec } from './provider-spec.ts';
export { runScenario, providerFor, type RunOptions } from './run-scenario.ts';
export { runScenarioParallel, createReplicationPool, type ParallelOptions, type PoolOptions, type ReplicationPool, } from './parallel.ts';
export { aggregate, compare, estimate, t975, summarize } from './aggregate.ts';
export { calibrate, type CalibrateInput, type CalibrationResult, type ShareFit, } from './calibrate.ts';
export { ObservedShares, ShareTarget, parseObservedShares } from './observed-shares.ts';
export { choiceOf, flowChoiceSets, type FlowChoiceSet } from './flow-choice.ts';
export { choose, optionConstantUsd, generalizedCostUsd, valueOfTimeUsdPerH, DEFAULT_VOT_SHARE_PER_DAY, } from './choice.ts';
export { buildEpochs, conditionsOf, type Epoch } from './timeline.ts';
export { resultFiles, comparisonFiles, formatSummary, formatComparison } from './report.ts';
export { KPI_NAMES, type Kpis, type KpiName, type Estimate, type ReplicationResult, type SimulationResult, type ComparisonResult, type ScenarioSummary, type BorderQueueSeries, } from './result.ts';
export { simulate, type SimulateOptions } from './simulate.ts';
//# sourceMappingURL=index.d.ts.map