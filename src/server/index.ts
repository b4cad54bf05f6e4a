/** server: the HTTP API (buildApp, no listen), the server process (startServer) and its configuration. */
export {
  buildApp,
  BODY_LIMIT_BYTES,
  DEFAULT_TIME_BUDGET_MS,
  DEFAULT_MAX_LABELS,
  type BuildAppOptions,
} from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export {
  resolveServeConfig,
  ConfigError,
  DEFAULT_NETWORKS_DIR,
  DEFAULT_WEB_ROOT,
  type ServeConfig,
  type ServeFlags,
} from './config.ts';
export { ERROR_MAP, toProblem } from './error-map.ts';
export type { ApiContext } from './context.ts';
export {
  loadNetworkRegistry,
  createRegistry,
  type NetworkRegistry,
  type NetworkEntry,
} from './network-registry.ts';
export { runMatrixTask, type MatrixPair, type MatrixTask } from './matrix-task.ts';
export { matrixToCsv, placesFromListFile, MATRIX_CSV_COLUMNS } from './matrix-csv.ts';
