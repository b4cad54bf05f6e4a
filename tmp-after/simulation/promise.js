/**
 * The arrival promised at booking: the chosen option's first departure as timetabled from the
 * booking time (full or not: the schedule a forwarder quotes when the cargo is booked; special cargo
 * not before its permits, decisions C14), plus the
 * option's P90 from that departure. Waits for room on full departures, re-plans and closures after
 * booking all count against it, so lateness measures what the shipper was told, not what capacity
 * later allowed.
 */
import { earliestLeaveH } from "./departure-finder.js";
/** no promise could be made (no departure of the option before the horizon ends) */
const NO_PROMISE = -1;
/** The promised arrival (h from the horizon start) of `option` booked at `bookedH`, or NO_PROMISE. */
export function promisedAtBookingH(option, boardings, bookedH) {
    let t = bookedH;
    for (let k = 0; k < option.steps.length; k++) {
        const step = option.steps[k];
        if (step.kind === 'fixed')
            t += step.hours;
        else if (step.kind === 'border')
            t += step.extra_h;
        else if (step.kind === 'board') {
            const d = boardings[k]?.d;
            if (!d)
                return NO_PROMISE;
            // not before the special cargo's permits (decisions C14), as the planner quoted
            const leave = earliestLeaveH(step, d, t, bookedH);
            return leave === Number.POSITIVE_INFINITY
                ? NO_PROMISE
                : leave + option.p90_from_first_departure_h;
        }
    }
    return t + option.p90_from_first_departure_h;
}
//# sourceMappingURL=promise.js.map