import { warmupHoursOf } from "./timeline.js";
const round = (x, digits = 4) => Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : 0;
/** The p-quantile of sorted values (linear interpolation between closest ranks). */
function quantile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const pos = (sorted.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
export class KpiCollector {
    shipments = 0;
    teuIn = 0;
    deliveredN = 0;
    deliveredTeu = 0;
    transit = [];
    cost = 0;
    co2e = 0;
    onTime = 0;
    replans = 0;
    strandedN = 0;
    byMode = new Map();
    byCorridor = new Map();
    scenario;
    network;
    inTransitTeu = 0;
    deliveredTransitTeuH = 0;
    /** hours of the warm-up: shipments booked before are simulated, not counted */
    warmupH;
    latenessH = 0;
    subsidyUsd = 0;
    constructor(scenario, network) {
        this.scenario = scenario;
        this.network = network;
        this.warmupH = warmupHoursOf(scenario);
    }
    /** whether the shipment counts: booked after the warm-up */
    counts(spec) {
        return spec.ready_h >= this.warmupH;
    }
    arrived(spec) {
        if (!this.counts(spec))
            return;
        this.shipments++;
        this.teuIn += spec.teu_eq;
    }
    delivered(spec, option, atH, promisedH, costUsd, co2eKg) {
        if (!this.counts(spec))
            return;
        this.deliveredN++;
        this.deliveredTeu += spec.teu_eq;
        this.transit.push(atH - spec.ready_h);
        this.deliveredTransitTeuH += (atH - spec.ready_h) * spec.teu_eq;
        this.cost += costUsd;
        this.co2e += co2eKg;
        if (promisedH < 0 || atH <= promisedH + 1e-9)
            this.onTime++;
        else
            this.latenessH += atH - promisedH;
        this.byMode.set(option.main_mode, (this.byMode.get(option.main_mode) ?? 0) + spec.teu_eq);
        this.byCorridor.set(option.corridor_label, (this.byCorridor.get(option.corridor_label) ?? 0) + spec.teu_eq);
    }
    replanned(spec) {
        if (this.counts(spec))
            this.replans++;
    }
    /** what the subsidy paid towards this shipment */
    subsidised(spec, usd) {
        if (this.counts(spec))
            this.subsidyUsd += usd;
    }
    /** an undelivered shipment that had left on its first departure by the horizon's end */
    inTransit(spec) {
        if (this.counts(spec))
            this.inTransitTeu += spec.teu_eq;
    }
    undeliveredAgeTeuH = 0;
    undeliveredCost = 0;
    /**
     * a shipment not delivered by the horizon's end (`endH`), with what it has paid so far: its age
     * counts in the time per TEU offered (as a lower bound: it is not there yet) and its cost in the
     * cost per TEU offered, so stranding cargo cannot make the averages look better
     */
    undelivered(spec, costSoFarUsd, endH) {
        if (!this.counts(spec))
            return;
        this.undeliveredAgeTeuH += Math.max(0, endH - spec.ready_h) * spec.teu_eq;
        this.undeliveredCost += costSoFarUsd;
    }
    stranded(spec) {
        if (this.counts(spec))
            this.strandedN++;
    }
    result(x) {
        const sorted = Float64Array.from(this.transit).sort();
        const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
        const share = (m) => {
            const out = {};
            for (const key of [...m.keys()].sort())
                out[key] = round(m.get(key) / (this.deliveredTeu || 1));
            return out;
        };
        const utilisation = {};
        for (const [id, d] of [...x.departures].sort(([a], [b]) => a.localeCompare(b))) {
            let offered = 0;
            let booked = 0;
            for (let i = 0; i < d.times_h.length; i++) {
                if (!Number.isFinite(d.offered_teu[i]) || d.times_h[i] < this.warmupH)
                    continue;
                offered += d.offered_teu[i];
                booked += d.offered_teu[i] - d.remaining_teu[i];
            }
            if (offered > 0)
                utilisation[id] = round(booked / offered);
        }
        const borderQueues = {};
        for (const [id, q] of [...x.queues].sort(([a], [b]) => a.localeCompare(b))) {
            if (q.units === 0)
                continue;
            const byDay = q.queueByDay(x.horizonDays);
            borderQueues[id] = {
                unit: this.network.borders.get(id)?.capacity_per_day?.unit ?? 'unlimited',
                by_day: byDay,
                // the longest queue after the warm-up (the series itself keeps every day)
                max: Math.max(0, ...byDay.slice(Math.ceil(this.warmupH / 24))),
                mean_wait_h: round(q.waits_h / q.units, 2),
            };
        }
        const subsidies = {};
        for (const [id, v] of x.ledger.counted)
            subsidies[id] = round(v, 2);
        const toOperators = {};
        for (const [id, v] of x.ledger.toOperators)
            toOperators[id] = round(v, 2);
        return {
            replication: x.replication,
            seed: x.seed,
            kpis: {
                shipments: this.shipments,
                delivered_shipments: this.deliveredN,
                delivered_teu: round(this.deliveredTeu, 2),
                backlog_shipments: this.shipments - this.deliveredN,
                backlog_teu: round(this.teuIn - this.deliveredTeu, 2),
                backlog_in_transit_teu: round(this.inTransitTeu, 2),
                backlog_age_mean_days: round(this.undeliveredAgeTeuH / 24 / (this.teuIn - this.deliveredTeu || 1)),
                transit_mean_days: round(mean / 24),
                transit_p50_days: round(quantile(sorted, 0.5) / 24),
                transit_p90_days: round(quantile(sorted, 0.9) / 24),
                cost_usd_per_teu: round(this.cost / (this.deliveredTeu || 1), 2),
                co2e_kg_per_teu: round(this.co2e / (this.deliveredTeu || 1), 2),
                time_in_system_days_per_teu_offered: round((this.deliveredTransitTeuH + this.undeliveredAgeTeuH) / 24 / (this.teuIn || 1)),
                cost_usd_per_teu_offered: round((this.cost + this.undeliveredCost) / (this.teuIn || 1), 2),
                on_time_share: round(this.onTime / (this.deliveredN || 1)),
                lateness_mean_days: round(this.latenessH / 24 / (this.deliveredN || 1)),
                subsidy_usd: round(this.subsidyUsd, 2),
                replanned_shipments: this.replans,
                stranded_shipments: this.strandedN,
                planner_calls: x.plannerCalls,
            },
            mode_share: share(this.byMode),
            corridor_share: share(this.byCorridor),
            service_utilisation: utilisation,
            border_queues: borderQueues,
            subsidy_usd_by_policy: subsidies,
            subsidy_usd_to_operators_by_policy: toOperators,
        };
    }
}
//# sourceMappingURL=kpis.js.map