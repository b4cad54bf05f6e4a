/**
 * Running time of a truck from distance, speed and drivers' hours rules (docs/decisions.md T1).
 * The truck is driven until a limit is reached, then stands for the rest that limit calls for:
 * - a single driver takes a break after `continuousH` of driving, a daily rest after the day's
 *   driving (`dailyH`, or `extendedDailyH` on up to `extendedDaysPerWeek` days) and a weekly rest
 *   after `weeklyH`;
 * - a two-driver crew swaps drivers before either reaches the continuous limit (the break is taken
 *   as passenger, as EU Regulation 561/2006 allows), drives twice the daily and weekly hours of one
 *   driver (or the crew's own daily driving, `crewDailyH`, where the rules give one: in China a
 *   crew may drive round the clock), and stands still only for the crew's daily rest
 *   (`crewDailyRestH`) and the weekly rest.
 * - a weekly rest taken on the trip is the reduced one first (a crew starts after a regular weekly
 *   rest at base and may take the reduced rest away from it), then regular and reduced in turn, as
 *   two consecutive weeks must hold one regular rest.
 * Each stretch (a leg, in one country) has its own speed and rule set; the counters run on across
 * stretches, so a trip is one timeline. Pure and allocation-light: it runs once per service at load.
 */
export interface DrivingLimits {
    readonly continuousH: number;
    readonly breakH: number;
    readonly dailyH: number;
    readonly extendedDailyH: number;
    readonly extendedDaysPerWeek: number;
    readonly dailyRestH: number;
    readonly weeklyH: number;
    readonly weeklyRestH: number;
    /** weekly rest a crew may take away from base every second week (EU 561/2006: 24 h) */
    readonly reducedWeeklyRestH: number;
    readonly crewDailyRestH: number;
    /** a two-driver crew's driving between two daily rests, where the rules set it apart from 2 × `dailyH` */
    readonly crewDailyH?: number;
}
export interface DrivingStretch {
    readonly km: number;
    readonly speedKmh: number;
    readonly limits: DrivingLimits;
}
export type Crew = 'single' | 'double';
/**
 * Hours from the start of the trip to the end of each stretch (cumulative, driving plus the breaks
 * and rests taken on the way). A rest that falls exactly at the end of the trip is not taken.
 */
export declare function drivingTimeline(stretches: readonly DrivingStretch[], crew: Crew): number[];
/** Hours to drive `km` at `speedKmh` under one rule set, from a fresh start. */
export declare function drivingHours(km: number, speedKmh: number, limits: DrivingLimits, crew: Crew): number;
//# sourceMappingURL=driving-time.d.ts.map