/**
 * Replications → estimates: the mean with a 95 % confidence interval from the t-distribution with
 * n − 1 degrees of freedom, for every KPI, share, utilisation and queue; and scenario − baseline
 * deltas paired by replication (same seeds, so common random numbers shrink the interval).
 */
import type { Scenario } from './scenario.schema.ts';
import { type ComparisonResult, type Estimate, type ReplicationResult, type ScenarioSummary, type SimulationResult } from './result.ts';
/** The 0.975 quantile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion above 30). */
export declare function t975(df: number): number;
/**
 * Mean and 95 % interval of values from independent replications. With fewer than two values the
 * spread is unknown, so sd and the interval are null (not a zero-width interval that looks certain).
 */
export declare function estimate(values: readonly number[]): Estimate;
export declare function summarize(s: Scenario): ScenarioSummary;
/** Aggregates replications (in replication order) into a SimulationResult. */
export declare function aggregate(scenario: Scenario, replications: readonly ReplicationResult[]): SimulationResult;
/** Scenario − baseline per replication index (paired), for KPIs and shares. */
export declare function compare(baseline: SimulationResult, scenario: SimulationResult): ComparisonResult;
//# sourceMappingURL=aggregate.d.ts.map