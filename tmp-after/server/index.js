/** server: the HTTP API (buildApp, no listen), the server process (startServer) and its configuration. */
export { buildApp, BODY_LIMIT_BYTES } from "./app.js";
export { startServer } from "./server.js";
export { resolveServeConfig, ConfigError, DEFAULT_NETWORKS_DIR, } from "./config.js";
export { ERROR_MAP, toProblem } from "./error-map.js";
export { loadNetworkRegistry } from "./network-registry.js";
//# sourceMappingURL=index.js.map