/**
 * Sanity checks on border crossings: two countries, both sides serving the crossing's mode (rail or
 * road), a gauge change wherever the two sides' gauges differ, closures that end after they start,
 * other traffic below the capacity it shares, a dwell by direction keyed by a side that is entered.
 */
import { isLandMode } from "../model/index.js";
export function checkBorders(draft, terminals, report) {
    for (const { value: border, index } of draft.borders) {
        const at = (...rest) => ['borders', index, ...rest];
        if (!isLandMode(border.mode)) {
            report.error('borders', at('mode'), `a border crossing is rail or road, not ${border.mode} (sea and air services cross borders without one)`);
        }
        border.closures.forEach((c, i) => {
            if (c.to < c.from)
                report.error('borders', at('closures', i, 'to'), `closure ends (${c.to}) before it starts (${c.from})`);
        });
        if (border.background_per_day) {
            const capacity = border.capacity_per_day;
            if (!capacity)
                report.error('borders', at('background_per_day'), 'other traffic needs a capacity_per_day to take its share of (and to give its unit)');
            else if (border.background_per_day.value >= capacity.value)
                report.error('borders', at('background_per_day', 'value'), `other traffic of ${border.background_per_day.value} ${capacity.unit} a day fills the capacity of ${capacity.value} a day: the queue would grow without end`);
        }
        const [a, b] = border.sides.map((id) => terminals.get(id));
        if (border.sides[0] === border.sides[1]) {
            report.error('borders', at('sides', 1), `both sides are "${border.sides[0]}"`);
            continue;
        }
        if (!a || !b)
            continue; // reported by the reference check
        if (a.country === b.country) {
            report.error('borders', at('sides'), `both sides are in ${a.country}; a border crossing joins two countries`);
        }
        [a, b].forEach((t, s) => {
            if (!t.modes.includes(border.mode)) {
                report.error('borders', at('sides', s), `terminal "${t.id}" does not serve ${border.mode} (it serves ${t.modes.join(', ')})`);
            }
        });
        for (const side of Object.keys(border.dwell_h_by_direction ?? {})) {
            if (!border.sides.includes(side))
                report.error('borders', at('dwell_h_by_direction', side), `"${side}" is not a side of this crossing; a dwell by direction is keyed by the side entered (${border.sides.join(' or ')})`);
            else if (!border.both_directions && side === border.sides[0])
                report.warning('borders', at('dwell_h_by_direction', side), `the crossing runs only from "${border.sides[0]}" to "${border.sides[1]}"; a dwell entering "${side}" is never used`);
        }
        if (border.mode === 'rail' && a.gauge_mm && b.gauge_mm) {
            if (a.gauge_mm !== b.gauge_mm && !border.gauge_change) {
                report.error('borders', at('gauge_change'), `"${a.id}" has ${a.gauge_mm} mm and "${b.id}" ${b.gauge_mm} mm gauge but no gauge_change is given`);
            }
            else if (a.gauge_mm === b.gauge_mm && border.gauge_change) {
                report.warning('borders', at('gauge_change'), `both sides have ${a.gauge_mm} mm gauge; the gauge change is never needed`);
            }
        }
    }
}
//# sourceMappingURL=check-borders.js.map