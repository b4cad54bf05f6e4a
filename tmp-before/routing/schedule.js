/** Epoch hour of Monday 1970-01-05 00:00, the origin of weekly positions. */
const MONDAY0_H = 96;
const WEEK_H = 168;
const DAY_INDEX = {
    Mon: 0,
    Tue: 1,
    Wed: 2,
    Thu: 3,
    Fri: 4,
    Sat: 5,
    Sun: 6,
};
const NO_WEEK = new Float64Array(0);
const SCHEDULE_WEEKLY = 0;
const SCHEDULE_FREQUENCY = 1;
export const SCHEDULE_ON_DEMAND = 2;
function hhmm(s) {
    const [h, m] = s.split(':').map(Number);
    return (h ?? 0) + (m ?? 0) / 60;
}
export function compileSchedule(s, tz, cutoffH = 0) {
    if (s.type === 'weekly') {
        const week = s.departures
            .map((d) => (DAY_INDEX[d.day] ?? 0) * 24 + hhmm(d.time))
            .sort((a, b) => a - b);
        return {
            type: SCHEDULE_WEEKLY,
            weekH: Float64Array.from(week),
            periodH: 0,
            anchorLocalH: 0,
            leadH: 0,
            cutoffH,
            tz,
        };
    }
    if (s.type === 'frequency') {
        return {
            type: SCHEDULE_FREQUENCY,
            weekH: NO_WEEK,
            periodH: WEEK_H / s.per_week,
            anchorLocalH: MONDAY0_H + hhmm(s.first_time),
            leadH: 0,
            cutoffH,
            tz,
        };
    }
    return {
        type: SCHEDULE_ON_DEMAND,
        weekH: NO_WEEK,
        periodH: 0,
        anchorLocalH: 0,
        leadH: s.lead_h,
        cutoffH: 0,
        tz,
    };
}
/**
 * The first departure from the first stop at or after `earliestH` (epoch hours, UTC). Local times are
 * converted with the zone's offset on the day of the candidate, so departures follow DST.
 * An on-demand service booked at `bookedH` (the shipment's booking, counted at the first stop) leaves
 * once its lead time since the booking has passed and the cargo is there: the lead time is paid once,
 * at the origin, not again at every transfer (docs/decisions.md T2). Without a booking time each
 * departure waits the whole lead time after the cargo is ready. A timetabled departure is taken only
 * when the cargo is there `cutoffH` before it.
 */
export function nextDepartureH(s, earliestH, bookedH) {
    if (s.type === SCHEDULE_ON_DEMAND)
        return bookedH === undefined ? earliestH + s.leadH : Math.max(earliestH, bookedH + s.leadH);
    return scheduledDepartureH(s, earliestH + s.cutoffH);
}
/**
 * The cargo cut-off of a scheduled service (docs/decisions.md T3): its own `cutoff_h`, else its
 * mode's in network.yaml, else 0. On-demand services wait for the cargo and have none.
 */
export function cutoffHOf(manifest, service) {
    if (service.schedule.type === 'on_demand')
        return 0;
    return (service.cutoff_h?.value ?? manifest.cutoffs_h?.find((c) => c.mode === service.mode)?.value ?? 0);
}
/** The first timetabled departure at or after `earliestH`, the cut-off already counted. */
function scheduledDepartureH(s, earliestH) {
    const tz = s.tz;
    if (s.type === SCHEDULE_FREQUENCY) {
        const local = earliestH + tz.offsetH(earliestH);
        let k = Math.ceil((local - s.anchorLocalH) / s.periodH - 1e-9);
        for (let guard = 0; guard < 4; guard++, k++) {
            const candLocal = s.anchorLocalH + k * s.periodH;
            const cand = candLocal - tz.offsetH(candLocal - tz.offsetH(earliestH));
            if (cand >= earliestH - 1e-9)
                return cand;
        }
        return earliestH + s.periodH;
    }
    const week = s.weekH;
    const n = week.length;
    const off = tz.offsetH(earliestH);
    const local = earliestH + off;
    const weekStart = MONDAY0_H + Math.floor((local - MONDAY0_H) / WEEK_H) * WEEK_H;
    const pos = local - weekStart;
    let i = 0;
    while (i < n && week[i] < pos - 1e-9)
        i++;
    // a DST switch between `earliestH` and the candidate can move it by the switch; step on until it is not early
    for (let guard = 0; guard < n + 2; guard++, i++) {
        const w = Math.floor(i / n);
        const candLocal = weekStart + w * WEEK_H + week[i % n];
        const cand = candLocal - tz.offsetH(candLocal - off);
        if (cand >= earliestH - 1e-9)
            return cand;
    }
    return earliestH + WEEK_H;
}
//# sourceMappingURL=schedule.js.map