/**
 * Elastic total demand: each flow books (GC / GC_ref)^ε times its written volume, GC being the flow's
 * expected generalized cost per TEU (the logit's logsum over its route options, flow-choice.ts) under
 * the conditions of an epoch, and GC_ref the same under the reference: the scenario without its events
 * and policies at the same moment (filed closures stay in both). So a subsidy that lowers what
 * shipping costs a flow creates bookings, and a closure that raises it deters some; with ε = 0 or no
 * change in conditions every factor is exactly 1. A flow with no route in an epoch keeps its bookings
 * (they wait for a route, as without elasticity). Subsidy budgets are taken as unspent.
 */
import type { Network } from '../model/index.ts';
import { type OptionProvider } from './option-cache.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
export type DemandFactors = NonNullable<Scenario['demand']['factors']>;
/**
 * The bookings factor of every flow per epoch (from its first day), or undefined when the scenario
 * has no elasticity. Pure: the provider is asked once per flow and distinct conditions.
 */
export declare function demandFactors(network: Network, scenario: Scenario, provider: OptionProvider): DemandFactors | undefined;
/** The scenario with its demand factors resolved (itself when it has no elasticity). */
export declare function withDemandFactors(network: Network, scenario: Scenario, provider: OptionProvider): Scenario;
/**
 * The provider through the engine's shared option cache (same keys as OptionCache), so the choice
 * sets asked for elastic demand are asked once per worker and serve the replication's own questions.
 */
export declare function cachingProvider(provider: OptionProvider, scenario: Scenario, sharedCache: Map<string, readonly RouteOption[]> | undefined): OptionProvider;
//# sourceMappingURL=elastic-demand.d.ts.map