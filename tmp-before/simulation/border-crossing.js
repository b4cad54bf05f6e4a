/**
 * Crossing a border: each border a single server at its daily capacity (BorderQueue, scaled by
 * capacity events), not open before a closure ends; at a gauge change the transfer yard is a second
 * server at its TEU a day; then a dwell drawn per crossing. A through train crosses as one: the first
 * of its shipments to reach the border queues the whole train (one unit, or its TEU on board when the
 * border counts TEU) and fixes the release time of all its shipments. A train whose service has its
 * own delay distribution (delay_h, drawn at alighting: its observed punctuality, border waits
 * included) dwells the border's median, not a draw of its spread, so the spread counts once
 * (docs/decisions.md R20); its queue, closures, capacity and extra-dwell events and the transfer yard
 * still act on it, being what the simulation adds to the observed delay. Anything else crosses on its own,
 * as trucks, TEU or a share of a train, as the border counts its capacity. Other traffic filed for a
 * border (other regions' trains or trucks, evenly spaced over the day) queues in the same line, so the
 * region's traffic gets what is left and a closure builds the whole queue, not only the region's part.
 */
import { medianOf, sampleOf } from "../costing/index.js";
import { hashUniform } from "../lib/rng.js";
import { dwellInto } from "../model/index.js";
import { BorderQueue } from "./border-queue.js";
import { peakLoad } from "./capacity.js";
import { reopenAt } from "./closures.js";
import { epochAt } from "./timeline.js";
/** TEU a truck carries (one FEU or two TEU), to count trucks at a road border and truck trips. */
export const TEU_PER_TRUCK = 2;
/** TEU of one train when a rail border counts trains and a shipment crosses on its own: Erenhot averages ~103–115 TEU/train (figures.md §5, DERIVED). */
export const TEU_PER_TRAIN = 100;
/** the salts of the dwell draws (each kind of hashed draw has its own) */
const DWELL_TRAIN_DRAW = 2;
const DWELL_SHIPMENT_DRAW = 3;
export class BorderCrossing {
    /** the queue of each border, by id (results read them) */
    queues;
    /** the transfer yard of each border with a gauge change and a filed capacity, in TEU */
    yards = new Map();
    background = new Map();
    network;
    epochs;
    departures;
    seed;
    countFromH;
    borderIndex;
    serviceIndex;
    /** release time of each train (service departure) at each border it crosses whole, NaN until the first of its shipments arrives; by border × services + service */
    trainRelease = [];
    constructor(network, epochs, departures, seed, days, 
    /** the warm-up's end (h): units reaching a border before it queue but are not counted in its waits */
    countFromH = 0) {
        this.countFromH = countFromH;
        this.network = network;
        this.epochs = epochs;
        this.departures = departures;
        this.seed = seed;
        this.serviceIndex = new Map([...network.services.keys()].map((id, i) => [id, i]));
        this.borderIndex = new Map([...network.borders.keys()].map((id, i) => [id, i]));
        this.queues = new Map();
        for (const b of network.borders.values()) {
            const queue = new BorderQueue(b.id, b.capacity_per_day ? 24 / b.capacity_per_day.value : 0, days);
            this.queues.set(b.id, queue);
            const yard = b.mode === 'rail' ? b.gauge_change?.capacity_teu_per_day?.value : undefined;
            if (yard)
                this.yards.set(b.id, new BorderQueue(`${b.id}:yard`, 24 / yard, days));
            if (b.background_per_day && b.capacity_per_day)
                this.background.set(b.id, {
                    border: b,
                    queue,
                    every_h: 24 / b.background_per_day.value,
                    next: 0,
                });
        }
    }
    /** Whether `border` is one of the network's (others have no queue: crossing them adds the extra dwell only). */
    has(border) {
        return this.queues.has(border);
    }
    /**
     * The time `ship`, at the border of `step` since `ship.now`, leaves it: after its queue (not before
     * the border opens), the transfer yard and the dwell, plus `extraH` (the step's and the events'). A
     * border not in the network (see `has`) only adds `extraH`.
     */
    leaveTime(ship, step, extraH) {
        const b = this.network.borders.get(step.border);
        const q = this.queues.get(step.border);
        if (!b || !q)
            return ship.now + extraH;
        // the dwell of the direction crossed (docs/decisions.md T15)
        const dwellDist = dwellInto(b, step.into);
        this.serveBackground(step.border, ship.now);
        const open = reopenAt(this.epochs, step.border, ship.now);
        if (step.through !== undefined && ship.onDeparture >= 0 && step.through === ship.onService) {
            // the whole train crosses as one: the first of its shipments to arrive decides for all
            const d = this.departures.get(step.through);
            const border = this.borderIndex.get(step.border);
            const service = this.serviceIndex.get(step.through) ?? 0;
            const slot = border * this.serviceIndex.size + service;
            let releases = this.trainRelease[slot];
            if (!releases)
                this.trainRelease[slot] = releases = new Float64Array(d.times_h.length).fill(Number.NaN);
            let release = releases[ship.onDeparture];
            if (Number.isNaN(release)) {
                const units = b.capacity_per_day?.unit === 'teu' ? peakLoad(d, ship.onDeparture) : 1;
                const start = this.transfer(b, q, ship.now, units, open, TEU_PER_TRAIN, ship.now >= this.countFromH);
                // a service with its own delay (drawn at alighting) holds its border spread: the median
                // dwell here; a truck line (no delay_h) draws the spread
                const dwell = d.service.delay_h
                    ? medianOf(dwellDist)
                    : sampleOf(dwellDist, hashUniform(this.seed, DWELL_TRAIN_DRAW, (border << 12) ^ service, ship.onDeparture));
                release = start + dwell + extraH;
                releases[ship.onDeparture] = release;
            }
            return Math.max(ship.now, release);
        }
        // not on a timetabled departure of the service that crosses (an on-demand truck's load, cargo
        // crossing between two services): no service delay holds this crossing's spread, so its dwell is
        // drawn
        const unit = b.capacity_per_day?.unit;
        const units = unit === 'teu'
            ? ship.spec.teu_eq
            : unit === 'trains'
                ? ship.spec.teu_eq / TEU_PER_TRAIN
                : Math.ceil(ship.spec.teu_eq / TEU_PER_TRUCK);
        const start = this.transfer(b, q, ship.now, units, open, ship.spec.teu_eq, ship.now >= this.countFromH);
        return (start +
            sampleOf(dwellDist, hashUniform(this.seed, DWELL_SHIPMENT_DRAW, ship.spec.draw_key, ship.step)) +
            extraH);
    }
    /** Runs the other traffic of every border up to `h` (the end of the horizon), so the queues count it to the end. */
    finish(h) {
        for (const id of this.background.keys())
            this.serveBackground(id, h);
    }
    /**
     * Queues `units` at border `b` from `arrivalH` (not before `openH`), at the capacity of the epoch
     * then, and through the transfer yard as `teu`; returns when the crossing starts.
     */
    transfer(b, q, arrivalH, units, openH, teu, counted) {
        // the capacity of the epoch in which the crossing starts
        const at = q.startFor(arrivalH, openH);
        const factor = this.epochs[epochAt(this.epochs, at)].borderCapacityFactor.get(b.id) ?? 1;
        const start = q.serve(arrivalH, units, openH, factor, counted);
        const yard = this.yards.get(b.id);
        return yard ? yard.serve(start, teu, start, 1, counted) : start;
    }
    /** Serves the other traffic of `border` that arrives up to `h`, in arrival order, before the unit arriving at `h`. */
    serveBackground(border, h) {
        const bg = this.background.get(border);
        if (!bg)
            return;
        const teu = bg.border.capacity_per_day?.unit === 'trains' ? TEU_PER_TRAIN : TEU_PER_TRUCK;
        for (let t = (bg.next + 0.5) * bg.every_h; t <= h; t = (bg.next + 0.5) * bg.every_h) {
            this.transfer(bg.border, bg.queue, t, 1, reopenAt(this.epochs, border, t), teu, false);
            bg.next++;
        }
    }
}
//# sourceMappingURL=border-crossing.js.map