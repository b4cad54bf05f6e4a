/** Legs [first, last] of `d`'s service ridden from `from` to `to` (the whole run when either is unknown). */
export function legSpan(d, from, to) {
    const legs = d.service.legs;
    let a = legs.findIndex((l) => l.from === from);
    if (a < 0)
        a = 0;
    let b = to === undefined ? -1 : legs.findIndex((l, i) => i >= a && l.to === to);
    if (b < 0)
        b = legs.length - 1;
    return [a, Math.max(a, b)];
}
/** Smallest room left on legs a..b of departure i. */
export function roomOn(d, i, a, b) {
    const base = i * d.legs;
    let room = Number.POSITIVE_INFINITY;
    for (let k = a; k <= b; k++)
        room = Math.min(room, d.leg_remaining_teu[base + k]);
    return room;
}
/** Whether departure i can take `size` on legs a..b; an untouched departure takes one oversized shipment. */
function fits(d, i, a, b, size) {
    const room = roomOn(d, i, a, b);
    return room >= size - 1e-9 || (room === d.offered_teu[i] && room > 0);
}
/** Index of the first departure at or after index `start` that can take `size` on legs a..b (-1 when none). */
export function firstWithRoom(d, start, a, b, size) {
    const n = d.times_h.length;
    if (start >= n)
        return -1;
    const next = skipPointers(d, a, b, size);
    let i = start;
    for (;;) {
        // follow the pointers to a candidate, then compress the path behind us
        let root = i;
        while (next[root] !== root)
            root = next[root];
        while (next[i] !== root) {
            const up = next[i];
            next[i] = root;
            i = up;
        }
        i = root;
        if (i >= n)
            return -1;
        if (fits(d, i, a, b, size))
            return i;
        next[i] = i + 1;
    }
}
/** legs per span key: a service has far fewer legs than this */
const SPAN_STRIDE = 1024;
/** The skip pointers of `d` for `size` on legs a..b, made on first use. */
function skipPointers(d, a, b, size) {
    const span = a * SPAN_STRIDE + b;
    let bySize = d.skip.get(span);
    if (!bySize)
        d.skip.set(span, (bySize = []));
    for (let k = 0; k < bySize.length; k++)
        if (bySize[k].size === size)
            return bySize[k].next;
    // next[i] = i while departure i may fit; otherwise a later index to try (n = none)
    const n = d.times_h.length;
    const next = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++)
        next[i] = i;
    bySize.push({ size, next });
    return next;
}
/** Books `size` TEU on legs a..b of departure i; keeps `remaining_teu` as the room on the fullest leg. */
export function book(d, i, a, b, size) {
    const base = i * d.legs;
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < d.legs; k++) {
        if (k >= a && k <= b)
            d.leg_remaining_teu[base + k] = d.leg_remaining_teu[base + k] - size;
        min = Math.min(min, d.leg_remaining_teu[base + k]);
    }
    d.remaining_teu[i] = min;
}
/** TEU on board the departure's fullest leg (what a through train carries across a border, at most). */
export function peakLoad(d, i) {
    return d.offered_teu[i] - d.remaining_teu[i];
}
//# sourceMappingURL=capacity.js.map