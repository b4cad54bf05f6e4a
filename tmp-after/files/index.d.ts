/** files: the file handling the pure core leaves to its callers (network folders, scenarios, results, provenance). */
export { NETWORKS_DIR, openNetwork, networkDirFor, networkContentHash } from './networks.ts';
export { loadScenario, scenarioNetworkId, buildScenario, listScenarios, writeScenarioJsonSchema, type ScenarioListing, } from './scenarios.ts';
export { writeResults, readResults } from './results.ts';
export { codeVersion, provenanceOf } from './provenance.ts';
//# sourceMappingURL=index.d.ts.map