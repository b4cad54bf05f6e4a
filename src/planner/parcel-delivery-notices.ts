/**
 * What the planner says about a parcel shipment's last mile (docs/decisions.md C6): when the first
 * route's ride into the destination is not a parcel product, the route pays the destination's
 * domestic parcel delivery per piece; the notice names the ride, the rate and its sources.
 */
import type { Notice, Route } from '../model/index.ts';
import type { SearchContext } from '../routing/index.ts';

const usdText = (x: number): string =>
  `USD ${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** The notice for the first route's last-mile delivery, or none when it rides a parcel product to the door. */
export function parcelDeliveryNotices(route: Route, ctx: SearchContext): Notice[] {
  const charge = ctx.parcelDelivery;
  if (charge === null) return [];
  const leg = route.legs.find((l) => (l.parcel_delivery_usd ?? 0) > 0);
  if (!leg) return [];
  const { rule, band } = charge;
  const sources = [...[band.source ?? []].flat(), ...(band.assumption ? ['assumption'] : [])];
  const usd = Math.round(leg.parcel_delivery_usd! * 100) / 100;
  const perPiece = Math.round(charge.usdPerPiece * 100) / 100;
  const kg = Math.round(charge.kgPerPiece * 1000) / 1000;
  return [
    {
      code: 'PARCEL_DELIVERY',
      params: {
        service: leg.service_id,
        terminal: leg.to.id,
        country: rule.country,
        carrier: rule.carrier,
        pieces: charge.pieces,
        kg_per_piece: kg,
        up_to_kg: band.up_to_kg,
        usd_per_piece: perPiece,
        usd,
        sources,
      },
      text: `parcel delivery: the first route ends at ${leg.to.id} on ${leg.service_id}, not on a parcel product, so each parcel still goes to its door: ${charge.pieces} × ${usdText(perPiece)} (${rule.carrier} in ${rule.country}, pieces up to ${band.up_to_kg} kg; ${kg} kg each) = ${usdText(usd)} (${sources.join(', ')})`,
    },
  ];
}
