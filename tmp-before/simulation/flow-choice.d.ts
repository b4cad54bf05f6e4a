/**
 * A flow's choice set outside the event loop: the planner's route options for one booking of the
 * flow under given conditions, each timed door to door from ready times spread over four weeks of the
 * timetable (as the engine quotes them at booking, without capacity), so the logit's shares and its
 * expected generalized cost (logsum) per flow can be computed without simulating: what calibration
 * and elastic demand need.
 */
import type { Conditions, Network } from '../model/index.ts';
import type { OptionProvider } from './option-cache.ts';
import type { RouteOption } from './route-option.ts';
import type { ChoiceModel, DemandFlow, Scenario } from './scenario.schema.ts';
export interface FlowChoiceSet {
    flow: DemandFlow;
    /** TEU-equivalent of one booking */
    teuEq: number;
    /** TEU-equivalent booked per week (the flow's weight in shares) */
    teuPerWeek: number;
    options: readonly RouteOption[];
    /** door-to-door hours of each option (option-major: o × samples + s); Infinity when it cannot leave */
    times: Float64Array;
    /** weight of each sample (the flow's weekday weights), summing to 1 */
    sampleWeights: Float64Array;
}
/**
 * The choice set of each flow (all, or those named) under `conditions`, options asked of the
 * provider once per flow at the horizon start, as the engine asks them.
 */
export declare function flowChoiceSets(network: Network, scenario: Scenario, provider: OptionProvider, conditions: Conditions, flowIds?: readonly string[]): FlowChoiceSet[];
/**
 * Mean choice probability of each option over the samples (the logit, or all-or-nothing for least
 * cost), and the expected generalized cost per TEU: the logsum −ln Σ exp(−λ·V) / λ for the logit, the
 * least V otherwise (NaN when no option can leave).
 */
export declare function choiceOf(model: ChoiceModel, set: FlowChoiceSet): {
    shares: Float64Array;
    expectedCostUsdPerTeu: number;
};
//# sourceMappingURL=flow-choice.d.ts.map