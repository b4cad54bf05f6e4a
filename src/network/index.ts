/** network: load and validate network folders, build the Network, its graph and GeoJSON, find places. */
export { parseNetwork, fileKind, type NetworkFileText, type ParseResult } from './parse-network.ts';
export { loadNetwork, loadNetworks, type NetworksResult } from './load-network.ts';
export { reverseService } from './build-network.ts';
export { parseFile, type ParsedFile } from './parsed-file.ts';
export { formatPath, type PathSegment } from './path.ts';
export {
  buildGraph,
  nodeKey,
  type NetworkGraph,
  type NodeAttributes,
  type EdgeAttributes,
  type ServiceEdgeAttributes,
  type TransferEdgeAttributes,
  type BorderEdgeAttributes,
} from './graph.ts';
export {
  toGeoJson,
  lineGeometry,
  type NetworkFeature,
  type NetworkFeatureCollection,
  type FeatureType,
} from './geojson.ts';
export {
  resolvePlace,
  searchPlaces,
  suggestPlaces,
  PLACE_RADIUS_KM,
  type PlaceResult,
} from './places.ts';
export { medianOf } from './distribution-stats.ts';
export { countFigures, type FigureCounts } from './figure-counts.ts';
export { MAX_DETOUR_FACTOR, SPEED_RANGE_KMH } from './plausibility.ts';
export { formatIssue } from '../model/index.ts';
export { terminalReachability, type Reachability } from './reachability.ts';
export { listGateways, type Gateway } from './gateways.ts';
