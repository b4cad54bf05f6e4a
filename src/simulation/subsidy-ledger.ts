/**
 * Subsidies paid during a run, per policy, against each policy's budget. Per TEU, piece or kg is
 * paid once per shipment and policy, at its first matching boarding: a shipment re-planned after a
 * full departure may ride a second subsidised leg (back to the region's terminal and out again),
 * but its boxes or parcels are the same ones and a programme pays for them once. Per trip is paid
 * per truck on road services, to the shipment whose booking puts the truck on the road (on demand,
 * the trucks it hires, TEU_PER_TRUCK per truck; on a scheduled truck line, the trucks its booking
 * adds to the departure's load, so a truck shared by two shipments is one trip), and once per
 * departure of other services (a train), to the operator when its first booking is made: that money
 * reaches no shipment and is kept apart in `toOperators` (reported as
 * subsidy_usd_to_operators_by_policy). So for each policy, `counted` = the `subsidy_usd` of the
 * counted shipments (delivered or not) + `toOperators` (docs/decisions.md D-S6). A payment is made
 * when the shipment leaves on the departure it booked, which it then rides: no booking is paid and
 * then given up. A policy whose budget is spent stops (the engine's conditions then leave it out).
 */
import type { Service } from '../model/index.ts';
import type { ShipmentSpec } from './demand.ts';
import type { SubsidyPolicy } from './scenario.schema.ts';
import type { Epoch } from './timeline.ts';

const TEU_PER_TRUCK = 2;

/** Trucks that carry `teu` TEU (the tolerance keeps sums of parcel shares from opening a truck). */
export function trucksFor(teu: number): number {
  return Math.max(0, Math.ceil(teu / TEU_PER_TRUCK - 1e-9));
}

/** How a boarding meets its departure, for per-trip subsidies. */
export interface TripBooking {
  /** the first booking on a scheduled departure (a train's trip is paid then, to its operator) */
  firstOnDeparture: boolean;
  /** trucks this booking puts on the road (road services) */
  trucks: number;
}

export class SubsidyLedger {
  /** paid per policy over the whole run, warm-up included: what the budgets count */
  readonly spent = new Map<string, number>();
  /** paid per policy for shipments booked after the warm-up: what the results report */
  readonly counted = new Map<string, number>();
  /** the part of `counted` paid per train trip to operators: on no shipment's `subsidy_usd` */
  readonly toOperators = new Map<string, number>();
  readonly exhausted = new Set<string>();
  /** bumps when a policy runs out, so cached route options under the old conditions are not reused */
  version = 0;

  readonly policies: readonly SubsidyPolicy[];
  /** shipments already paid per unit, by policy id */
  private readonly paidShipments = new Map<string, WeakSet<ShipmentSpec>>();

  private readonly countFromH: number;

  /** `countFromH`: the warm-up's end; payments for shipments ready before it are not reported */
  constructor(policies: readonly SubsidyPolicy[], countFromH = 0) {
    this.policies = policies;
    this.countFromH = countFromH;
    for (const p of policies) {
      this.spent.set(p.id, 0);
      this.counted.set(p.id, 0);
      this.toOperators.set(p.id, 0);
      if (p.per !== 'trip') this.paidShipments.set(p.id, new WeakSet());
    }
  }

  /** Pays what applies to `shipment` boarding `service` at `terminal`; returns the part that lowers the shipper's cost. */
  pay(
    epoch: Epoch,
    service: Service,
    terminal: string,
    shipment: ShipmentSpec,
    trip: TripBooking,
  ): number {
    let toShipper = 0;
    for (const p of epoch.policies) {
      if (this.exhausted.has(p.id)) continue;
      if (p.service_kinds && !p.service_kinds.includes(service.kind)) continue;
      if (p.service_ids && !p.service_ids.includes(service.id)) continue;
      if (p.from_terminals && !p.from_terminals.includes(terminal)) continue;
      const paid = this.paidShipments.get(p.id);
      if (paid !== undefined) {
        if (paid.has(shipment)) continue;
        paid.add(shipment);
      }
      let amount = 0;
      let shipper = true;
      if (p.per === 'teu') amount = p.amount_usd * shipment.teu_eq;
      else if (p.per === 'piece') amount = p.amount_usd * (shipment.pieces ?? 0);
      else if (p.per === 'kg') amount = p.amount_usd * (shipment.kg ?? shipment.teu_eq * 10_000);
      else if (service.mode === 'road') amount = p.amount_usd * trip.trucks;
      else if (trip.firstOnDeparture) {
        amount = p.amount_usd; // a train trip: paid to the operator once, not to this shipper
        shipper = false;
      }
      const spent = this.spent.get(p.id) ?? 0;
      if (p.budget_usd !== undefined) amount = Math.min(amount, Math.max(0, p.budget_usd - spent));
      this.spent.set(p.id, spent + amount);
      if (shipment.ready_h >= this.countFromH) {
        this.counted.set(p.id, (this.counted.get(p.id) ?? 0) + amount);
        if (!shipper) this.toOperators.set(p.id, (this.toOperators.get(p.id) ?? 0) + amount);
      }
      if (p.budget_usd !== undefined && spent + amount >= p.budget_usd - 1e-6) {
        this.exhausted.add(p.id);
        this.version++;
      }
      if (shipper) toShipper += amount;
    }
    return toShipper;
  }

  total(): number {
    let t = 0;
    for (const v of this.spent.values()) t += v;
    return t;
  }
}
