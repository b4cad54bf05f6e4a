/**
 * Where a service takes and gives cargo: the stops filed in `cargo_stops`, else its first stop
 * (boarding) and its last (leaving). Read by the routing index and the validator alike, so both
 * apply the same default.
 */
import type { Service } from './network-file.schema.ts';
export interface ServiceCargoStops {
    readonly loads: ReadonlySet<string>;
    readonly unloads: ReadonlySet<string>;
}
/** The stops of a service in running order: the first leg's start, then every leg's end. */
export declare function stopsOf(service: Service): string[];
export declare function cargoStopsOf(service: Service): ServiceCargoStops;
//# sourceMappingURL=cargo-stops.d.ts.map