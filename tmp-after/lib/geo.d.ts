/**
 * Geodesy helpers: great-circle distance on a spherical Earth, and the nearest points to a position.
 * Leaf module: no domain imports.
 */
export interface LonLat {
    readonly lon: number;
    readonly lat: number;
}
/** Great-circle distance between two WGS 84 positions, km (haversine formula). */
export declare function haversineKm(a: LonLat, b: LonLat): number;
/** Length of a polyline of positions, km. */
export declare function pathLengthKm(points: readonly LonLat[]): number;
/** Items within `radiusKm` of `at`, nearest first, each with its distance. */
export declare function nearestWithin<T>(items: Iterable<T>, at: LonLat, position: (item: T) => LonLat, radiusKm: number): {
    item: T;
    distance_km: number;
}[];
//# sourceMappingURL=geo.d.ts.map