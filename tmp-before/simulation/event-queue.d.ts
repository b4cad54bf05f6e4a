/**
 * The engine's future-event list: a binary min-heap on (time, insertion order) over growable typed
 * arrays, so equal times pop first-in first-out and a run is deterministic. Hot path: no objects per event.
 */
export declare class EventQueue {
    private time;
    private seq;
    private item;
    private n;
    private counter;
    get size(): number;
    push(timeH: number, item: number): void;
    /** time of the next event (Infinity when empty) */
    peekTime(): number;
    /** removes the next event and returns its item (-1 when empty) */
    pop(): number;
    private grow;
}
//# sourceMappingURL=event-queue.d.ts.map