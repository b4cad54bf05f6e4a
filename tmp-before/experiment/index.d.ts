/** experiment: designs of many scenario cells, run whole, resumed, or in shards, and merged. */
export { DesignFile, DesignParameter, DESIGN_KINDS } from './design.schema.ts';
export { parseDesign, cellScenarios, type DesignCell } from './parse-design.ts';
export { gridCells, latinHypercube, type CellValues } from './cells.ts';
export { setAtPath, parsePath } from './scenario-path.ts';
export { parseShard, shardOf, type WorkUnit } from './layout.ts';
export { makeManifest, type Manifest, type ManifestCell } from './manifest.ts';
export { inThreadExecutor, poolExecutor, runLimited, type UnitExecutor } from './executors.ts';
export { loadExperiment, runExperiment, runUnits, type ExperimentProgress, type ExperimentReport, type LoadedExperiment, type RunExperimentOptions, } from './run-experiment.ts';
export { finalizeExperiment, RESULTS_CSV, RESULTS_PARQUET } from './finalize.ts';
export { mergeRuns, type MergeReport } from './merge.ts';
//# sourceMappingURL=index.d.ts.map