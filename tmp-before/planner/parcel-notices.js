/**
 * What the planner says about parcel products (docs/decisions.md C4): for the first route, one notice
 * per ride on a parcel product, naming the product, its tariff basis (per piece + per kg, or weight
 * steps), the chargeable weight of a piece, the price and its sources (or that it is an assumption).
 */
import { isParcelShipment, parcelBasisText, parcelTariffUsd, pieceChargeableKg, } from "../costing/index.js";
import { isParcelProduct } from "../model/index.js";
const usdText = (x) => `USD ${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
/** Notices naming the parcel product each ride of the first route is priced on. */
export function parcelNotices(route, network, cost) {
    if (!isParcelShipment(cost.units, cost.regime))
        return [];
    const notices = [];
    for (const leg of route.legs) {
        const service = network.services.get(leg.service_id);
        if (!service || !isParcelProduct(service))
            continue;
        const t = service.parcel_tariffs?.find((p) => p.from.includes(leg.from.id) && p.to.includes(leg.to.id));
        if (!t)
            continue;
        const usd = Math.round(parcelTariffUsd(service, t, cost) * 100) / 100;
        const kg = Math.round(pieceChargeableKg(t, cost.units) * 1000) / 1000;
        const sources = [...[t.source ?? []].flat(), ...(t.assumption ? ['assumption'] : [])];
        const basis = parcelBasisText(t);
        notices.push({
            code: 'PARCEL_TARIFF',
            params: {
                service: service.id,
                product: t.product,
                product_zh: t.product_zh,
                basis: t.rate.kind,
                first_kg: t.rate.kind === 'steps' ? t.rate.first_kg : 0,
                step_kg: t.rate.kind === 'steps' ? t.rate.step_kg : 0,
                divisor: t.chargeable.volumetric_divisor_cm3_per_kg ?? 0,
                pieces: cost.units.pieces,
                chargeable_kg: kg,
                usd,
                sources,
            },
            text: `${leg.from.id} → ${leg.to.id} priced on the parcel product ${t.product}: ${basis}; ${cost.units.pieces} piece${cost.units.pieces > 1 ? 's' : ''} of ${kg} kg chargeable, ${usdText(usd)} door to door, no per-leg minimums (${sources.join(', ')})`,
        });
    }
    return notices;
}
//# sourceMappingURL=parcel-notices.js.map