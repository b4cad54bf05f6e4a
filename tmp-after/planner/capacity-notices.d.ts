/**
 * What the planner says about a shipment split over departures (docs/decisions.md CP1): a notice
 * that the first route splits it (how many departures, how much each takes, when the last part
 * arrives), a notice when its departures within the horizon carry only part of it, the no-route
 * reason when no route carries all of it by the deadline, and the order of split routes.
 */
import type { Notice, Objective, Route, Shipment } from '../model/index.ts';
import type { NoRouteReason } from './explain-no-route.ts';
/** Notices about the first route's split, if it has one. */
export declare function capacityNotices(route: Route, s: Shipment): Notice[];
/** The reason when every route was left out and some only because its departures cannot carry all by the deadline. */
export declare function capacityDeadlineReason(late: readonly Route[], s: Shipment, deadline: string): NoRouteReason | undefined;
/**
 * Split routes ranked on what they deliver: by the last part's arrival (with the transfer penalty,
 * R28) for the time objective, by
 * the generalized cost (the parts' hours weighted by load) for the generalized one. Money and CO2e
 * do not change with the split, and a Pareto answer keeps its order.
 */
export declare function rankSplitRoutes(routes: Route[], objective: Objective, transferPenaltyH: number): Route[];
//# sourceMappingURL=capacity-notices.d.ts.map