/**
 * How the cargo of a label came to where it stands: off a ride here, or off a ride on the other side
 * of a border crossed on foot, with any customs clearance here after it. Two rules read it, so they
 * read it the same way: a lift onto the next service is due (the search charges it and the itinerary
 * reports it), and the ride's service is not boarded again here (decisions R32). Hot path: no
 * allocation.
 */
import { type LabelPool } from './label-pool.ts';
import { type RoutingIndex } from './routing-index.ts';
/**
 * The label of the ride that brought the cargo here (its edge a hop): the label itself past
 * clearance, or the one before a border crossed on foot; -1 when the cargo came by no ride.
 */
export declare function rideInto(idx: RoutingIndex, pool: LabelPool, label: number): number;
/**
 * Whether boarding from a label costs a lift: the cargo came off a ride, here or across a border
 * without a gauge change (a gauge change's transshipment is in the border's cost). `ride` is
 * rideInto's answer when the caller has it.
 */
export declare function liftDue(idx: RoutingIndex, pool: LabelPool, label: number, ride?: number): boolean;
//# sourceMappingURL=arrival.d.ts.map