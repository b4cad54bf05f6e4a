/**
 * The last mile of a parcel shipment (docs/decisions.md C6): a 9610 shipment with pieces must reach
 * each recipient's door. A parcel product is priced door to door (C4); a route on other services ends
 * at a terminal and pays the destination country's domestic parcel delivery for each piece, by the
 * band of its actual weight (pieces taken as equal, the shipment's kg shared out).
 */
import type { ParcelDelivery, ParcelDeliveryBand } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
import { isParcelShipment } from './parcel.ts';

/** tolerance at a band's upper weight: 2.0000000001 kg is in the 2 kg band */
const KG_EPS = 1e-9;

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

/**
 * The last-mile charge of the shipment in `country`: null when it is not a parcel shipment, when the
 * network files no delivery for the country, or when a piece is heavier than its heaviest band.
 */
export function parcelDeliveryCharge(
  cost: CostContext,
  country: string,
): ParcelDeliveryCharge | null {
  const u = cost.units;
  if (!isParcelShipment(u, cost.regime)) return null;
  const rule = cost.manifest.parcel_delivery?.find((r) => r.country === country);
  if (!rule) return null;
  const kgPerPiece = u.kg / u.pieces;
  const band = rule.bands.find((b) => kgPerPiece <= b.up_to_kg + KG_EPS);
  if (!band) return null;
  return {
    rule,
    band,
    pieces: u.pieces,
    kgPerPiece,
    usdPerPiece: band.usd_per_piece,
    usd: band.usd_per_piece * u.pieces,
  };
}

/** Why a parcel shipment's last mile in a country has no price: no rate filed, or pieces too heavy. */
export type ParcelDeliveryGap =
  | { readonly reason: 'no_rate'; readonly kgPerPiece: number }
  | {
      readonly reason: 'over_heaviest_band';
      readonly kgPerPiece: number;
      readonly heaviestKg: number;
      readonly carrier: string;
    };

/**
 * The gap that leaves a parcel shipment's last mile in `country` unpriced, or null when it is priced
 * (or the shipment is not parcels). The route still answers; the planner says the delivery is not in
 * its cost rather than let it pass as free.
 */
export function parcelDeliveryGap(cost: CostContext, country: string): ParcelDeliveryGap | null {
  const u = cost.units;
  if (!isParcelShipment(u, cost.regime)) return null;
  const kgPerPiece = u.kg / u.pieces;
  const rule = cost.manifest.parcel_delivery?.find((r) => r.country === country);
  if (!rule) return { reason: 'no_rate', kgPerPiece };
  const heaviestKg = Math.max(...rule.bands.map((b) => b.up_to_kg));
  if (kgPerPiece <= heaviestKg + KG_EPS) return null;
  return { reason: 'over_heaviest_band', kgPerPiece, heaviestKg, carrier: rule.carrier };
}
