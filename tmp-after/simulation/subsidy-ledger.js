const TEU_PER_TRUCK = 2;
/** Trucks that carry `teu` TEU (the tolerance keeps sums of parcel shares from opening a truck). */
export function trucksFor(teu) {
    return Math.max(0, Math.ceil(teu / TEU_PER_TRUCK - 1e-9));
}
export class SubsidyLedger {
    /** paid per policy over the whole run, warm-up included: what the budgets count */
    spent = new Map();
    /** paid per policy for shipments booked after the warm-up: what the results report */
    counted = new Map();
    /** the part of `counted` paid per train trip to operators: on no shipment's `subsidy_usd` */
    toOperators = new Map();
    exhausted = new Set();
    /** bumps when a policy runs out, so cached route options under the old conditions are not reused */
    version = 0;
    policies;
    /** shipments already paid per unit, by policy id */
    paidShipments = new Map();
    countFromH;
    /** `countFromH`: the warm-up's end; payments for shipments ready before it are not reported */
    constructor(policies, countFromH = 0) {
        this.policies = policies;
        this.countFromH = countFromH;
        for (const p of policies) {
            this.spent.set(p.id, 0);
            this.counted.set(p.id, 0);
            this.toOperators.set(p.id, 0);
            if (p.per !== 'trip')
                this.paidShipments.set(p.id, new WeakSet());
        }
    }
    /** Pays what applies to `shipment` boarding `service` at `terminal`; returns the part that lowers the shipper's cost. */
    pay(epoch, service, terminal, shipment, trip) {
        let toShipper = 0;
        for (const p of epoch.policies) {
            if (this.exhausted.has(p.id))
                continue;
            if (p.service_kinds && !p.service_kinds.includes(service.kind))
                continue;
            if (p.service_ids && !p.service_ids.includes(service.id))
                continue;
            if (p.from_terminals && !p.from_terminals.includes(terminal))
                continue;
            const paid = this.paidShipments.get(p.id);
            if (paid !== undefined) {
                if (paid.has(shipment))
                    continue;
                paid.add(shipment);
            }
            let amount = 0;
            let shipper = true;
            if (p.per === 'teu')
                amount = p.amount_usd * shipment.teu_eq;
            else if (p.per === 'piece')
                amount = p.amount_usd * (shipment.pieces ?? 0);
            else if (p.per === 'kg')
                amount = p.amount_usd * (shipment.kg ?? shipment.teu_eq * 10_000);
            else if (service.mode === 'road')
                amount = p.amount_usd * trip.trucks;
            else if (trip.firstOnDeparture) {
                amount = p.amount_usd; // a train trip: paid to the operator once, not to this shipper
                shipper = false;
            }
            const spent = this.spent.get(p.id) ?? 0;
            if (p.budget_usd !== undefined)
                amount = Math.min(amount, Math.max(0, p.budget_usd - spent));
            this.spent.set(p.id, spent + amount);
            if (shipment.ready_h >= this.countFromH) {
                this.counted.set(p.id, (this.counted.get(p.id) ?? 0) + amount);
                if (!shipper)
                    this.toOperators.set(p.id, (this.toOperators.get(p.id) ?? 0) + amount);
            }
            if (p.budget_usd !== undefined && spent + amount >= p.budget_usd - 1e-6) {
                this.exhausted.add(p.id);
                this.version++;
            }
            if (shipper)
                toShipper += amount;
        }
        return toShipper;
    }
    total() {
        let t = 0;
        for (const v of this.spent.values())
            t += v;
        return t;
    }
}
//# sourceMappingURL=subsidy-ledger.js.map