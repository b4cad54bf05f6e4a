/**
 * Largest plausible ratio of a leg's distance to the great-circle distance between its stops.
 * Road and rail follow valleys and passes (the Beijing–Baotou line runs 834 km for ~550 km of
 * great circle, ~1.5×), sea goes round peninsulas and straits (Tianjin–Ningbo ~1.6×, Europe via Suez
 * up to ~1.5–2× and round the Cape more), air follows airways and restricted airspace (~1.05–1.3×).
 * Above the factor the validator warns; below the great circle it is an error (no path is shorter).
 */
export const MAX_DETOUR_FACTOR = { rail: 2.5, road: 2.5, sea: 4, air: 1.6 };
/**
 * Slack under the great circle before "shorter than great-circle" is an error: coordinates are often
 * given to 2 decimals (±1 km), and a terminal's point is not where the track or berth is.
 */
export const GREAT_CIRCLE_TOLERANCE = { fraction: 0.03, km: 3 };
/** Absolute slack above factor × great circle, so a 2 km great-circle hop may be a 10 km drive. */
export const DETOUR_SLACK_KM = 25;
/**
 * Plausible average running speed, km/h (distance_km / duration_h of a leg). Rail: shunting pace to
 * fast container trains; road: congested to motorway truck limits; sea: slow steaming floor to fast
 * feeders; air: block speed including taxi, climb and descent.
 */
export const SPEED_RANGE_KMH = {
    rail: { min: 5, max: 120 },
    road: { min: 5, max: 90 },
    sea: { min: 5, max: 60 },
    air: { min: 150, max: 950 },
};
//# sourceMappingURL=plausibility.js.map