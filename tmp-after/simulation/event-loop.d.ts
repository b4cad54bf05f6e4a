export interface EventHandlers {
    /** the k-th shipment of the arrival list arrives (at its ready time) */
    arrival(k: number): void;
    /** epoch `e` starts at `h` */
    epochStart(e: number, h: number): void;
    /** a step of shipment `index` (the handlers' numbering) is due */
    shipmentDue(index: number): void;
}
export declare class EventLoop {
    private readonly queue;
    private readonly arrivals;
    private readonly horizonH;
    private nextArrival;
    /**
     * `arrivals` sorted by ready time, `epochStarts` the start of each epoch (the first, at 0, is not
     * an event), events after `horizonH` never run.
     */
    constructor(arrivals: readonly {
        ready_h: number;
    }[], epochStarts: readonly number[], horizonH: number);
    /** Makes a step of shipment `index` due at `h`. */
    schedule(h: number, index: number): void;
    /** Runs events in time order until none is left before the horizon ends. */
    run(handlers: EventHandlers): void;
    private pushArrival;
}
//# sourceMappingURL=event-loop.d.ts.map