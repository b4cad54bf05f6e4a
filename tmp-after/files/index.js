/** files: the file handling the pure core leaves to its callers (network folders, scenarios, results, provenance). */
export { NETWORKS_DIR, openNetwork, networkDirFor, networkContentHash } from "./networks.js";
export { loadScenario, scenarioNetworkId, buildScenario, listScenarios, writeScenarioJsonSchema, } from "./scenarios.js";
export { writeResults, readResults } from "./results.js";
export { codeVersion, provenanceOf } from "./provenance.js";
//# sourceMappingURL=index.js.map