/**
 * Charges outside the line haul: handling at transfers, border fees and gauge change, customs
 * clearance, subsidies, and emissions. Each returns a finite non-negative number for one shipment.
 */
import type { BorderCrossing, HandlingRule, RegimeRule, Subsidy, TransitProcedure } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
import type { ShipmentUnits } from './shipment-units.ts';
/** Handling between modes: per kg for loose cargo when the rule gives it, else per TEU (pro rata for loose cargo). */
export declare function handlingUsd(rule: HandlingRule, ctx: CostContext): number;
/**
 * Border fees: per TEU for rail, per truck for road (borders.yaml says which). Loose cargo pays its
 * weight share of a truck's crossing, as it pays a share of a TEU's handling: a part load rides a
 * groupage truck whose crossing costs its consignments share (docs/decisions.md C12).
 */
export declare function borderFeeUsd(border: BorderCrossing, ctx: CostContext): number;
export declare function gaugeChangeUsd(border: BorderCrossing, ctx: CostContext): number;
/**
 * How many transit declarations a shipment lodges under procedure p (decisions DC5): one per
 * container of a container shipment when the procedure is filed per container (NCTS T1 on EU rail
 * legs), else one; loose cargo and parcels travel on one declaration.
 */
export declare function transitDeclarations(p: TransitProcedure, units: ShipmentUnits): number;
/** What the shipment's transit under procedure p costs: its declarations at their filed price. */
export declare function transitUsd(p: TransitProcedure, ctx: CostContext): number;
export declare function customsUsd(rule: RegimeRule): number;
/** Subsidy in USD one trip earns for this shipment (filters are checked by the caller). */
export declare function subsidyUsd(subsidy: Subsidy, ctx: CostContext): number;
/** CO2e of handling the shipment once at a hub. */
export declare function hubCo2eKg(ctx: CostContext, hubKgPerT: number): number;
//# sourceMappingURL=charges.d.ts.map