/**
 * UTC offsets of IANA time zones, one value per UTC day, computed with Intl on first use of a day
 * and kept in a typed array. Schedules are filed in the local time of their first stop; a daily
 * offset follows daylight saving time (DST) to within the day of the switch (see docs/decisions.md).
 */
const DAY_H = 24;
/** Days covered: 1990-01-01 … 2109-12-31 (outside it the nearest end is used). */
const FIRST_DAY = 7305;
const DAYS = 43830;
const UNSET = -32768;
const tables = new Map();
/** The table for a zone; throws RangeError for a zone Intl does not know. */
export function tzTable(zone) {
    const cached = tables.get(zone);
    if (cached)
        return cached;
    const fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
    });
    const minutes = new Int16Array(DAYS).fill(UNSET);
    const compute = (day) => {
        const ms = (day * DAY_H + 12) * 3_600_000;
        const parts = fmt.formatToParts(new Date(ms));
        const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
        const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
        return Math.round((local - ms) / 60_000);
    };
    const table = {
        zone,
        offsetH(h) {
            let i = Math.floor(h / DAY_H) - FIRST_DAY;
            if (i < 0)
                i = 0;
            else if (i >= DAYS)
                i = DAYS - 1;
            let m = minutes[i];
            if (m === UNSET) {
                m = compute(i + FIRST_DAY);
                minutes[i] = m;
            }
            return m / 60;
        },
    };
    compute(FIRST_DAY + 20000); // throws now for an unknown zone
    tables.set(zone, table);
    return table;
}
/** A fixed offset, for a terminal whose zone is unknown (offset from its longitude). */
export function fixedTz(zone, hours) {
    return { zone, offsetH: () => hours };
}
//# sourceMappingURL=time-zones.js.map