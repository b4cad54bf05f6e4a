/**
 * Route options from the planner: the shipment becomes a RouteQuery from its current terminal, the
 * planner's `plan` gives `alternatives` diverse routes (corridors first) under the conditions of the
 * moment, and they become replayable options. `plan` rather than `compare`: measured on the built-in
 * network, compare (every corridor) takes about 1 s a query against about 0.1 s for plan with 4
 * alternatives, and a closure re-plans anyway, which finds the corridors still open.
 * Bad input (an unknown place, an impossible query) is a scenario error and propagates.
 */
import { RouteQuery, type Conditions, type Network, type PlanResult } from '../model/index.ts';
import type { OptionProvider } from './engine.ts';
import type { Scenario } from './scenario.schema.ts';
/** What the simulator needs of the planner (src/planner's Planner satisfies it). */
export interface PlannerLike {
    plan(query: RouteQuery, options?: {
        now?: Date;
        conditions?: Conditions;
    }): PlanResult;
    compare(query: RouteQuery, options?: {
        now?: Date;
        conditions?: Conditions;
    }): PlanResult;
}
export declare function plannerProvider(planner: PlannerLike, network: Network, scenario: Scenario): OptionProvider;
//# sourceMappingURL=planner-provider.d.ts.map