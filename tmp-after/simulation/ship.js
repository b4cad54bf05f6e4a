/** A shipment that has just arrived, at its ready time, with no option yet. */
export function newShip(spec) {
    return {
        spec,
        option: undefined,
        steps: [],
        boardings: [],
        step: 0,
        now: spec.ready_h,
        promised_h: -1,
        departed_h: Number.NaN,
        border_h: 0,
        subsidy_usd: 0,
        cost_usd: 0,
        co2e_kg: 0,
        onService: '',
        onDeparture: -1,
        replanned: false,
        stranded: false,
        overflowChecked: false,
        delivered: false,
    };
}
/** Sets the option `ship` follows, with its boardings resolved (its step index is the caller's). */
export function follow(ship, option, boardings) {
    ship.option = option;
    ship.steps = option.steps;
    ship.boardings = boardings;
}
//# sourceMappingURL=ship.js.map