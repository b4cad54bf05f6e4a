/**
 * Route options from the provider (the planner), cached per (origin, destination, shipment class,
 * conditions). The planner is asked at one fixed time (the horizon start, whatever the epoch) and
 * without capacity, so its answer is a pure function of that key: where the horizon is cut into epochs
 * cannot change it, and it can be shared across replications and scenarios. Options are patterns; the
 * engine times them against the real departures, books them and skips full ones. Apart from those, a
 * small budget of live questions asks with the capacity booked so far (when every cached option would
 * hold a shipment too long).
 */
import type { Conditions } from '../model/index.ts';
import type { ShipmentSpec } from './demand.ts';
import { type ServiceDepartures } from './departures.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import { type Epoch } from './timeline.ts';
export interface OptionRequest {
    from: string;
    to: string;
    shipment: ShipmentSpec;
    /** a re-plan after a closure or overflow: the shipper's max_transfers no longer holds (any open route will do) */
    relaxed?: boolean;
}
/** Route options from `from` to `to` for a shipment under conditions, at a time: the engine's only view of the planner. */
export type OptionProvider = (request: OptionRequest, conditions: Conditions, nowMs: number) => readonly RouteOption[];
/** What the cached conditions depend on besides the epoch: subsidies drop out when their budget is spent. */
export interface LedgerView {
    /** bumps when a policy runs out */
    readonly version: number;
    readonly exhausted: ReadonlySet<string>;
}
export interface OptionCacheInput {
    scenario: Scenario;
    epochs: readonly Epoch[];
    provider: OptionProvider;
    ledger: LedgerView;
    /** this replication's departures, which the live questions see as full or not */
    departures: ReadonlyMap<string, ServiceDepartures>;
    /** options by full key, kept across replications and scenarios (a worker passes its own) */
    sharedCache?: Map<string, readonly RouteOption[]> | undefined;
}
/**
 * What the planner's answer depends on besides the question and the conditions: the scenario's query
 * settings (a shared cache may serve scenarios with other starts, alternatives or values of time).
 */
export declare function askKeyOf(scenario: Scenario): string;
/** The shared-cache key of the options for a class of shipment from `from` to `to` under conditions. */
export declare function optionsCacheKey(askKey: string, from: string, to: string, classKey: string, relaxed: boolean, conditionsKey: string): string;
export declare class OptionCache {
    private readonly scenario;
    private readonly epochs;
    private readonly provider;
    private readonly ledger;
    private readonly departures;
    private readonly shared;
    private readonly startMs;
    /**
     * What else the planner's answer depends on: the scenario's query settings (a shared cache may
     * serve scenarios with other starts, alternatives or values of time).
     */
    private readonly askKey;
    /** the planner's conditions per epoch and ledger version, with their cache key */
    private readonly conditionsMemo;
    /** options by class key, terminal and 2 × epoch + relaxed, for the current ledger version */
    private readonly local;
    private localVersion;
    private readonly live;
    private readonly liveSlots;
    private liveCalls;
    /** the size of the shipment a live question is asked for (isDepartureFull reads it) */
    private liveSize;
    /** full keys this replication needed, whether or not the shared cache held them */
    private readonly keysUsed;
    constructor(input: OptionCacheInput);
    /**
     * Planner questions this replication needed (cached or not, so the count does not depend on how
     * replications are spread over threads) plus live questions.
     */
    get plannerCalls(): number;
    /** The planner's conditions of epoch `e` under the current ledger, with their key. */
    epochConditions(e: number): {
        conditions: Conditions;
        key: string;
    };
    /**
     * Options for a class of shipment from `from` under the conditions of the epoch at `h`; `relaxed`
     * for a re-plan after a closure or overflow (any open route will do).
     */
    optionsFor(spec: ShipmentSpec, from: string, h: number, relaxed?: boolean): readonly RouteOption[];
    /**
     * Options asked at the shipment's own week with the live capacity (isDepartureFull), when every
     * cached option would hold it longer than overflow_replan_h. Per replication, at most
     * scenario.max_live_replans (terminal, class, week) slots (each call ~0.1 s on the built-in
     * network); none left gives no options.
     */
    liveOptionsFor(spec: ShipmentSpec, from: string, h: number, relaxed: boolean): readonly RouteOption[];
    /** The conditions at `h` plus a view of which departures have no room for the shipment asked about. */
    private liveConditionsAt;
}
//# sourceMappingURL=option-cache.d.ts.map