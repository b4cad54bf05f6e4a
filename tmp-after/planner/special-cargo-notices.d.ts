/**
 * What the planner says about special-cargo surcharges (docs/decisions.md C3, C5): for the first
 * route, one notice per mode and cargo flag that paid one, with the rides, the total, the rates filed
 * and their sources (or that they are assumptions); and about the permits and approvals its rides
 * waited for (C14).
 */
import { type CostContext } from '../costing/index.ts';
import type { Notice, Route } from '../model/index.ts';
/** Notices naming the surcharges the first route pays, by mode and cargo flag. */
export declare function specialCargoNotices(route: Route, cost: CostContext): Notice[];
/**
 * Notices naming the permits and approvals (decisions C14) the first route's rides waited for: for
 * each one filed for the shipment's flags, the first ride of its mode (in its country, for a national
 * permit), its hours from the booking, how long that ride was held by it and its sources. They are
 * read from the legs (`lead_time`), where route building put what the rule (`rideLeadTimes`, the one
 * the search follows) gives each ride: only a binding entry (the longest, or one tying with it)
 * reports the ride's wait for it; an entry a longer one outlasts reports `held_h` 0, as the ride did
 * not wait for it.
 */
export declare function specialCargoLeadNotices(route: Route): Notice[];
//# sourceMappingURL=special-cargo-notices.d.ts.map