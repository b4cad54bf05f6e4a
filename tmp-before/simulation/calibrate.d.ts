/**
 * Fits the logit's mode and corridor constants to observed shares: the standard iterative update of
 * alternative-specific constants, c_k ← c_k − ln(observed_k / predicted_k) / λ (constants are costs
 * per TEU here, so a share below the observed one lowers its constant), over the choice sets of the
 * scenario's flows (flow-choice.ts). In each target the constant of its largest observed share stays
 * where it started, so the fit moves the others against it and options outside the target keep
 * their footing. Pure: the provider is the only way to the planner.
 */
import { type Conditions, type Network } from '../model/index.ts';
import type { OptionProvider } from './option-cache.ts';
import type { ObservedShares, ShareTarget } from './observed-shares.ts';
import type { ChoiceModel, Scenario } from './scenario.schema.ts';
type LogitModel = Extract<ChoiceModel, {
    model: 'logit';
}>;
export interface ShareFit {
    target: string;
    by: ShareTarget['by'];
    key: string;
    observed: number;
    predicted: number;
    /** predicted − observed, percentage points */
    error_pp: number;
}
export interface CalibrationResult {
    /** the fitted choice model: the scenario's own with the constants fitted */
    choice: LogitModel;
    /** the fit before the first update (the scenario's own constants) */
    start: ShareFit[];
    fit: ShareFit[];
    iterations: number;
    /** largest |error| of the fit, percentage points */
    max_error_pp: number;
    tolerance_pp: number;
    within_tolerance: boolean;
}
export interface CalibrateInput {
    network: Network;
    scenario: Scenario;
    provider: OptionProvider;
    observed: ObservedShares;
    /** conditions the options are asked under (default: none, the network as filed) */
    conditions?: Conditions;
    /** default 200 */
    maxIterations?: number;
}
/** Fits the constants; throws CorridorError when a target has a share no option can take. */
export declare function calibrate(input: CalibrateInput): CalibrationResult;
export {};
//# sourceMappingURL=calibrate.d.ts.map