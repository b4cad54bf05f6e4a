/**
 * The last mile of a parcel shipment (docs/decisions.md C6): a 9610 shipment with pieces must reach
 * each recipient's door. A parcel product is priced door to door (C4); a route on other services ends
 * at a terminal and pays the destination country's domestic parcel delivery for each piece, by the
 * band of its actual weight (pieces taken as equal, the shipment's kg shared out).
 */
import type { ParcelDelivery, ParcelDeliveryBand } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
/** What delivering the shipment's pieces in one country costs, and by which rule and band. */
export interface ParcelDeliveryCharge {
    readonly rule: ParcelDelivery;
    readonly band: ParcelDeliveryBand;
    readonly pieces: number;
    readonly kgPerPiece: number;
    readonly usdPerPiece: number;
    /** usdPerPiece × pieces */
    readonly usd: number;
}
/** Why a parcel shipment's last mile in a country has no price: no rate filed, or pieces too heavy. */
export type ParcelDeliveryGap = {
    readonly reason: 'no_rate';
    readonly kgPerPiece: number;
} | {
    readonly reason: 'over_heaviest_band';
    readonly kgPerPiece: number;
    readonly heaviestKg: number;
    readonly carrier: string;
    readonly carrier_zh: string;
};
/**
 * The last mile of the shipment in `country`: its charge, or the gap that leaves it unpriced (no
 * rate filed for the country, or a piece heavier than the carrier's heaviest band; the route still
 * answers and the planner says the delivery is not in its cost), or neither when the shipment is not
 * parcels.
 */
export declare function parcelLastMile(cost: CostContext, country: string): {
    charge: ParcelDeliveryCharge | null;
    gap: ParcelDeliveryGap | null;
};
//# sourceMappingURL=parcel-delivery.d.ts.map