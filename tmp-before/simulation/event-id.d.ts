/**
 * The engine's event ids: the future-event list stores one int32 per event (no object per event), so
 * the kind of event and its index are packed into that number. Shipments take the non-negative ids
 * (an id is the shipment's index), the next arrival from the demand list takes −1 − k, and the start
 * of epoch e takes −2^30 − e; the two negative ranges cannot meet below 2^30 − 1 arrivals.
 */
export type EventKind = 'shipment' | 'arrival' | 'epoch';
/** the largest arrival or epoch index that stays in its range (and an epoch id inside int32) */
export declare const MAX_EVENT_INDEX: number;
/** The id of a step of shipment `index` that is due. */
export declare function shipmentEvent(index: number): number;
/** The id of the arrival of the k-th shipment of the demand list. */
export declare function arrivalEvent(k: number): number;
/** The id of the start of epoch `e`. */
export declare function epochEvent(e: number): number;
/** What an id stands for: its kind and the index of the shipment, arrival or epoch. */
export declare function decodeEvent(id: number): {
    kind: EventKind;
    index: number;
};
/** The kind of event `id` stands for (the loop branches on it for every event: no object made). */
export declare function eventKind(id: number): EventKind;
/** The index of the shipment, arrival or epoch that `id` stands for. */
export declare function eventIndex(id: number): number;
//# sourceMappingURL=event-id.d.ts.map