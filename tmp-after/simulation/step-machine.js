/**
 * A shipment's steps, replayed on this replication's departures: fixed steps add their hours, a
 * boarding books room on the first departure with room (re-planning first when the rest of the path is
 * closed, or when capacity would hold the shipment longer than the scenario allows), an alighting adds
 * the departure's drawn delay, a border queues and dwells. Shared steps (boardings, borders) wait for
 * their time in the event loop, so shipments meet capacity in time order.
 */
import { sampleOf } from "../costing/index.js";
import { hashUniform } from "../lib/rng.js";
import {} from "./border-crossing.js";
import { book, peakLoad } from "./capacity.js";
import { blocked, replan } from "./closures.js";
import { firstDeparture, leaveAt, ON_DEMAND } from "./departure-finder.js";
import { trucksFor } from "./subsidy-ledger.js";
import { epochAt } from "./timeline.js";
/** the salt of the per-departure delay draws (each kind of hashed draw has its own) */
const DELAY_DRAW = 1;
/** a closure: any open route will do (the shipper's max_transfers no longer holds) */
const AROUND_CLOSURE = { live: false, relaxed: true };
/** capacity holds the shipment too long: the options from here with real waits, then a live question */
const OVERFLOW = { live: false, relaxed: false };
const OVERFLOW_LIVE = { live: true, relaxed: false };
export class StepMachine {
    input;
    serviceIndex;
    constructor(input) {
        this.input = input;
        this.serviceIndex = new Map([...input.network.services.keys()].map((id, i) => [id, i]));
    }
    /**
     * Moves `ship` (number `index`) on from its current step at `ship.now` until it is delivered,
     * stranded, or waits for a shared step; `atEvent` means the shared step it is at is due now.
     */
    advance(ship, index, atEvent) {
        const { network, epochs, departures, seed, horizonH, ledger, crossing, replanning } = this.input;
        let due = atEvent;
        while (ship.step < ship.steps.length) {
            const step = ship.steps[ship.step];
            if (step.kind === 'fixed') {
                ship.now += step.hours;
                ship.cost_usd += step.cost_usd;
                ship.co2e_kg += step.co2e_kg;
                ship.step++;
                continue;
            }
            if (step.kind === 'alight') {
                const dist = departures.get(step.service)?.service.delay_h;
                if (dist && ship.onDeparture >= 0) {
                    const u = hashUniform(seed, DELAY_DRAW, this.serviceIndex.get(step.service) ?? 0, ship.onDeparture);
                    ship.now += sampleOf(dist, u) * step.delay_share;
                }
                ship.onService = '';
                ship.step++;
                continue;
            }
            if (ship.now > horizonH)
                return 'waiting'; // beyond the horizon: stays in the backlog
            if (!due) {
                this.input.schedule(ship.now, index);
                return 'waiting';
            }
            due = false;
            if (step.kind === 'board') {
                const epoch = epochs[epochAt(epochs, ship.now)];
                if (blocked(network, ship.steps, ship.step, epoch)) {
                    if (replan(ship, step.terminal, AROUND_CLOSURE, replanning) !== 'changed' ||
                        blocked(network, ship.steps, 0, epoch))
                        return 'stranded';
                    due = true;
                    continue;
                }
                const boarding = ship.boardings[ship.step];
                const found = firstDeparture(step, boarding, ship.now, ship.spec.teu_eq, ship.spec.ready_h);
                const leave = leaveAt(step, boarding, found, ship.now, ship.spec.ready_h);
                if (!ship.overflowChecked && !(leave - ship.now <= this.input.overflowReplanH)) {
                    // capacity holds the shipment too long (or has no room left this horizon): choose again among
                    // the options from here with real waits, then ask the planner with the booked capacity
                    ship.overflowChecked = true;
                    if (replan(ship, step.terminal, OVERFLOW, replanning) === 'changed' ||
                        replan(ship, step.terminal, OVERFLOW_LIVE, replanning) === 'changed') {
                        due = true;
                        continue;
                    }
                }
                if (Number.isNaN(leave))
                    return 'waiting'; // no departure with room before the horizon ends
                const d = boarding.d;
                const onDemand = found === ON_DEMAND;
                const firstOnDeparture = !onDemand && d.remaining_teu[found] === d.offered_teu[found];
                // the trucks this booking puts on the road: its own on demand (or on a line of no filed
                // capacity), else those it adds to the departure's load (a truck shared is one trip)
                let trucks = trucksFor(ship.spec.teu_eq);
                if (!onDemand) {
                    const before = peakLoad(d, found);
                    book(d, found, boarding.a, boarding.b, ship.spec.teu_eq);
                    if (Number.isFinite(d.offered_teu[found]))
                        trucks = trucksFor(peakLoad(d, found)) - trucksFor(before);
                }
                const paid = ledger.pay(epoch, d.service, step.terminal, ship.spec, {
                    firstOnDeparture,
                    trucks,
                });
                ship.subsidy_usd += paid;
                ship.cost_usd += step.cost_usd - paid;
                if (Number.isNaN(ship.departed_h))
                    ship.departed_h = leave;
                ship.co2e_kg += step.co2e_kg;
                ship.onService = step.service;
                ship.onDeparture = onDemand ? -1 : found;
                ship.now = leave;
                ship.step++;
                continue;
            }
            // border
            const extra = step.extra_h + (epochs[epochAt(epochs, ship.now)].extraDwellH.get(step.border) ?? 0);
            ship.cost_usd += step.cost_usd;
            if (!crossing.has(step.border)) {
                ship.now += extra;
                ship.border_h += extra;
            }
            else {
                const leave = crossing.leaveTime(ship, step, extra);
                ship.border_h += leave - ship.now;
                ship.now = leave;
            }
            ship.step++;
        }
        return ship.now <= horizonH ? 'delivered' : 'waiting';
    }
}
//# sourceMappingURL=step-machine.js.map