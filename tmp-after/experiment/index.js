/** experiment: designs of many scenario cells, run whole, resumed, or in shards, and merged. */
export { DesignFile, DesignParameter, DESIGN_KINDS } from "./design.schema.js";
export { parseDesign, cellScenarios } from "./parse-design.js";
export { gridCells, latinHypercube } from "./cells.js";
export { setAtPath, parsePath } from "./scenario-path.js";
export { parseShard, shardOf } from "./layout.js";
export { makeManifest } from "./manifest.js";
export { inThreadExecutor, poolExecutor, runLimited } from "./executors.js";
export { loadExperiment, runExperiment, runUnits, } from "./run-experiment.js";
export { finalizeExperiment, RESULTS_CSV, RESULTS_PARQUET } from "./finalize.js";
export { mergeRuns } from "./merge.js";
//# sourceMappingURL=index.js.map