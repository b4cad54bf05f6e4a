/** The stops of a service in running order: the first leg's start, then every leg's end. */
export function stopsOf(service) {
    return [service.legs[0].from, ...service.legs.map((leg) => leg.to)];
}
export function cargoStopsOf(service) {
    if (service.cargo_stops)
        return {
            loads: new Set(service.cargo_stops.loads_at),
            unloads: new Set(service.cargo_stops.unloads_at),
        };
    const stops = stopsOf(service);
    return { loads: new Set([stops[0]]), unloads: new Set([stops[stops.length - 1]]) };
}
//# sourceMappingURL=cargo-stops.js.map