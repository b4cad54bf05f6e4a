import { type Network } from '../model/index.ts';
import { BorderQueue } from './border-queue.ts';
import type { ServiceDepartures } from './departures.ts';
import type { BorderStep, Ship } from './ship.ts';
import { type Epoch } from './timeline.ts';
/** TEU a truck carries (one FEU or two TEU), to count trucks at a road border and truck trips. */
export declare const TEU_PER_TRUCK = 2;
/** TEU of one train when a rail border counts trains and a shipment crosses on its own: Erenhot averages ~103–115 TEU/train (figures.md §5, DERIVED). */
export declare const TEU_PER_TRAIN = 100;
export declare class BorderCrossing {
    /** the queue of each border, by id (results read them) */
    readonly queues: Map<string, BorderQueue>;
    /** the transfer yard of each border with a gauge change and a filed capacity, in TEU */
    private readonly yards;
    private readonly background;
    private readonly network;
    private readonly epochs;
    private readonly departures;
    private readonly seed;
    private readonly countFromH;
    private readonly borderIndex;
    private readonly serviceIndex;
    /** release time of each train (service departure) at each border it crosses whole, NaN until the first of its shipments arrives; by border × services + service */
    private readonly trainRelease;
    constructor(network: Network, epochs: readonly Epoch[], departures: ReadonlyMap<string, ServiceDepartures>, seed: number, days: number, 
    /** the warm-up's end (h): units reaching a border before it queue but are not counted in its waits */
    countFromH?: number);
    /** Whether `border` is one of the network's (others have no queue: crossing them adds the extra dwell only). */
    has(border: string): boolean;
    /**
     * The time `ship`, at the border of `step` since `ship.now`, leaves it: after its queue (not before
     * the border opens), the transfer yard and the dwell, plus `extraH` (the step's and the events'). A
     * border not in the network (see `has`) only adds `extraH`.
     */
    leaveTime(ship: Ship, step: BorderStep, extraH: number): number;
    /** Runs the other traffic of every border up to `h` (the end of the horizon), so the queues count it to the end. */
    finish(h: number): void;
    /**
     * Queues `units` at border `b` from `arrivalH` (not before `openH`), at the capacity of the epoch
     * then, and through the transfer yard as `teu`; returns when the crossing starts.
     */
    private transfer;
    /** Serves the other traffic of `border` that arrives up to `h`, in arrival order, before the unit arriving at `h`. */
    private serveBackground;
}
//# sourceMappingURL=border-crossing.d.ts.map