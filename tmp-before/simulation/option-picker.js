/**
 * The option a shipment takes from where it is now: every option timed door to door against the real
 * departures with room (a pattern planned for one weekday can be a week slower on another, and this is
 * what the shipper is quoted), borders at their median dwell, then the shipper's choice among those
 * that can leave before the horizon ends, drawn from a seeded hash of the shipment and attempt.
 */
import { hashUniform } from "../lib/rng.js";
import { choose } from "./choice.js";
import { medianDwellsOf } from "./median-dwells.js";
import { firstDeparture, leaveAt, NO_DEPARTURE } from "./departure-finder.js";
/** the salt of the choice draws (each kind of hashed draw has its own) */
const CHOICE_DRAW = 4;
export class OptionPicker {
    finder;
    choice;
    seed;
    /** median dwell per border and side entered, as the quote assumes it */
    medianDwellH;
    // candidates are reused objects: pick runs for every arrival and re-plan (no garbage per call)
    candidates = [];
    pool = [];
    constructor(network, choice, seed, finder) {
        this.finder = finder;
        this.choice = choice;
        this.seed = seed;
        this.medianDwellH = medianDwellsOf(network);
    }
    /**
     * Door-to-door hours of `option` for `ship` leaving where it is now (Infinity when a boarding finds
     * no departure with room). Time and size are read from the ship, not passed: numbers passed to a
     * call V8 does not inline are boxed, and this runs for every option compared.
     */
    etaH(option, ship) {
        const steps = option.steps;
        const boardings = this.finder.boardingsOf(option);
        const h = ship.now;
        const size = ship.spec.teu_eq;
        const booked = ship.spec.ready_h;
        let t = h;
        for (let k = 0; k < steps.length; k++) {
            const step = steps[k];
            if (step.kind === 'fixed')
                t += step.hours;
            else if (step.kind === 'board') {
                const boarding = boardings[k];
                const found = firstDeparture(step, boarding, t, size, booked);
                if (found === NO_DEPARTURE)
                    return Number.POSITIVE_INFINITY;
                t = leaveAt(step, boarding, found, t, booked);
            }
            else if (step.kind === 'border') {
                t += step.extra_h + (this.medianDwellH.get(step.border)?.get(step.into) ?? 0);
            }
        }
        return t - h;
    }
    /** The option `ship` chooses among `options`, timed from where it is now; `attempt` separates the draws of one shipment. */
    pick(ship, options, attempt) {
        const candidates = this.candidates;
        candidates.length = 0;
        for (const option of options) {
            const time_h = this.etaH(option, ship);
            if (!Number.isFinite(time_h))
                continue;
            let c = this.pool[candidates.length];
            if (c) {
                c.option = option;
                c.time_h = time_h;
            }
            else
                this.pool.push((c = { option, time_h }));
            candidates.push(c);
        }
        if (candidates.length === 0)
            return undefined;
        const u = candidates.length > 1 ? hashUniform(this.seed, CHOICE_DRAW, ship.spec.draw_key, attempt) : 0;
        const i = choose(this.choice, candidates, ship.spec.value_usd, ship.spec.teu_eq, u);
        return i >= 0 ? candidates[i].option : undefined;
    }
}
//# sourceMappingURL=option-picker.js.map