/**
 * contract: the request and response schemas of the HTTP API, shared by the server, the CLI's JSON
 * output and the web view. Built on src/model's schemas; imports nothing else.
 */
export * from './problem.ts';
export * from './route-request.ts';
export * from './route-response.ts';
export * from './geojson.ts';
export * from './filters.ts';
export * from './networks.ts';
export * from './places.ts';
export * from './health.ts';
export * from './messages.ts';
export * from './simulations.ts';
export * from './constraint-check.ts';
export * from './matrix.ts';
//# sourceMappingURL=index.d.ts.map