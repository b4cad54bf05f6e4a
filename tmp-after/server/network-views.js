export function toNetworkSummary(network) {
    const m = network.manifest;
    return {
        id: m.id,
        name: m.name,
        name_zh: m.name_zh,
        reference_year: m.reference_year,
        counts: {
            terminals: network.terminals.size,
            services: network.services.size,
            borders: network.borders.size,
        },
    };
}
/** Countries a service touches: those of every stop. */
function serviceCountries(network, service) {
    const out = new Set();
    for (const leg of service.legs) {
        for (const id of [leg.from, leg.to]) {
            const t = network.terminals.get(id);
            if (t)
                out.add(t.country);
        }
    }
    return out;
}
function borderCountries(network, border) {
    const out = new Set();
    for (const id of border.sides) {
        const t = network.terminals.get(id);
        if (t)
            out.add(t.country);
    }
    return out;
}
function bump(table, key, field) {
    const row = (table[key] ??= { terminals: 0, services: 0, borders: 0 });
    row[field] += 1;
}
export function toNetworkDetail(network) {
    const byMode = {};
    const byCountry = {};
    for (const t of network.terminals.values()) {
        for (const mode of t.modes)
            bump(byMode, mode, 'terminals');
        bump(byCountry, t.country, 'terminals');
    }
    for (const s of network.services.values()) {
        bump(byMode, s.mode, 'services');
        for (const c of serviceCountries(network, s))
            bump(byCountry, c, 'services');
    }
    for (const b of network.borders.values()) {
        bump(byMode, b.mode, 'borders');
        for (const c of borderCountries(network, b))
            bump(byCountry, c, 'borders');
    }
    const m = network.manifest;
    const detail = {
        ...toNetworkSummary(network),
        emissions_version: network.emissionsVersion,
        modes: Object.keys(byMode).filter((k) => (byMode[k]?.terminals ?? 0) > 0),
        countries: Object.keys(byCountry).sort(),
        counts_by_mode: byMode,
        counts_by_country: byCountry,
        sources: [...network.sources.values()],
    };
    if (m.description !== undefined)
        detail.description = m.description;
    return detail;
}
const hit = (wanted, values) => {
    if (!wanted || wanted.length === 0)
        return true;
    for (const v of values)
        if (wanted.includes(v))
            return true;
    return false;
};
export function filterTerminals(network, f) {
    return [...network.terminals.values()].filter((t) => hit(f.mode, t.modes) && hit(f.country, [t.country]));
}
export function filterServices(network, f) {
    return [...network.services.values()].filter((s) => hit(f.mode, [s.mode]) && hit(f.country, serviceCountries(network, s)));
}
export function filterBorders(network, f) {
    return [...network.borders.values()].filter((b) => hit(f.mode, [b.mode]) && hit(f.country, borderCountries(network, b)));
}
//# sourceMappingURL=network-views.js.map