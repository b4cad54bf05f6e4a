import type { RouteOption } from './route-option.ts';
import type { Boarding } from './ship.ts';
/** The promised arrival (h from the horizon start) of `option` booked at `bookedH`, or NO_PROMISE. */
export declare function promisedAtBookingH(option: RouteOption, boardings: readonly (Boarding | undefined)[], bookedH: number): number;
//# sourceMappingURL=promise.d.ts.map