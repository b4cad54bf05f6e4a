/**
 * Surcharges special cargo pays on a ride (docs/decisions.md C3): the network files them per mode and
 * cargo flag (network.yaml `special_cargo_surcharges`), each priced like a tariff entry. A ride of a
 * mode pays, for each flag of the shipment, the rates filed for that mode and flag. Lithium batteries
 * are dangerous goods of class 9: a shipment flagged as both pays the larger of the two, not both.
 * A rate is per unit (priced like a tariff entry) or a share of the ride's line haul (C5: the slots
 * an out-of-gauge box takes). Asked once per mode per query; the search reads the answers from two
 * typed arrays and adds share × line haul per ride.
 */
import type { CargoFlag, Mode, SpecialCargoLeadTime, SpecialCargoSurcharge } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
/** A surcharge priced per unit, like a tariff entry. */
export type PerUnitSurcharge = SpecialCargoSurcharge & {
    unit: NonNullable<SpecialCargoSurcharge['unit']>;
    usd: number;
};
/**
 * What one flag of the shipment costs on one ride of a mode: USD per ride plus a share of the
 * ride's line haul, and the rates that price them.
 */
interface SpecialCargoCharge {
    readonly mode: Mode;
    readonly cargo: CargoFlag;
    readonly usd: number;
    readonly share: number;
    /** the per-unit rates filed for the mode and flag */
    readonly rates: readonly PerUnitSurcharge[];
    /** the line-haul share filed for the mode and flag, if any */
    readonly shareRate: SpecialCargoSurcharge | undefined;
}
/** The surcharges one ride of `mode` pays for this shipment, one per flag that has a rate (> 0). */
export declare function specialCargoCharges(mode: Mode, ctx: CostContext): SpecialCargoCharge[];
/**
 * What one ride of `mode` pays in special-cargo surcharges for this shipment: `usd` per ride plus
 * `share` × the ride's line haul.
 */
export declare function specialCargoRide(mode: Mode, ctx: CostContext): {
    usd: number;
    share: number;
};
/** What a ride's special cargo waits for before it may leave (decisions C14). */
export interface RideLeadTimes {
    /** hours from the booking until the ride may leave: the longest entry that applies (0: none) */
    readonly hours: number;
    /** every entry that applies to the ride, in flag order */
    readonly entries: readonly SpecialCargoLeadTime[];
    /** the entries of `hours`: the ones that hold the ride (several only when they tie) */
    readonly binding: readonly SpecialCargoLeadTime[];
}
/**
 * The one rule of decisions C14 for a ride of `mode` stopping in `countries` (its boarding stop,
 * the stops it passes and its alighting stop): the entries that apply to it are those
 * `specialCargoLeadTimes` gives for these countries, the ride leaves no sooner than the longest of
 * them after the booking, and that longest entry (or the entries tying with it) is the one that
 * holds it. The search, the itinerary's wait and the notices all read it from here.
 */
export declare function rideLeadTimes(mode: Mode, ctx: CostContext, countries: Iterable<string>): RideLeadTimes;
export {};
//# sourceMappingURL=special-cargo.d.ts.map