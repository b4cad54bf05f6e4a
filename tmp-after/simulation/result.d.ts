/**
 * What a simulation produces: KPIs per replication, the aggregate over replications with 95 %
 * intervals (t-distribution), and the comparison of a scenario against its baseline. Plain JSON
 * shapes: the API returns them and the web view plots them.
 */
import type { Mode } from '../model/index.ts';
import type { Scenario } from './scenario.schema.ts';
import type { ReplicationTables } from './tables.ts';
/**
 * The scalar KPIs of one replication. Times in days, money in USD, emissions in kg CO2e. They count
 * the shipments booked after the scenario's warm-up (horizon.warmup_days); those booked in the
 * warm-up are simulated (they take room and queue) but not counted.
 */
export interface Kpis {
    shipments: number;
    delivered_shipments: number;
    delivered_teu: number;
    backlog_shipments: number;
    backlog_teu: number;
    /**
     * the part of the backlog already on its way at the horizon's end (boarded its first departure);
     * the rest is still waiting at a terminal for room or for a route
     */
    backlog_in_transit_teu: number;
    /** mean age (days since booking) of the TEU not delivered at the horizon's end */
    backlog_age_mean_days: number;
    transit_mean_days: number;
    transit_p50_days: number;
    transit_p90_days: number;
    cost_usd_per_teu: number;
    co2e_kg_per_teu: number;
    /**
     * days per TEU booked, delivered or not: transit for delivered cargo, age at the horizon's end
     * for the rest (a lower bound), so cargo that never arrives is not left out
     */
    time_in_system_days_per_teu_offered: number;
    /** money paid so far by all cargo booked (delivered or not) per TEU booked */
    cost_usd_per_teu_offered: number;
    /**
     * share of delivered shipments that arrived by the arrival promised at booking: the chosen route's
     * first departure as timetabled from the booking (full or not) plus its P90, so waits for room count
     */
    on_time_share: number;
    /** mean days delivered shipments arrived after that promise (0 for those on time) */
    lateness_mean_days: number;
    subsidy_usd: number;
    /** shipments that changed route after a closure or a capacity overflow */
    replanned_shipments: number;
    /** shipments that at some point found no route and waited for conditions to change */
    stranded_shipments: number;
    planner_calls: number;
}
export type KpiName = keyof Kpis;
export declare const KPI_NAMES: readonly KpiName[];
export interface BorderQueueSeries {
    /** unit of the border's capacity: trains, trucks or teu ("unlimited" when none is filed) */
    unit: string;
    /** units waiting at 00:00 UTC of each day of the horizon */
    by_day: number[];
    max: number;
    mean_wait_h: number;
}
export interface ReplicationResult {
    replication: number;
    seed: number;
    kpis: Kpis;
    /** share of delivered TEU by main mode (the mode of the longest leg) */
    mode_share: Partial<Record<Mode, number>>;
    /** share of delivered TEU by corridor label */
    corridor_share: Record<string, number>;
    /** booked / offered TEU over the horizon, per scheduled service with a filed capacity */
    service_utilisation: Record<string, number>;
    border_queues: Record<string, BorderQueueSeries>;
    /** paid per policy for the shipments booked after the warm-up: their subsidy_usd plus the part below */
    subsidy_usd_by_policy: Record<string, number>;
    /**
     * the part of subsidy_usd_by_policy paid per train trip to operators, on no shipment (docs/decisions.md
     * D-S6); absent from replication files written before it was reported
     */
    subsidy_usd_to_operators_by_policy?: Record<string, number>;
    /** the research tables, when asked for (RunOptions.tables); not part of result.json */
    tables?: ReplicationTables;
}
/** A mean over replications with its 95 % confidence interval (t-distribution, n − 1 degrees of freedom). */
export interface Estimate {
    mean: number;
    /** null with fewer than two replications: the interval is undefined */
    lo: number | null;
    hi: number | null;
    sd: number | null;
    n: number;
}
/** What a result says of the scenario it came from: the scenario's header, without its demand and events. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'name' | 'description' | 'baseline' | 'network' | 'horizon' | 'seed' | 'replications'>;
export interface SimulationResult {
    scenario: ScenarioSummary;
    kpis: Record<KpiName, Estimate>;
    mode_share: Record<string, Estimate>;
    corridor_share: Record<string, Estimate>;
    service_utilisation: Record<string, Estimate>;
    /** mean units waiting per day over replications, and the mean of each replication's maximum */
    border_queues: Record<string, {
        unit: string;
        mean_by_day: number[];
        max: Estimate;
        mean_wait_h: Estimate;
    }>;
    subsidy_usd_by_policy: Record<string, Estimate>;
    subsidy_usd_to_operators_by_policy: Record<string, Estimate>;
    replications: ReplicationResult[];
}
/** Scenario minus baseline, paired by replication (same seeds: common random numbers). */
export interface ComparisonResult {
    baseline: ScenarioSummary;
    scenario: ScenarioSummary;
    kpis: Record<KpiName, {
        baseline: number;
        scenario: number;
        delta: Estimate;
    }>;
    mode_share: Record<string, {
        baseline: number;
        scenario: number;
        delta: Estimate;
    }>;
    corridor_share: Record<string, {
        baseline: number;
        scenario: number;
        delta: Estimate;
    }>;
}
//# sourceMappingURL=result.d.ts.map