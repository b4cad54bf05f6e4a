/** server: the HTTP API (buildApp, no listen), the server process (startServer) and its configuration. */
export { buildApp, BODY_LIMIT_BYTES, type BuildAppOptions } from './app.ts';
export { startServer } from './server.ts';
export { resolveServeConfig, ConfigError, DEFAULT_NETWORKS_DIR, type ServeFlags, } from './config.ts';
export { ERROR_MAP, toProblem } from './error-map.ts';
export { loadNetworkRegistry, type NetworkRegistry } from './network-registry.ts';
//# sourceMappingURL=index.d.ts.map