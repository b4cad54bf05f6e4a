/**
 * Where a board step meets this replication's departures: each option's board steps resolved once to
 * the service's departures and the legs they ride (boardings), and the first departure at or after a
 * time with room for a shipment on those legs. The answer is a departure index (or one of two marks),
 * the leave time is read off it: no tuple per call, since this runs for every option compared for
 * every shipment.
 */
import { firstWithRoom, legSpan } from "./capacity.js";
import { firstDepartureAtOrAfter } from "./departures.js";
/** the boarding is on an on-demand service: it leaves after the service's lead time, booking nothing */
export const ON_DEMAND = -1;
/** no departure with room before the horizon ends (or the service does not run in this replication) */
export const NO_DEPARTURE = -2;
/**
 * The earliest time (h) `step` may leave for a shipment booked at `bookedH`: its special cargo's
 * permits and approvals, `lead_h` from the booking (docs/decisions.md C14); -Infinity without one.
 */
function notBeforeH(step, bookedH) {
    return step.lead_h === undefined ? Number.NEGATIVE_INFINITY : bookedH + step.lead_h;
}
/**
 * When `step` leaves at the earliest, room aside, for cargo at its boarding terminal at `t` and booked
 * at `bookedH`: an on-demand service after its notice, a timetabled one at its next departure, and
 * neither before the special cargo's permits (the later of the two, as planned); +Infinity when no
 * departure is left. The one rule the simulator's promises, flow choices and leave times share.
 */
export function earliestLeaveH(step, d, t, bookedH) {
    const notBefore = notBeforeH(step, bookedH);
    if (d.onDemandLeadH !== undefined)
        return Math.max(t + d.onDemandLeadH, notBefore);
    const i = firstDepartureAtOrAfter(d.times_h, Math.max(t, notBefore) - step.offset_h);
    return i < d.times_h.length ? d.times_h[i] + step.offset_h : Number.POSITIVE_INFINITY;
}
/**
 * The departure of `step` (resolved as `boarding`) to take at or after `h` (and not before its
 * permits, `notBeforeH`, for a shipment booked at `bookedH`) with room for `size` TEU on the legs it
 * rides: its index in the service's departures, ON_DEMAND or NO_DEPARTURE.
 */
export function firstDeparture(step, boarding, h, size, bookedH) {
    if (!boarding)
        return NO_DEPARTURE;
    const d = boarding.d;
    if (d.onDemandLeadH !== undefined)
        return ON_DEMAND;
    const i = firstWithRoom(d, firstDepartureAtOrAfter(d.times_h, Math.max(h, notBeforeH(step, bookedH)) - step.offset_h), boarding.a, boarding.b, size);
    return i < 0 ? NO_DEPARTURE : i;
}
/** The leave time (h) from the boarding terminal of departure `found` (firstDeparture's answer for time `h`), NaN for none. */
export function leaveAt(step, boarding, found, h, bookedH) {
    if (found === NO_DEPARTURE || !boarding)
        return Number.NaN;
    if (found === ON_DEMAND)
        return earliestLeaveH(step, boarding.d, h, bookedH);
    return boarding.d.times_h[found] + step.offset_h;
}
/** Resolves each option's board steps against one replication's departures, once per option. */
export class DepartureFinder {
    departures;
    byOption = new WeakMap();
    constructor(departures) {
        this.departures = departures;
    }
    /**
     * The board steps of `option` resolved to this replication's departures and the legs they ride (by
     * step index; undefined for other steps and for services that do not run): the step loops index
     * this array instead of looking a service up by name at every step.
     */
    boardingsOf(option) {
        let boardings = this.byOption.get(option);
        if (!boardings) {
            boardings = option.steps.map((step) => {
                if (step.kind !== 'board')
                    return undefined;
                const d = this.departures.get(step.service);
                if (!d)
                    return undefined;
                const [a, b] = legSpan(d, step.terminal, step.alight);
                return { d, a, b };
            });
            this.byOption.set(option, boardings);
        }
        return boardings;
    }
}
//# sourceMappingURL=departure-finder.js.map