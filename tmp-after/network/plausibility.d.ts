/**
 * Sanity limits the validator applies to legs, per mode. They catch unit slips (minutes typed as
 * hours, miles as km) and copy-paste errors, not real-world variation, so they are deliberately wide.
 */
import type { Mode } from '../model/index.ts';
/**
 * Largest plausible ratio of a leg's distance to the great-circle distance between its stops.
 * Road and rail follow valleys and passes (the Beijing–Baotou line runs 834 km for ~550 km of
 * great circle, ~1.5×), sea goes round peninsulas and straits (Tianjin–Ningbo ~1.6×, Europe via Suez
 * up to ~1.5–2× and round the Cape more), air follows airways and restricted airspace (~1.05–1.3×).
 * Above the factor the validator warns; below the great circle it is an error (no path is shorter).
 */
export declare const MAX_DETOUR_FACTOR: Record<Mode, number>;
/**
 * Slack under the great circle before "shorter than great-circle" is an error: coordinates are often
 * given to 2 decimals (±1 km), and a terminal's point is not where the track or berth is.
 */
export declare const GREAT_CIRCLE_TOLERANCE: {
    readonly fraction: 0.03;
    readonly km: 3;
};
/** Absolute slack above factor × great circle, so a 2 km great-circle hop may be a 10 km drive. */
export declare const DETOUR_SLACK_KM = 25;
/**
 * Plausible average running speed, km/h (distance_km / duration_h of a leg). Rail: shunting pace to
 * fast container trains; road: congested to motorway truck limits; sea: slow steaming floor to fast
 * feeders; air: block speed including taxi, climb and descent.
 */
export declare const SPEED_RANGE_KMH: Record<Mode, {
    min: number;
    max: number;
}>;
//# sourceMappingURL=plausibility.d.ts.map