/**
 * A border crossing as a single server with a daily capacity: each unit (a train, a truck, or a TEU,
 * as the border files its capacity) takes 24 / capacity hours of the crossing, first come first
 * served; a closed crossing serves nothing until it reopens. Records queue lengths per day (every
 * unit waiting, the region's and other traffic) and the waits of the units it counts.
 */
export class BorderQueue {
    freeAt_h = 0;
    /** difference array of units waiting at 00:00 UTC of each day */
    diff;
    waits_h = 0;
    units = 0;
    id;
    /** hours of crossing time each unit takes; 0 when no capacity is filed (no queue) */
    hoursPerUnit;
    constructor(id, hoursPerUnit, days) {
        this.id = id;
        this.hoursPerUnit = hoursPerUnit;
        this.diff = new Float64Array(days + 2);
    }
    /** When a unit arriving at `arrival_h`, not before `open_h`, would start crossing (serve then books it). */
    startFor(arrival_h, open_h) {
        return Math.max(arrival_h, open_h, this.hoursPerUnit > 0 ? this.freeAt_h : 0);
    }
    /**
     * Serves `units` arriving at `arrival_h`, not before `open_h`, at `factor` times the filed capacity;
     * returns when their crossing starts. Units that are not `counted` (other traffic) queue and take
     * capacity but stay out of the waits and units served.
     */
    serve(arrival_h, units, open_h, factor = 1, counted = true) {
        const start = this.startFor(arrival_h, open_h);
        if (this.hoursPerUnit > 0)
            this.freeAt_h = start + units * (this.hoursPerUnit / factor);
        if (counted) {
            this.waits_h += (start - arrival_h) * units;
            this.units += units;
        }
        if (start > arrival_h) {
            const d0 = Math.ceil(arrival_h / 24);
            const d1 = Math.min(Math.ceil(start / 24), this.diff.length - 1);
            if (d1 > d0 && d0 < this.diff.length) {
                this.diff[d0] = this.diff[d0] + units;
                this.diff[d1] = this.diff[d1] - units;
            }
        }
        return start;
    }
    /** Units waiting at 00:00 UTC of each day of the horizon. */
    queueByDay(days) {
        const out = [];
        let level = 0;
        for (let d = 0; d < days; d++) {
            level += this.diff[d];
            out.push(Math.round(level * 100) / 100);
        }
        return out;
    }
}
//# sourceMappingURL=border-queue.js.map