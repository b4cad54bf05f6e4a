import { shipmentUnits } from "./shipment-units.js";
/**
 * Assumption: holding cost of goods in transit, 15 % of their value a year (cost of capital plus
 * obsolescence), used for the value of time when the query gives a value but no value of time.
 */
export const ANNUAL_HOLDING_RATE = 0.15;
const HOURS_PER_YEAR = 8760;
export function createCostContext(manifest, query, conditions = {}) {
    const s = query.shipment;
    const units = shipmentUnits(s, manifest);
    const v = valueOfTime(query, manifest, units.teuEq);
    return {
        manifest,
        units,
        cargo: new Set(s.cargo),
        dgClass: s.dg_class,
        lithiumUn: s.lithium_un ?? 'UN3480',
        regime: s.regime,
        conditions,
        valueOfTimeUsdPerH: v.usdPerH,
        valueOfTimeSource: v.source,
        cargoValueUsd: v.cargoValueUsd,
        carbonUsdPerKg: query.carbon_price_usd_per_t / 1000,
        transferPenaltyH: query.transfer_penalty_h,
    };
}
/**
 * Value of time: the query's, else the holding cost of the shipment's declared value, else of the
 * network's cargo value per TEU × the shipment's TEU equivalent (loose cargo pro rata by weight via
 * cargo_t_per_teu), else 0.
 */
function valueOfTime(query, manifest, teuEq) {
    if (query.value_of_time_usd_per_h !== undefined)
        return { usdPerH: query.value_of_time_usd_per_h, source: 'query', cargoValueUsd: undefined };
    const declared = query.shipment.value_usd;
    if (declared !== undefined)
        return { usdPerH: holdingUsdPerH(declared), source: 'shipment_value', cargoValueUsd: declared };
    const perTeu = manifest.cargo_value_usd_per_teu?.value;
    if (perTeu !== undefined && perTeu > 0 && teuEq > 0) {
        const value = teuEq * perTeu;
        return { usdPerH: holdingUsdPerH(value), source: 'network_default', cargoValueUsd: value };
    }
    return { usdPerH: 0, source: 'none', cargoValueUsd: undefined };
}
function holdingUsdPerH(valueUsd) {
    return (valueUsd * ANNUAL_HOLDING_RATE) / HOURS_PER_YEAR;
}
/**
 * Generalized cost = money + value of time × hours + carbon price × CO2e (glossary in
 * docs/decisions.md): the one formula, used by every search and the route builder (R16).
 */
export function generalizedCostUsd(ctx, moneyUsd, hours, co2eKg) {
    return moneyUsd + ctx.valueOfTimeUsdPerH * hours + ctx.carbonUsdPerKg * co2eKg;
}
/**
 * The time objective's score in hours: arrival + the transfer penalty × changes of service (R28).
 * The one formula, used by the label search's key, the ranking of built and split routes.
 */
export function timeScoreH(arriveH, changes, transferPenaltyH) {
    return arriveH + transferPenaltyH * changes;
}
//# sourceMappingURL=cost-context.js.map