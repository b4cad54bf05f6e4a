/** itinerary: minimal path → Route (legs, events, costs, corridor, timeline, P50/P90) and its one-line form. */
export { buildRoute, type BuildOptions } from './build-route.ts';
export type { DrawOptions } from './monte-carlo.ts';
export { formatDuration } from './format-route.ts';
export { terminalRef } from './terminal-ref.ts';
//# sourceMappingURL=index.d.ts.map