/** Hours as "16d3h", "9h", "45m" (rounded to the minute; minutes only under a day). */
export function formatDuration(hours) {
    const total = Math.round(hours * 60);
    const d = Math.floor(total / 1440);
    const h = Math.floor((total % 1440) / 60);
    const m = total % 60;
    let s = '';
    if (d)
        s += `${d}d`;
    if (h)
        s += `${h}h`;
    if (m && !d)
        s += `${m}m`;
    return s || '0h';
}
/** `at`: the terminal to name, for a clearance on board that is not at a border crossed */
function customsText(c, at) {
    const procedure = c.procedure ? ` ${c.procedure}` : '';
    return `[customs ${c.territory?.id ?? c.regime} ${c.direction}${procedure} ${formatDuration(c.time_h)}${at ? ` at ${at}` : ''}]`;
}
/** an import clearance the cargo makes on board (at a border inside the leg), not after it */
const clearedOnBoard = (c, leg) => c.territory !== undefined && c.start >= leg.depart && c.start < leg.arrive && c.end <= leg.arrive;
function borderText(b) {
    const gauge = b.gauge_change ? `, gauge ${b.gauge_change.from_mm}→${b.gauge_change.to_mm}` : '';
    return `[border ${b.border_id} ${formatDuration(b.dwell_h + (b.gauge_change?.time_h ?? 0))}${gauge}]`;
}
export function formatRoute(route) {
    const items = [];
    route.legs.forEach((leg, k) => {
        const onBoard = route.border_events.filter((b) => b.service_id === leg.service_id && b.start >= leg.depart && b.end <= leg.arrive);
        const inner = [
            ...onBoard.map((b) => ({ start: b.start, text: borderText(b) })),
            // on board at a border, the border names the place; elsewhere on the ride (a parcel product's
            // entry, decisions DC2) the terminal is named
            ...route.customs_events
                .filter((c) => clearedOnBoard(c, leg))
                .map((c) => ({
                start: c.start,
                text: customsText(c, onBoard.some((b) => b.to.id === c.at.id) ? undefined : c.at.id),
            })),
        ]
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
            .map((x) => ` ${x.text}`)
            .join('');
        const wait = leg.wait_h >= 1 / 60 ? `(wait ${formatDuration(leg.wait_h)}) ` : '';
        items.push({
            start: leg.depart,
            order: 2,
            text: `${wait}~${leg.mode.toUpperCase()} ${Math.round(leg.distance_km)}km ${formatDuration(leg.duration_h)}${inner}~ ${leg.to.id}`,
        });
        void k;
    });
    for (const b of route.border_events) {
        if (b.service_id)
            continue;
        items.push({ start: b.start, order: 1, text: `${borderText(b)} ${b.to.id}` });
    }
    for (const t of route.transfer_events)
        items.push({
            start: t.start,
            order: 0,
            text: `[transfer ${t.from_mode}→${t.to_mode} ${formatDuration(t.time_h)}]`,
        });
    for (const c of route.customs_events) {
        if (route.legs.some((leg) => clearedOnBoard(c, leg)))
            continue;
        items.push({ start: c.start, order: 0, text: customsText(c) });
    }
    items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order));
    const body = items.map((i) => i.text).join(' ');
    return `${route.from.id} ${body} [cost ${route.cost.total_usd.toFixed(1)} usd, ${formatDuration(route.duration_h)}]`.replace(/\s+/g, ' ');
}
//# sourceMappingURL=format-route.js.map