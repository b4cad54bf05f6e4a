/**
 * The interface every mode's cost model implements, and the rules all modes share. A model is asked
 * once per service per query (the search reads the answers from typed arrays), so it may allocate;
 * the hot loop never calls it.
 */
import { type Mode, type ParcelTariff, type Service, type Tariff } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
export interface CostModel {
    readonly mode: Mode;
    /** null when the service may carry the shipment, else the reason it may not (for "no route" answers) */
    allowed(service: Service, ctx: CostContext): string | null;
    /** line-haul price in USD of a ride priced by these entries of the service's table, conditions applied */
    tariffUsd(service: Service, tariffs: readonly Tariff[], ctx: CostContext): number;
}
/**
 * Whether a service that takes dangerous goods takes this shipment's class: every class when it lists
 * none; a service that takes some classes only does not take DG whose class the shipment does not
 * give (the stricter reading, as for lithium batteries; decisions C9).
 */
export declare function takesDgClass(rules: Service['cargo'], dgClass: number | undefined): boolean;
/** Cargo rules every mode applies: containers vs parcels, reefer, dangerous goods, batteries, oversize, weight per TEU. */
export declare function commonAllowed(service: Service, ctx: CostContext): string | null;
/**
 * The ride price every mode uses unless it overrides it: the entries filed for the pair × the factor;
 * loose cargo on a container service of a mode with an LCL rule pays the consolidator's price (C2).
 */
export declare function commonTariffUsd(service: Service, tariffs: readonly Tariff[], ctx: CostContext): number;
/**
 * The ride price of a parcel shipment on a parcel tariff (docs/decisions.md C4): per piece and per
 * weight for the whole ride, conditions applied; 0 when the product does not take it (the cost model
 * refuses such a service, so the search never rides it).
 */
export declare function parcelTariffUsd(service: Service, tariff: ParcelTariff, ctx: CostContext): number;
/**
 * A per-km rule in the form the search reads: USD per km of ride for this shipment and the minimum
 * charge, conditions applied; zeros when the service has no per-km rule.
 */
export declare function perKmRate(service: Service, ctx: CostContext): {
    usdPerKm: number;
    minUsd: number;
};
//# sourceMappingURL=cost-model.d.ts.map