/**
 * Which emission factors a ride used, so an answer names each leg's intensity and where it comes
 * from (GLEC Framework / ISO 14083 ask for the factor, its basis and its source with every figure).
 * Kept apart from the money side of costing: it only reads the network's factors.
 */
import type { EmissionFactorUse, Network, Service } from '../model/index.ts';
/**
 * The factors of a ride on `service` from stop index `from` to stop index `to` (its legs from..to−1),
 * consecutive legs under the same factor merged, in the order ridden. A leg whose factor the network
 * does not know is left out (the validator reports it when the network loads).
 */
export declare function emissionFactorUses(network: Network, service: Service, from: number, to: number): EmissionFactorUse[];
//# sourceMappingURL=emission-trace.d.ts.map