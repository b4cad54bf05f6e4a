import { firstDepartureAtOrAfter } from "./departures.js";
import { conditionsKey, conditionsOf, epochAt } from "./timeline.js";
/**
 * The time (h from the horizon start) at which the planner is asked for route options, for every
 * epoch: fixed, so that options depend on conditions only, not on where the horizon is cut.
 */
const OPTIONS_ASKED_AT_H = 0;
const H_PER_WEEK = 168;
/**
 * What the planner's answer depends on besides the question and the conditions: the scenario's query
 * settings (a shared cache may serve scenarios with other starts, alternatives or values of time).
 */
export function askKeyOf(scenario) {
    return JSON.stringify([
        scenario.horizon.start,
        scenario.alternatives,
        scenario.choice.value_of_time_usd_per_h ?? null,
        scenario.choice.carbon_price_usd_per_t,
        // absent stays out of the key, so caches filled before the share existed still match
        ...(scenario.choice.value_of_time_share_per_day !== undefined
            ? [scenario.choice.value_of_time_share_per_day]
            : []),
    ]);
}
/** The shared-cache key of the options for a class of shipment from `from` to `to` under conditions. */
export function optionsCacheKey(askKey, from, to, classKey, relaxed, conditionsKey) {
    return `${askKey}|${from}|${to}|${classKey}|${relaxed ? 'r' : ''}|${conditionsKey}`;
}
export class OptionCache {
    scenario;
    epochs;
    provider;
    ledger;
    departures;
    shared;
    startMs;
    /**
     * What else the planner's answer depends on: the scenario's query settings (a shared cache may
     * serve scenarios with other starts, alternatives or values of time).
     */
    askKey;
    /** the planner's conditions per epoch and ledger version, with their cache key */
    conditionsMemo = new Map();
    /** options by class key, terminal and 2 × epoch + relaxed, for the current ledger version */
    local = new Map();
    localVersion = 0;
    live = new Map();
    liveSlots = new Set();
    liveCalls = 0;
    /** the size of the shipment a live question is asked for (isDepartureFull reads it) */
    liveSize = 1;
    /** full keys this replication needed, whether or not the shared cache held them */
    keysUsed = new Set();
    constructor(input) {
        this.scenario = input.scenario;
        this.epochs = input.epochs;
        this.provider = input.provider;
        this.ledger = input.ledger;
        this.departures = input.departures;
        this.shared = input.sharedCache ?? new Map();
        this.startMs = Date.parse(`${input.scenario.horizon.start}T00:00:00Z`);
        this.askKey = askKeyOf(input.scenario);
    }
    /**
     * Planner questions this replication needed (cached or not, so the count does not depend on how
     * replications are spread over threads) plus live questions.
     */
    get plannerCalls() {
        return this.keysUsed.size + this.liveCalls;
    }
    /** The planner's conditions of epoch `e` under the current ledger, with their key. */
    epochConditions(e) {
        const memoKey = `${e}|${this.ledger.version}`;
        let c = this.conditionsMemo.get(memoKey);
        if (!c) {
            const conditions = conditionsOf(this.epochs[e], this.ledger.exhausted);
            c = { conditions, key: conditionsKey(conditions) };
            this.conditionsMemo.set(memoKey, c);
        }
        return c;
    }
    /**
     * Options for a class of shipment from `from` under the conditions of the epoch at `h`; `relaxed`
     * for a re-plan after a closure or overflow (any open route will do).
     */
    optionsFor(spec, from, h, relaxed = false) {
        const e = epochAt(this.epochs, h);
        // hot path: nested maps on strings that already exist (class key, terminal id) and a slot per
        // epoch; the shared key (with the conditions spelled out) is built only on a miss
        if (this.localVersion !== this.ledger.version) {
            this.local.clear();
            this.localVersion = this.ledger.version;
        }
        let byFrom = this.local.get(spec.class_key);
        if (!byFrom)
            this.local.set(spec.class_key, (byFrom = new Map()));
        let slots = byFrom.get(from);
        if (!slots)
            byFrom.set(from, (slots = []));
        const slot = 2 * e + (relaxed ? 1 : 0);
        const hit = slots[slot];
        if (hit)
            return hit;
        const { conditions, key } = this.epochConditions(e);
        const cacheKey = optionsCacheKey(this.askKey, from, spec.to, spec.class_key, relaxed, key);
        this.keysUsed.add(cacheKey);
        let options = this.shared.get(cacheKey);
        if (!options) {
            options = this.provider({ from, to: spec.to, shipment: spec, relaxed }, conditions, this.startMs + OPTIONS_ASKED_AT_H * 3_600_000);
            this.shared.set(cacheKey, options);
        }
        slots[slot] = options;
        return options;
    }
    /**
     * Options asked at the shipment's own week with the live capacity (isDepartureFull), when every
     * cached option would hold it longer than overflow_replan_h. Per replication, at most
     * scenario.max_live_replans (terminal, class, week) slots (each call ~0.1 s on the built-in
     * network); none left gives no options.
     */
    liveOptionsFor(spec, from, h, relaxed) {
        const week = Math.floor(h / H_PER_WEEK);
        const slot = `${from}|${spec.class_key}|${relaxed ? 'r' : ''}|${week}`;
        // keyed by the conditions themselves (not the epoch index or ledger version), so a cut that
        // changes nothing finds the same entry
        const key = `${slot}|${this.epochConditions(epochAt(this.epochs, h)).key}`;
        let options = this.live.get(key);
        if (!options) {
            // the budget counts slots, so it runs out at the same shipment whatever the conditions in between
            if (!this.liveSlots.has(slot)) {
                if (this.liveSlots.size >= this.scenario.max_live_replans)
                    return [];
                this.liveSlots.add(slot);
            }
            this.liveCalls++;
            this.liveSize = spec.teu_eq;
            // asked at the start of the week, the slot's fixed time, with the capacity booked so far
            options = this.provider({ from, to: spec.to, shipment: spec, relaxed }, this.liveConditionsAt(h), this.startMs + week * H_PER_WEEK * 3_600_000);
            this.live.set(key, options);
        }
        return options;
    }
    /** The conditions at `h` plus a view of which departures have no room for the shipment asked about. */
    liveConditionsAt(h) {
        return {
            ...this.epochConditions(epochAt(this.epochs, h)).conditions,
            isDepartureFull: (serviceId, departMs) => {
                const d = this.departures.get(serviceId);
                if (!d || d.times_h.length === 0)
                    return false;
                const t = (departMs - this.startMs) / 3_600_000;
                const i = firstDepartureAtOrAfter(d.times_h, t - 1 / 60);
                return (i < d.times_h.length &&
                    Math.abs(d.times_h[i] - t) < 1 / 60 &&
                    d.remaining_teu[i] < this.liveSize);
            },
        };
    }
}
//# sourceMappingURL=option-cache.js.map