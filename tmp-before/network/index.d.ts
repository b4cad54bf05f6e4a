/** network: load and validate network folders, build the Network, its graph and GeoJSON, find places. */
export { parseNetwork, type NetworkFileText } from './parse-network.ts';
export { fileKind } from './file-kind.ts';
export { loadNetwork, loadNetworks } from './load-network.ts';
export { reverseService } from './build-network.ts';
export { parseFile, type ParsedFile } from './parsed-file.ts';
export { issueAt } from './issue-at.ts';
export { buildGraph, type NetworkGraph, type EdgeAttributes } from './graph.ts';
export { toGeoJson, lineGeometry, type NetworkFeatureCollection } from './geojson.ts';
export { resolvePlace, searchPlaces, suggestPlaces, type PlaceResult } from './places.ts';
export { terminalSummary } from './terminal-summary.ts';
export { countFigures } from './figure-counts.ts';
export { SPEED_RANGE_KMH } from './plausibility.ts';
export { formatIssue } from '../model/index.ts';
export { terminalReachability } from './reachability.ts';
export { listGateways } from './gateways.ts';
//# sourceMappingURL=index.d.ts.map