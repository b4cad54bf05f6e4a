/**
 * What the cost models know about one query: the shipment in tariff units, cargo flags, regime,
 * conditions, value of time and carbon price. Built once per query, read on every edge.
 */
import type {
  CargoFlag,
  Conditions,
  CustomsRegime,
  LithiumUn,
  NetworkManifest,
  RouteQuery,
} from '../model/index.ts';
import { shipmentUnits, type ShipmentUnits } from './shipment-units.ts';

/**
 * Assumption: holding cost of goods in transit, 15 % of their value a year (cost of capital plus
 * obsolescence), used for the value of time when the query gives a value but no value of time.
 */
export const ANNUAL_HOLDING_RATE = 0.15;
const HOURS_PER_YEAR = 8760;

export interface CostContext {
  readonly manifest: NetworkManifest;
  readonly units: ShipmentUnits;
  readonly cargo: ReadonlySet<CargoFlag>;
  /** the DG class of the shipment, when given */
  readonly dgClass: number | undefined;
  /** the UN number of lithium batteries shipped (UN3480 when not given, the stricter) */
  readonly lithiumUn: LithiumUn;
  readonly regime: CustomsRegime;
  readonly conditions: Conditions;
  /** USD per hour door to door, for the generalized cost */
  readonly valueOfTimeUsdPerH: number;
  /**
   * Where the value of time comes from: the query's value of time, the shipment's declared value,
   * the network's cargo value per TEU × the shipment's TEU equivalent, or none (0).
   */
  readonly valueOfTimeSource: 'query' | 'shipment_value' | 'network_default' | 'none';
  /** cargo value the value of time was derived from (USD), when it was derived */
  readonly cargoValueUsd: number | undefined;
  /** USD per kg CO2e (the query gives USD per tonne) */
  readonly carbonUsdPerKg: number;
  /** hours a change of service counts for in the time objective's ranking (the query's) */
  readonly transferPenaltyH: number;
}

export function createCostContext(
  manifest: NetworkManifest,
  query: RouteQuery,
  conditions: Conditions = {},
): CostContext {
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
function valueOfTime(
  query: RouteQuery,
  manifest: NetworkManifest,
  teuEq: number,
): {
  usdPerH: number;
  source: CostContext['valueOfTimeSource'];
  cargoValueUsd: number | undefined;
} {
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

function holdingUsdPerH(valueUsd: number): number {
  return (valueUsd * ANNUAL_HOLDING_RATE) / HOURS_PER_YEAR;
}

/**
 * Generalized cost = money + value of time × hours + carbon price × CO2e (glossary in
 * docs/decisions.md): the one formula, used by every search and the route builder (R16).
 */
export function generalizedCostUsd(
  ctx: CostContext,
  moneyUsd: number,
  hours: number,
  co2eKg: number,
): number {
  return moneyUsd + ctx.valueOfTimeUsdPerH * hours + ctx.carbonUsdPerKg * co2eKg;
}

/**
 * The time objective's score in hours: arrival + the transfer penalty × changes of service (R28).
 * The one formula, used by the label search's key, the ranking of built and split routes.
 */
export function timeScoreH(arriveH: number, changes: number, transferPenaltyH: number): number {
  return arriveH + transferPenaltyH * changes;
}
