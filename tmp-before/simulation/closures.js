import { follow } from "./ship.js";
import { epochAt } from "./timeline.js";
/** Whether steps[from..] touch anything `epoch` closes (a service, a terminal, a border or a country on either side of it). */
export function blocked(network, steps, from, epoch) {
    if (epoch.closedServices.size +
        epoch.closedTerminals.size +
        epoch.closedCountries.size +
        epoch.closedBorders.size ===
        0)
        return false;
    for (let i = from; i < steps.length; i++) {
        const s = steps[i];
        if (s.kind === 'board' || s.kind === 'alight') {
            if (epoch.closedServices.has(s.service) || epoch.closedTerminals.has(s.terminal))
                return true;
            const country = network.terminals.get(s.terminal)?.country;
            if (country && epoch.closedCountries.has(country))
                return true;
        }
        else if (s.kind === 'border') {
            if (epoch.closedBorders.has(s.border))
                return true;
            const b = network.borders.get(s.border);
            if (b)
                for (const side of b.sides)
                    if (epoch.closedCountries.has(network.terminals.get(side)?.country ?? ''))
                        return true;
        }
    }
    return false;
}
/**
 * The first time at or after `h` at which `border` is open (Infinity when it stays closed to the end):
 * not closed, and not cut to no capacity by a capacity event.
 */
export function reopenAt(epochs, border, h) {
    let e = epochAt(epochs, h);
    while (e < epochs.length &&
        (epochs[e].closedBorders.has(border) || epochs[e].borderCapacityFactor.get(border) === 0))
        e++;
    return e < epochs.length ? Math.max(h, epochs[e].start_h) : Number.POSITIVE_INFINITY;
}
/**
 * Re-plans `ship` from `terminal` at its time: 'changed' when it now follows another option (from its
 * first step), 'same' when the best option is the one it follows, 'none' when no route exists now.
 */
export function replan(ship, terminal, how, { options, picker, finder }) {
    const found = how.live
        ? options.liveOptionsFor(ship.spec, terminal, ship.now, how.relaxed)
        : options.optionsFor(ship.spec, terminal, ship.now, how.relaxed);
    // a draw of its own per kind of re-plan: 1, 2 once re-planned before, 2 more when live
    const option = picker.pick(ship, found, 1 + (ship.replanned ? 1 : 0) + (how.live ? 2 : 0));
    if (!option)
        return 'none';
    if (option.key === ship.option.key && option.from === ship.option.from)
        return 'same';
    ship.replanned = true;
    follow(ship, option, finder.boardingsOf(option));
    ship.step = 0;
    return 'changed';
}
//# sourceMappingURL=closures.js.map