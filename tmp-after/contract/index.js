/**
 * contract: the request and response schemas of the HTTP API, shared by the server, the CLI's JSON
 * output and the web view. Built on src/model's schemas; imports nothing else.
 */
export * from "./problem.js";
export * from "./route-request.js";
export * from "./route-response.js";
export * from "./geojson.js";
export * from "./filters.js";
export * from "./networks.js";
export * from "./places.js";
export * from "./health.js";
export * from "./messages.js";
export * from "./simulations.js";
export * from "./constraint-check.js";
export * from "./matrix.js";
//# sourceMappingURL=index.js.map