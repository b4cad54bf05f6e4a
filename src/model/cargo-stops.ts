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
export function stopsOf(service: Service): string[] {
  return [service.legs[0]!.from, ...service.legs.map((leg) => leg.to)];
}

export function cargoStopsOf(service: Service): ServiceCargoStops {
  if (service.cargo_stops)
    return {
      loads: new Set(service.cargo_stops.loads_at),
      unloads: new Set(service.cargo_stops.unloads_at),
    };
  const stops = stopsOf(service);
  return { loads: new Set([stops[0]!]), unloads: new Set([stops[stops.length - 1]!]) };
}
