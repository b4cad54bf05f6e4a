const EPS = 1e-6;
/** Non-dominated labels over (money, arrival, CO2e), duplicates (equal on all three) removed, cheapest first. */
export function paretoFilter(pool, labels) {
    const sorted = [...labels].sort((a, b) => pool.money[a] - pool.money[b] ||
        pool.time[a] - pool.time[b] ||
        pool.co2[a] - pool.co2[b]);
    const kept = [];
    for (const l of sorted) {
        const dominated = kept.some((k) => pool.money[k] <= pool.money[l] + EPS &&
            pool.time[k] <= pool.time[l] + EPS &&
            pool.co2[k] <= pool.co2[l] + EPS);
        if (!dominated)
            kept.push(l);
    }
    return kept;
}
/** Sets pareto_optimal on routes no other route in the list dominates. */
export function markPareto(routes) {
    const arr = routes.map((r) => [r.cost.total_usd, Date.parse(r.arrive), r.co2e_kg]);
    routes.forEach((r, i) => {
        const [m, t, c] = arr[i];
        r.pareto_optimal = !arr.some(([m2, t2, c2], j) => j !== i &&
            m2 <= m + EPS &&
            t2 <= t &&
            c2 <= c + EPS &&
            (m2 < m - EPS || t2 < t || c2 < c - EPS));
    });
}
/**
 * Tolerances under which two Pareto routes are the same choice to a shipper: within 0.5 % (and
 * USD 5) of money, 6 hours of arrival and 0.5 % of CO2e. A route that another route matches within
 * them on all three, and beats on none by more, adds nothing to a list of trade-offs.
 */
const NEAR_DUPLICATE = {
    moneyFraction: 0.005,
    moneyUsd: 5,
    hours: 6,
    co2Fraction: 0.005,
};
/**
 * Thins an exact front (cheapest first) to an ε-Pareto set: a label is dropped when a kept label is
 * no worse than it beyond the NEAR_DUPLICATE tolerances on every criterion. The cheapest, the
 * earliest and the lowest-CO2e labels are always kept, so the ends of the trade-off survive.
 */
export function thinNearDuplicates(pool, front) {
    if (front.length <= 1)
        return [...front];
    const by = (f) => front.reduce((a, b) => (f(b) < f(a) ? b : a));
    const ends = new Set([
        by((l) => pool.money[l]),
        by((l) => pool.time[l]),
        by((l) => pool.co2[l]),
    ]);
    // ends first, so their near twins fold into them rather than the other way round
    const order = [...front.filter((l) => ends.has(l)), ...front.filter((l) => !ends.has(l))];
    const kept = [];
    for (const l of order) {
        const m = pool.money[l];
        const c = pool.co2[l];
        const covered = kept.some((k) => pool.money[k] <= m * (1 + NEAR_DUPLICATE.moneyFraction) + NEAR_DUPLICATE.moneyUsd &&
            pool.time[k] <= pool.time[l] + NEAR_DUPLICATE.hours &&
            pool.co2[k] <= c * (1 + NEAR_DUPLICATE.co2Fraction) + EPS);
        if (!covered || ends.has(l))
            kept.push(l);
    }
    return front.filter((l) => kept.includes(l));
}
/**
 * At most `max` labels of a front: the cheapest, the earliest and the lowest-CO2e always, the rest
 * spread evenly along the front by cost, so a cap never hides an end of the trade-off.
 */
export function capFront(pool, front, max) {
    if (front.length <= max)
        return [...front];
    const by = (f) => front.reduce((a, b) => (f(b) < f(a) ? b : a));
    const keep = new Set([
        by((l) => pool.money[l]),
        by((l) => pool.time[l]),
        by((l) => pool.co2[l]),
    ]);
    const rest = front.filter((l) => !keep.has(l));
    const slots = max - keep.size;
    for (let k = 0; k < slots; k++)
        keep.add(rest[Math.floor((k * rest.length) / slots)]);
    return front.filter((l) => keep.has(l));
}
//# sourceMappingURL=pareto.js.map