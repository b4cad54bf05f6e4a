/**
 * What the cost models know about one query: the shipment in tariff units, cargo flags, regime,
 * conditions, value of time and carbon price. Built once per query, read on every edge.
 */
import type { CargoFlag, Conditions, CustomsRegime, NetworkManifest, RouteQuery } from '../model/index.ts';
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
  readonly regime: CustomsRegime;
  readonly conditions: Conditions;
  /** USD per hour door to door, for the generalized cost */
  readonly valueOfTimeUsdPerH: number;
  /** USD per kg CO2e (the query gives USD per tonne) */
  readonly carbonUsdPerKg: number;
}

export function createCostContext(manifest: NetworkManifest, query: RouteQuery, conditions: Conditions = {}): CostContext {
  const s = query.shipment;
  const vot =
    query.value_of_time_usd_per_h ?? (s.value_usd !== undefined ? (s.value_usd * ANNUAL_HOLDING_RATE) / HOURS_PER_YEAR : 0);
  return {
    manifest,
    units: shipmentUnits(s, manifest),
    cargo: new Set(s.cargo),
    regime: s.regime,
    conditions,
    valueOfTimeUsdPerH: vot,
    carbonUsdPerKg: query.carbon_price_usd_per_t / 1000,
  };
}

/** Generalized cost = money + value of time × hours + carbon price × CO2e (glossary in docs/decisions.md). */
export function generalizedCostUsd(ctx: CostContext, moneyUsd: number, hours: number, co2eKg: number): number {
  return moneyUsd + ctx.valueOfTimeUsdPerH * hours + ctx.carbonUsdPerKg * co2eKg;
}
