export function fixedOptionsProvider(spec) {
    return (request, c) => (spec.options[request.from] ?? []).filter((o) => o.to === request.shipment.to &&
        !o.services.some((s) => c.closed_services?.includes(s)) &&
        !o.borders.some((b) => c.closed_borders?.includes(b)) &&
        !o.terminals.some((t) => c.closed_terminals?.includes(t)) &&
        !o.countries.some((k) => c.closed_countries?.includes(k)));
}
//# sourceMappingURL=provider-spec.js.map