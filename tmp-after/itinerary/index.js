/** itinerary: minimal path → Route (legs, events, costs, corridor, timeline, P50/P90) and its one-line form. */
export { buildRoute } from "./build-route.js";
export { formatDuration } from "./format-route.js";
export { terminalRef } from "./terminal-ref.js";
//# sourceMappingURL=index.js.map