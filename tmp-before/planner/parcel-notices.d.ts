/**
 * What the planner says about parcel products (docs/decisions.md C4): for the first route, one notice
 * per ride on a parcel product, naming the product, its tariff basis (per piece + per kg, or weight
 * steps), the chargeable weight of a piece, the price and its sources (or that it is an assumption).
 */
import { type CostContext } from '../costing/index.ts';
import { type Network, type Notice, type Route } from '../model/index.ts';
/** Notices naming the parcel product each ride of the first route is priced on. */
export declare function parcelNotices(route: Route, network: Network, cost: CostContext): Notice[];
//# sourceMappingURL=parcel-notices.d.ts.map