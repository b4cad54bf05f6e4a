/** network: load and validate network folders, build the Network, its graph and GeoJSON, find places. */
export { parseNetwork, fileKind, type NetworkFileText, type ParseResult } from './parse-network.ts';
export { loadNetwork, loadNetworks, type NetworksResult } from './load-network.ts';
export { reverseService } from './build-network.ts';
export { MAX_DETOUR_FACTOR, SPEED_RANGE_KMH } from './plausibility.ts';
export { formatIssue } from '../model/index.ts';
