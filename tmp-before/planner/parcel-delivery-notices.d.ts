/**
 * What the planner says about a parcel shipment's last mile (docs/decisions.md C6): when the first
 * route's ride into the destination is not a parcel product, the route pays the destination's
 * domestic parcel delivery per piece; the notice names the ride, the rate and its sources.
 */
import { type Network, type Notice, type Route } from '../model/index.ts';
import type { SearchContext } from '../routing/index.ts';
/**
 * The notice for the first route's last-mile delivery, or none when it rides a parcel product to the
 * door. When the network has no price for the delivery (no rate filed for the country, or pieces
 * heavier than its carrier's heaviest band) the route's cost leaves it out, and the notice says so.
 */
export declare function parcelDeliveryNotices(route: Route, ctx: SearchContext, network: Network): Notice[];
//# sourceMappingURL=parcel-delivery-notices.d.ts.map