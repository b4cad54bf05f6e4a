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
const EPS = 1e-9;
/**
 * Hours from the start of the trip to the end of each stretch (cumulative, driving plus the breaks
 * and rests taken on the way). A rest that falls exactly at the end of the trip is not taken.
 */
export function drivingTimeline(stretches, crew) {
    const drivers = crew === 'double' ? 2 : 1;
    let t = 0;
    let sinceBreak = 0;
    let today = 0;
    let week = 0;
    let extendedUsed = 0;
    let todayExtended = false;
    let weeklyRests = 0;
    const ends = [];
    for (const s of stretches) {
        const r = s.limits;
        if (!(s.speedKmh > 0))
            throw new Error('drivingTimeline: a stretch has no positive speed');
        let left = s.km / s.speedKmh;
        while (left > EPS) {
            if (today <= EPS)
                todayExtended = extendedUsed < r.extendedDaysPerWeek && r.extendedDailyH > r.dailyH + EPS;
            const dayCap = drivers === 2 && r.crewDailyH !== undefined
                ? r.crewDailyH
                : drivers * (todayExtended ? r.extendedDailyH : r.dailyH);
            const weekCap = drivers * r.weeklyH;
            const contCap = drivers === 1 ? r.continuousH : Infinity;
            const can = Math.min(contCap - sinceBreak, dayCap - today, weekCap - week, left);
            if (can > EPS) {
                t += can;
                left -= can;
                sinceBreak += can;
                today += can;
                week += can;
                continue;
            }
            if (week >= weekCap - EPS) {
                t += weeklyRests % 2 === 0 ? r.reducedWeeklyRestH : r.weeklyRestH;
                weeklyRests++;
                week = 0;
                today = 0;
                sinceBreak = 0;
                extendedUsed = 0;
            }
            else if (today >= dayCap - EPS) {
                t += drivers === 1 ? r.dailyRestH : r.crewDailyRestH;
                if (todayExtended)
                    extendedUsed++;
                today = 0;
                sinceBreak = 0;
            }
            else {
                t += r.breakH;
                sinceBreak = 0;
            }
        }
        ends.push(t);
    }
    return ends;
}
/** Hours to drive `km` at `speedKmh` under one rule set, from a fresh start. */
export function drivingHours(km, speedKmh, limits, crew) {
    return drivingTimeline([{ km, speedKmh, limits }], crew)[0];
}
//# sourceMappingURL=driving-time.js.map