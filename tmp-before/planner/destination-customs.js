export function destinationTerritory(network, fromCountry, toCountry) {
    if (toCountry === network.manifest.home_country)
        return null;
    const list = network.destinationCustoms ?? [];
    const dest = list.find((d) => d.countries.includes(toCountry));
    if (!dest || dest.countries.includes(fromCountry))
        return null;
    return dest;
}
//# sourceMappingURL=destination-customs.js.map