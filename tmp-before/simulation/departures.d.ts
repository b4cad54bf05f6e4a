/**
 * The departures of each scheduled service over the horizon, as hours from the horizon start (UTC),
 * with frequency events applied, and what each departure can still take. Weekly times are local at
 * the first stop (its IANA time zone); a frequency schedule runs every 168/per_week hours from its
 * first time on the horizon's first day. On-demand services have no list: they leave after their lead time.
 */
import type { Network, Service } from '../model/index.ts';
import type { Scenario } from './scenario.schema.ts';
export interface ServiceDepartures {
    service: Service;
    /** departure hours from the horizon start, ascending; empty for on-demand services */
    times_h: Float64Array;
    /** TEU-equivalent each departure can still take (Infinity when the service files no capacity) */
    remaining_teu: Float64Array;
    /** TEU-equivalent each departure offered to the region's shipments (through cargo left out), for utilisation */
    offered_teu: Float64Array;
    /** legs of the service: room is kept per departure and leg (capacity.ts) */
    legs: number;
    /** TEU-equivalent each leg of each departure can still take, departure-major (i × legs + leg) */
    leg_remaining_teu: Float64Array;
    /** skip pointers over departures that can no longer take a size, by span of legs, then size (capacity.ts) */
    skip: Map<number, {
        size: number;
        next: Int32Array;
    }[]>;
    onDemandLeadH?: number;
}
/** Expands every service's departures for the scenario. */
export declare function expandDepartures(network: Network, scenario: Scenario, teuPerKg: number, capacityFactorAt: (service: string, h: number) => number): Map<string, ServiceDepartures>;
/** Index of the first departure at or after `h` (times.length when none). */
export declare function firstDepartureAtOrAfter(times: Float64Array, h: number): number;
//# sourceMappingURL=departures.d.ts.map