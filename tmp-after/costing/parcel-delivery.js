import { bandFor, isParcelShipment } from "./parcel.js";
/**
 * The last mile of the shipment in `country`: its charge, or the gap that leaves it unpriced (no
 * rate filed for the country, or a piece heavier than the carrier's heaviest band; the route still
 * answers and the planner says the delivery is not in its cost), or neither when the shipment is not
 * parcels.
 */
export function parcelLastMile(cost, country) {
    const u = cost.units;
    if (!isParcelShipment(u, cost.regime))
        return { charge: null, gap: null };
    const kgPerPiece = u.kg / u.pieces;
    const rule = cost.manifest.parcel_delivery?.find((r) => r.country === country);
    if (!rule)
        return { charge: null, gap: { reason: 'no_rate', kgPerPiece } };
    const band = bandFor(rule.bands, kgPerPiece);
    if (!band) {
        // bands rise (the schema checks it): the last is the heaviest
        const heaviestKg = rule.bands.at(-1).up_to_kg;
        const gap = {
            reason: 'over_heaviest_band',
            kgPerPiece,
            heaviestKg,
            carrier: rule.carrier,
            carrier_zh: rule.carrier_zh,
        };
        return { charge: null, gap };
    }
    const charge = {
        rule,
        band,
        pieces: u.pieces,
        kgPerPiece,
        usdPerPiece: band.usd_per_piece,
        usd: band.usd_per_piece * u.pieces,
    };
    return { charge, gap: null };
}
//# sourceMappingURL=parcel-delivery.js.map