/**
 * corridor-planner as a library, for scripts: load a network, plan routes, build and run scenarios,
 * compare them and read or write results. Only re-exports: the modules' doors and the file
 * handling (src/files) that the pure core leaves to its callers.
 * @example
 *   const network = await openNetwork('networks/inner-mongolia');
 *   const scenario = await loadScenario('networks/inner-mongolia/scenarios/baseline-2024.yaml', { network });
 *   const result = await simulate(network, scenario, { workers: 2 });
 */
export * from './model/index.ts';
export { loadNetwork, loadNetworks, parseNetwork, buildGraph, toGeoJson, resolvePlace, searchPlaces, } from './network/index.ts';
export { createPlanner, type Planner, type PlanOptions } from './planner/index.ts';
export * from './simulation/index.ts';
export * from './files/index.ts';
/** Experiments: designs of scenario cells, shards and merges (docs/scaling.md). */
export * from './experiment/index.ts';
//# sourceMappingURL=index.d.ts.map