const asList = (s) => s === undefined ? [] : typeof s === 'string' ? [s] : [...s];
/**
 * The factors of a ride on `service` from stop index `from` to stop index `to` (its legs from..to−1),
 * consecutive legs under the same factor merged, in the order ridden. A leg whose factor the network
 * does not know is left out (the validator reports it when the network loads).
 */
export function emissionFactorUses(network, service, from, to) {
    const uses = [];
    for (const leg of service.legs.slice(from, to)) {
        const id = leg.emission_factor ?? service.emission_factor;
        const factor = network.emissionFactors.get(id);
        if (!factor)
            continue;
        const last = uses[uses.length - 1];
        if (last?.factor_id === id) {
            last.distance_km += leg.distance_km.value;
            continue;
        }
        const figure = factor.co2e_kg_per_tkm;
        uses.push({
            factor_id: id,
            description: factor.description,
            basis: factor.basis,
            co2e_kg_per_tkm: figure.value,
            distance_km: leg.distance_km.value,
            sources: asList(figure.source),
            ...(figure.assumption ? { assumption: figure.assumption } : {}),
        });
    }
    return uses;
}
//# sourceMappingURL=emission-trace.js.map