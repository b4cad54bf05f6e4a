import { type ServiceDepartures } from './departures.ts';
import type { RouteOption } from './route-option.ts';
import type { BoardStep, Boarding } from './ship.ts';
/** the boarding is on an on-demand service: it leaves after the service's lead time, booking nothing */
export declare const ON_DEMAND = -1;
/** no departure with room before the horizon ends (or the service does not run in this replication) */
export declare const NO_DEPARTURE = -2;
/**
 * When `step` leaves at the earliest, room aside, for cargo at its boarding terminal at `t` and booked
 * at `bookedH`: an on-demand service after its notice, a timetabled one at its next departure, and
 * neither before the special cargo's permits (the later of the two, as planned); +Infinity when no
 * departure is left. The one rule the simulator's promises, flow choices and leave times share.
 */
export declare function earliestLeaveH(step: BoardStep, d: ServiceDepartures, t: number, bookedH: number): number;
/**
 * The departure of `step` (resolved as `boarding`) to take at or after `h` (and not before its
 * permits, `notBeforeH`, for a shipment booked at `bookedH`) with room for `size` TEU on the legs it
 * rides: its index in the service's departures, ON_DEMAND or NO_DEPARTURE.
 */
export declare function firstDeparture(step: BoardStep, boarding: Boarding | undefined, h: number, size: number, bookedH: number): number;
/** The leave time (h) from the boarding terminal of departure `found` (firstDeparture's answer for time `h`), NaN for none. */
export declare function leaveAt(step: BoardStep, boarding: Boarding | undefined, found: number, h: number, bookedH: number): number;
/** Resolves each option's board steps against one replication's departures, once per option. */
export declare class DepartureFinder {
    private readonly departures;
    private readonly byOption;
    constructor(departures: ReadonlyMap<string, ServiceDepartures>);
    /**
     * The board steps of `option` resolved to this replication's departures and the legs they ride (by
     * step index; undefined for other steps and for services that do not run): the step loops index
     * this array instead of looking a service up by name at every step.
     */
    boardingsOf(option: RouteOption): (Boarding | undefined)[];
}
//# sourceMappingURL=departure-finder.d.ts.map