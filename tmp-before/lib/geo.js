/**
 * Geodesy helpers: great-circle distance on a spherical Earth, and the nearest points to a position.
 * Leaf module: no domain imports.
 */
/** Mean Earth radius (IUGG), km. A sphere is within 0.5 % of the ellipsoid, enough for plausibility checks. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/** Great-circle distance between two WGS 84 positions, km (haversine formula). */
export function haversineKm(a, b) {
    const dLat = (b.lat - a.lat) * RAD;
    const dLon = (b.lon - a.lon) * RAD;
    const h = Math.sin(dLat / 2) ** 2 +
        Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
/** Length of a polyline of positions, km. */
export function pathLengthKm(points) {
    let total = 0;
    for (let i = 1; i < points.length; i++)
        total += haversineKm(points[i - 1], points[i]);
    return total;
}
/** Items within `radiusKm` of `at`, nearest first, each with its distance. */
export function nearestWithin(items, at, position, radiusKm) {
    const hits = [];
    for (const item of items) {
        const distance_km = haversineKm(at, position(item));
        if (distance_km <= radiusKm)
            hits.push({ item, distance_km });
    }
    return hits.sort((x, y) => x.distance_km - y.distance_km);
}
//# sourceMappingURL=geo.js.map