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
/** Trucks that carry `teu` TEU (the tolerance keeps sums of parcel shares from opening a truck). */
export declare function trucksFor(teu: number): number;
/** How a boarding meets its departure, for per-trip subsidies. */
export interface TripBooking {
    /** the first booking on a scheduled departure (a train's trip is paid then, to its operator) */
    firstOnDeparture: boolean;
    /** trucks this booking puts on the road (road services) */
    trucks: number;
}
export declare class SubsidyLedger {
    /** paid per policy over the whole run, warm-up included: what the budgets count */
    readonly spent: Map<string, number>;
    /** paid per policy for shipments booked after the warm-up: what the results report */
    readonly counted: Map<string, number>;
    /** the part of `counted` paid per train trip to operators: on no shipment's `subsidy_usd` */
    readonly toOperators: Map<string, number>;
    readonly exhausted: Set<string>;
    /** bumps when a policy runs out, so cached route options under the old conditions are not reused */
    version: number;
    readonly policies: readonly SubsidyPolicy[];
    /** shipments already paid per unit, by policy id */
    private readonly paidShipments;
    private readonly countFromH;
    /** `countFromH`: the warm-up's end; payments for shipments ready before it are not reported */
    constructor(policies: readonly SubsidyPolicy[], countFromH?: number);
    /** Pays what applies to `shipment` boarding `service` at `terminal`; returns the part that lowers the shipper's cost. */
    pay(epoch: Epoch, service: Service, terminal: string, shipment: ShipmentSpec, trip: TripBooking): number;
    total(): number;
}
//# sourceMappingURL=subsidy-ledger.d.ts.map