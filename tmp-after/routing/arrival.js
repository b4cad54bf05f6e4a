/**
 * How the cargo of a label came to where it stands: off a ride here, or off a ride on the other side
 * of a border crossed on foot, with any customs clearance here after it. Two rules read it, so they
 * read it the same way: a lift onto the next service is due (the search charges it and the itinerary
 * reports it), and the ride's service is not boarded again here (decisions R32). Hot path: no
 * allocation.
 */
import { EDGE_CLEARANCE } from "./label-pool.js";
import { EDGE_BORDER, EDGE_HOP } from "./routing-index.js";
/** The label past clearance at its stop: what the cargo did last before clearing here. */
function beforeClearance(pool, label) {
    let l = label;
    while (pool.edge[l] === EDGE_CLEARANCE)
        l = pool.pred[l];
    return l;
}
/**
 * The label of the ride that brought the cargo here (its edge a hop): the label itself past
 * clearance, or the one before a border crossed on foot; -1 when the cargo came by no ride.
 */
export function rideInto(idx, pool, label) {
    const l = beforeClearance(pool, label);
    const e = pool.edge[l];
    if (e < 0)
        return -1;
    const kind = idx.eKind[e];
    if (kind === EDGE_HOP)
        return l;
    if (kind !== EDGE_BORDER)
        return -1;
    const p = pool.pred[l];
    const pe = p >= 0 ? pool.edge[p] : -1;
    return pe >= 0 && idx.eKind[pe] === EDGE_HOP ? p : -1;
}
/**
 * Whether boarding from a label costs a lift: the cargo came off a ride, here or across a border
 * without a gauge change (a gauge change's transshipment is in the border's cost). `ride` is
 * rideInto's answer when the caller has it.
 */
export function liftDue(idx, pool, label, ride = rideInto(idx, pool, label)) {
    if (ride < 0)
        return false;
    const l = beforeClearance(pool, label);
    return l === ride || !idx.borders[idx.eRef[pool.edge[l]]].border.gauge_change;
}
//# sourceMappingURL=arrival.js.map