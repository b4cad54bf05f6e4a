/**
 * Compiled schedules: when a service next leaves its first stop at or after a given instant.
 * Weekly departures and frequencies are filed in the first stop's local time; on-demand services
 * leave `lead_h` after the cargo is ready. Times are epoch hours (UTC, float64).
 */
import type { NetworkManifest, Schedule, Service } from '../model/index.ts';
import type { TzTable } from './time-zones.ts';
export declare const SCHEDULE_ON_DEMAND = 2;
export interface CompiledSchedule {
    readonly type: 0 | 1 | 2;
    /** weekly: departure positions in hours since Monday 00:00 local, ascending */
    readonly weekH: Float64Array;
    /** frequency: hours between departures, and the local epoch hour of one departure */
    readonly periodH: number;
    readonly anchorLocalH: number;
    /** on demand: hours from ready to departure */
    readonly leadH: number;
    /** weekly and frequency: hours before a departure by which the cargo must be at the boarding stop */
    readonly cutoffH: number;
    readonly tz: TzTable;
}
export declare function compileSchedule(s: Schedule, tz: TzTable, cutoffH?: number): CompiledSchedule;
/**
 * The first departure from the first stop at or after `earliestH` (epoch hours, UTC). Local times are
 * converted with the zone's offset on the day of the candidate, so departures follow DST.
 * An on-demand service booked at `bookedH` (the shipment's booking, counted at the first stop) leaves
 * once its lead time since the booking has passed and the cargo is there: the lead time is paid once,
 * at the origin, not again at every transfer (docs/decisions.md T2). Without a booking time each
 * departure waits the whole lead time after the cargo is ready. A timetabled departure is taken only
 * when the cargo is there `cutoffH` before it.
 */
export declare function nextDepartureH(s: CompiledSchedule, earliestH: number, bookedH?: number): number;
/**
 * The cargo cut-off of a scheduled service (docs/decisions.md T3): its own `cutoff_h`, else its
 * mode's in network.yaml, else 0. On-demand services wait for the cargo and have none.
 */
export declare function cutoffHOf(manifest: NetworkManifest, service: Service): number;
//# sourceMappingURL=schedule.d.ts.map