/**
 * A border crossing as a single server with a daily capacity: each unit (a train, a truck, or a TEU,
 * as the border files its capacity) takes 24 / capacity hours of the crossing, first come first
 * served; a closed crossing serves nothing until it reopens. Records queue lengths per day (every
 * unit waiting, the region's and other traffic) and the waits of the units it counts.
 */
export declare class BorderQueue {
    private freeAt_h;
    /** difference array of units waiting at 00:00 UTC of each day */
    private readonly diff;
    waits_h: number;
    units: number;
    readonly id: string;
    /** hours of crossing time each unit takes; 0 when no capacity is filed (no queue) */
    readonly hoursPerUnit: number;
    constructor(id: string, hoursPerUnit: number, days: number);
    /** When a unit arriving at `arrival_h`, not before `open_h`, would start crossing (serve then books it). */
    startFor(arrival_h: number, open_h: number): number;
    /**
     * Serves `units` arriving at `arrival_h`, not before `open_h`, at `factor` times the filed capacity;
     * returns when their crossing starts. Units that are not `counted` (other traffic) queue and take
     * capacity but stay out of the waits and units served.
     */
    serve(arrival_h: number, units: number, open_h: number, factor?: number, counted?: boolean): number;
    /** Units waiting at 00:00 UTC of each day of the horizon. */
    queueByDay(days: number): number[];
}
//# sourceMappingURL=border-queue.d.ts.map