/**
 * What the planner says about a parcel shipment's last mile (docs/decisions.md C6): when the first
 * route's ride into the destination is not a parcel product, the route pays the destination's
 * domestic parcel delivery per piece; the notice names the ride, the rate and its sources.
 */
import { isParcelProduct } from "../model/index.js";
const usdText = (x) => `USD ${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
/**
 * The notice for the first route's last-mile delivery, or none when it rides a parcel product to the
 * door. When the network has no price for the delivery (no rate filed for the country, or pieces
 * heavier than its carrier's heaviest band) the route's cost leaves it out, and the notice says so.
 */
export function parcelDeliveryNotices(route, ctx, network) {
    const charge = ctx.parcelDelivery;
    if (charge === null)
        return unpricedDeliveryNotices(route, ctx, network);
    const leg = route.legs.find((l) => (l.parcel_delivery_usd ?? 0) > 0);
    if (!leg)
        return [];
    const { rule, band } = charge;
    const sources = [...[band.source ?? []].flat(), ...(band.assumption ? ['assumption'] : [])];
    const usd = Math.round(leg.parcel_delivery_usd * 100) / 100;
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
                carrier_zh: rule.carrier_zh,
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
/** The notice for a last mile the network cannot price; none when the route ends on a parcel product. */
function unpricedDeliveryNotices(route, ctx, network) {
    const last = route.legs.at(-1);
    if (!last)
        return [];
    const service = network.services.get(last.service_id);
    if (service && isParcelProduct(service))
        return [];
    const gap = ctx.parcelDeliveryGap;
    if (gap === null)
        return [];
    const pieces = ctx.cost.units.pieces;
    const kg = Math.round(gap.kgPerPiece * 1000) / 1000;
    const at = `the first route ends at ${last.to.id} on ${last.service_id}, not on a parcel product`;
    if (gap.reason === 'no_rate')
        return [
            {
                code: 'PARCEL_DELIVERY_NO_RATE',
                params: {
                    service: last.service_id,
                    terminal: last.to.id,
                    country: route.to.country,
                    pieces,
                },
                text: `parcel delivery not priced: ${at}, and the network files no parcel delivery rate for ${route.to.country}; the ${pieces} parcel(s) still need delivery to their doors, which the route's cost leaves out`,
            },
        ];
    return [
        {
            code: 'PARCEL_PIECE_OVER_DELIVERY_LIMIT',
            params: {
                service: last.service_id,
                terminal: last.to.id,
                country: route.to.country,
                carrier: gap.carrier,
                carrier_zh: gap.carrier_zh,
                pieces,
                kg_per_piece: kg,
                heaviest_kg: gap.heaviestKg,
            },
            text: `parcel delivery not priced: ${at}, and its pieces of ${kg} kg are heavier than ${gap.carrier} delivers (up to ${gap.heaviestKg} kg in ${route.to.country}); they go on as freight, whose delivery the route's cost leaves out`,
        },
    ];
}
//# sourceMappingURL=parcel-delivery-notices.js.map