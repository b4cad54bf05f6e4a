/**
 * Cost model of air services. Billed by chargeable weight (max of actual and volumetric kg, the
 * manifest's volumetric factor). Lithium-ion batteries shipped on their own (UN 3480, packing
 * instruction 965) are forbidden on passenger aircraft under the ICAO Technical Instructions since
 * 1 April 2016, so belly services never take them, whatever the service file says; batteries in or
 * with equipment (UN 3481, PI 966/967) may fly in a belly hold when the service takes batteries;
 * freighters need the service's own permission (docs/decisions.md C1).
 */
import type { CostModel } from './cost-model.ts';
export declare const airModel: CostModel;
//# sourceMappingURL=air.d.ts.map