/** itinerary: minimal path → Route (legs, events, costs, corridor, timeline, P50/P90) and its one-line form. */
export { buildRoute, type BuildOptions } from './build-route.ts';
export { formatRoute, formatDuration } from './format-route.ts';
export { arrivalQuantiles, DEFAULT_RUNS, type McStep } from './monte-carlo.ts';
export { corridorOf } from './corridor-label.ts';
export { terminalRef, isoFromHours } from './terminal-ref.ts';
