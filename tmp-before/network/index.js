/** network: load and validate network folders, build the Network, its graph and GeoJSON, find places. */
export { parseNetwork } from "./parse-network.js";
export { fileKind } from "./file-kind.js";
export { loadNetwork, loadNetworks } from "./load-network.js";
export { reverseService } from "./build-network.js";
export { parseFile } from "./parsed-file.js";
export { issueAt } from "./issue-at.js";
export { buildGraph } from "./graph.js";
export { toGeoJson, lineGeometry } from "./geojson.js";
export { resolvePlace, searchPlaces, suggestPlaces } from "./places.js";
export { terminalSummary } from "./terminal-summary.js";
export { countFigures } from "./figure-counts.js";
export { SPEED_RANGE_KMH } from "./plausibility.js";
export { formatIssue } from "../model/index.js";
export { terminalReachability } from "./reachability.js";
export { listGateways } from "./gateways.js";
//# sourceMappingURL=index.js.map