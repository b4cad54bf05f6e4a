/** The dwell of `border` for a crossing into `side` (a side id; any other id: the undirected dwell). */
export function dwellInto(border, side) {
    return border.dwell_h_by_direction?.[side] ?? border.dwell_h;
}
/**
 * The side of `border` a crossing from terminal `from` to terminal `to` enters: the side it arrives
 * at or the other one than it leaves from; a leg between terminals that are not its sides (a leg
 * matched to the border by country) enters the side in the country of `to`.
 */
export function sideEntered(border, from, to, countryOf) {
    const [a, b] = border.sides;
    if (to === a || to === b)
        return to;
    if (from === a)
        return b;
    if (from === b)
        return a;
    return countryOf(to) !== undefined && countryOf(to) === countryOf(a) ? a : b;
}
/** `sideEntered` with the countries of `network`'s terminals: the side a crossing from `from` to `to` enters. */
export function sideEnteredIn(network, border, from, to) {
    return sideEntered(border, from, to, (id) => network.terminals.get(id)?.country);
}
//# sourceMappingURL=border-dwell.js.map