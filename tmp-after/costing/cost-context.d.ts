/**
 * What the cost models know about one query: the shipment in tariff units, cargo flags, regime,
 * conditions, value of time and carbon price. Built once per query, read on every edge.
 */
import type { CargoFlag, Conditions, CustomsRegime, LithiumUn, NetworkManifest, RouteQuery } from '../model/index.ts';
import { type ShipmentUnits } from './shipment-units.ts';
/**
 * Assumption: holding cost of goods in transit, 15 % of their value a year (cost of capital plus
 * obsolescence), used for the value of time when the query gives a value but no value of time.
 */
export declare const ANNUAL_HOLDING_RATE = 0.15;
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
export declare function createCostContext(manifest: NetworkManifest, query: RouteQuery, conditions?: Conditions): CostContext;
/**
 * Generalized cost = money + value of time × hours + carbon price × CO2e (glossary in
 * docs/decisions.md): the one formula, used by every search and the route builder (R16).
 */
export declare function generalizedCostUsd(ctx: CostContext, moneyUsd: number, hours: number, co2eKg: number): number;
/**
 * The time objective's score in hours: arrival + the transfer penalty × changes of service (R28).
 * The one formula, used by the label search's key, the ranking of built and split routes.
 */
export declare function timeScoreH(arriveH: number, changes: number, transferPenaltyH: number): number;
//# sourceMappingURL=cost-context.d.ts.map