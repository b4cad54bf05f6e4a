/**
 * Parcel products (docs/decisions.md C4): a postal or e-commerce line prices a 9610 shipment per
 * piece and per weight, door to door as sold, on one ride from where it takes the parcels in to where
 * it delivers them. Pieces are taken as equal (the shipment's kg and m³ shared out); each pays for its
 * chargeable weight by the product's weight bands or weight steps.
 */
import type { CustomsRegime, ParcelTariff } from '../model/index.ts';
import type { ShipmentUnits } from './shipment-units.ts';
/** A 9610 shipment that gives its pieces: what a parcel tariff prices. */
export declare function isParcelShipment(u: ShipmentUnits, regime: CustomsRegime): boolean;
/** Chargeable weight of one piece under the product's rule. */
export declare function pieceChargeableKg(t: ParcelTariff, u: ShipmentUnits): number;
/**
 * The first of `bands` (rising by weight) that takes a piece of `kg`, or undefined when the piece is
 * heavier than the last: a rate's bands and a carrier's delivery bands alike.
 */
export declare function bandFor<B extends {
    readonly up_to_kg: number;
}>(bands: readonly B[], kg: number): B | undefined;
/** Why the product does not take the shipment's pieces, or null when it does. */
export declare function parcelRefusal(t: ParcelTariff, u: ShipmentUnits): string | null;
/** Price of the whole shipment on the product (before conditions); null when it is not taken. */
export declare function parcelUsd(t: ParcelTariff, u: ShipmentUnits): number | null;
/** "per piece + per kg" or "per first 0.5 kg + each further 0.5 kg": the basis, in words. */
export declare function parcelBasisText(t: ParcelTariff): string;
//# sourceMappingURL=parcel.d.ts.map