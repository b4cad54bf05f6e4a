/**
 * Events and policies over time: the horizon cut into epochs at every change, and for each epoch the
 * Conditions the planner sees plus what only the engine applies (capacity and frequency factors,
 * closures to check in-flight shipments against). Subsidies whose budget is spent drop out.
 */
import type { Conditions, Network } from '../model/index.ts';
import type { Scenario, ScenarioEvent, SubsidyPolicy } from './scenario.schema.ts';
export declare const H_PER_DAY = 24;
/** Hours of a scenario's warm-up: simulated, its bookings not counted (KPIs, borders, subsidies). */
export declare function warmupHoursOf(scenario: {
    horizon: {
        warmup_days?: number | undefined;
    };
}): number;
export interface Window {
    start_h: number;
    end_h: number;
}
/** Hours from the horizon start of a date, at 00:00 UTC. */
export declare function dateToH(startIso: string, date: string): number;
export declare function windowOf(scenario: Scenario, w: {
    from?: string | undefined;
    until?: string | undefined;
    days?: number | undefined;
}): Window;
/** What holds during one epoch. */
export interface Epoch {
    start_h: number;
    end_h: number;
    events: ScenarioEvent[];
    policies: SubsidyPolicy[];
    closedServices: ReadonlySet<string>;
    closedBorders: ReadonlySet<string>;
    closedTerminals: ReadonlySet<string>;
    closedCountries: ReadonlySet<string>;
    /** room on each departure of a service, as a factor of the filed capacity */
    capacityFactor: ReadonlyMap<string, number>;
    /** a border's daily capacity, as a factor of the filed capacity (0: it serves nothing) */
    borderCapacityFactor: ReadonlyMap<string, number>;
    extraDwellH: ReadonlyMap<string, number>;
}
/**
 * Cuts the horizon at each start and end of an event or policy (and of closures filed in the
 * network), then joins adjacent epochs in which the same things hold: epochs are where conditions
 * change, not where a file says something (an event of factor 1, or two back-to-back windows of the
 * same event, leave no cut). The engine asks for route options and re-tries stranded shipments per
 * epoch, so a cut that changes nothing must not exist.
 */
export declare function buildEpochs(scenario: Scenario, network: Network): Epoch[];
/** The Conditions of an epoch for the planner, leaving out subsidies whose budget is spent. */
export declare function conditionsOf(epoch: Epoch, exhausted: ReadonlySet<string>): Conditions;
/** A stable key of a Conditions object (functions left out), for caching route options. */
export declare function conditionsKey(c: Conditions): string;
/** Index of the epoch that holds at hour `h` (epochs are sorted and contiguous). */
export declare function epochAt(epochs: readonly Epoch[], h: number): number;
//# sourceMappingURL=timeline.d.ts.map