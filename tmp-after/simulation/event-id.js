/**
 * The engine's event ids: the future-event list stores one int32 per event (no object per event), so
 * the kind of event and its index are packed into that number. Shipments take the non-negative ids
 * (an id is the shipment's index), the next arrival from the demand list takes −1 − k, and the start
 * of epoch e takes −2^30 − e; the two negative ranges cannot meet below 2^30 − 1 arrivals.
 */
/** the first id of an arrival (arrival k is ARRIVAL_BASE − k) */
const ARRIVAL_BASE = -1;
/** the first id of an epoch start (epoch e is EPOCH_BASE − e) */
const EPOCH_BASE = -(2 ** 30);
/** the largest arrival or epoch index that stays in its range (and an epoch id inside int32) */
export const MAX_EVENT_INDEX = 2 ** 30 - 2;
/** The id of a step of shipment `index` that is due. */
export function shipmentEvent(index) {
    return checked(index);
}
/** The id of the arrival of the k-th shipment of the demand list. */
export function arrivalEvent(k) {
    return ARRIVAL_BASE - checked(k);
}
/** The id of the start of epoch `e`. */
export function epochEvent(e) {
    return EPOCH_BASE - checked(e);
}
/** What an id stands for: its kind and the index of the shipment, arrival or epoch. */
export function decodeEvent(id) {
    return { kind: eventKind(id), index: eventIndex(id) };
}
/** The kind of event `id` stands for (the loop branches on it for every event: no object made). */
export function eventKind(id) {
    if (id >= 0)
        return 'shipment';
    return id > EPOCH_BASE ? 'arrival' : 'epoch';
}
/** The index of the shipment, arrival or epoch that `id` stands for. */
export function eventIndex(id) {
    if (id >= 0)
        return id;
    return id > EPOCH_BASE ? ARRIVAL_BASE - id : EPOCH_BASE - id;
}
function checked(index) {
    if (!Number.isInteger(index) || index < 0 || index > MAX_EVENT_INDEX)
        throw new RangeError(`event index ${index} is outside 0..${MAX_EVENT_INDEX}`);
    return index;
}
//# sourceMappingURL=event-id.js.map