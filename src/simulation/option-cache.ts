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
import { firstDepartureAtOrAfter, type ServiceDepartures } from './departures.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import { conditionsKey, conditionsOf, epochAt, type Epoch } from './timeline.ts';

export interface OptionRequest {
  from: string;
  to: string;
  shipment: ShipmentSpec;
  /** a re-plan after a closure or overflow: the shipper's max_transfers no longer holds (any open route will do) */
  relaxed?: boolean;
}
/** Route options from `from` to `to` for a shipment under conditions, at a time: the engine's only view of the planner. */
export type OptionProvider = (
  request: OptionRequest,
  conditions: Conditions,
  nowMs: number,
) => readonly RouteOption[];

/**
 * The time (h from the horizon start) at which the planner is asked for route options, for every
 * epoch: fixed, so that options depend on conditions only, not on where the horizon is cut.
 */
const OPTIONS_ASKED_AT_H = 0;
const H_PER_WEEK = 168;

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
export function askKeyOf(scenario: Scenario): string {
  return JSON.stringify([
    scenario.horizon.start,
    scenario.alternatives,
    scenario.choice.value_of_time_usd_per_h ?? null,
    scenario.choice.carbon_price_usd_per_t,
    // absent stays out of the key, so caches filled before the share existed still match
    ...(scenario.choice.value_of_time_share_per_day !== undefined
      ? [scenario.choice.value_of_time_share_per_day]
      : []),
  ]);
}

/** The shared-cache key of the options for a class of shipment from `from` to `to` under conditions. */
export function optionsCacheKey(
  askKey: string,
  from: string,
  to: string,
  classKey: string,
  relaxed: boolean,
  conditionsKey: string,
): string {
  return `${askKey}|${from}|${to}|${classKey}|${relaxed ? 'r' : ''}|${conditionsKey}`;
}

export class OptionCache {
  private readonly scenario: Scenario;
  private readonly epochs: readonly Epoch[];
  private readonly provider: OptionProvider;
  private readonly ledger: LedgerView;
  private readonly departures: ReadonlyMap<string, ServiceDepartures>;
  private readonly shared: Map<string, readonly RouteOption[]>;
  private readonly startMs: number;
  /**
   * What else the planner's answer depends on: the scenario's query settings (a shared cache may
   * serve scenarios with other starts, alternatives or values of time).
   */
  private readonly askKey: string;
  /** the planner's conditions per epoch and ledger version, with their cache key */
  private readonly conditionsMemo = new Map<string, { conditions: Conditions; key: string }>();
  /** options by class key, terminal and 2 × epoch + relaxed, for the current ledger version */
  private readonly local = new Map<string, Map<string, (readonly RouteOption[] | undefined)[]>>();
  private localVersion = 0;
  private readonly live = new Map<string, readonly RouteOption[]>();
  private readonly liveSlots = new Set<string>();
  private liveCalls = 0;
  /** the size of the shipment a live question is asked for (isDepartureFull reads it) */
  private liveSize = 1;
  /** full keys this replication needed, whether or not the shared cache held them */
  private readonly keysUsed = new Set<string>();

  constructor(input: OptionCacheInput) {
    this.scenario = input.scenario;
    this.epochs = input.epochs;
    this.provider = input.provider;
    this.ledger = input.ledger;
    this.departures = input.departures;
    this.shared = input.sharedCache ?? new Map();
    this.startMs = Date.parse(`${input.scenario.horizon.start}T00:00:00Z`);
    this.askKey = askKeyOf(input.scenario);
  }

  /**
   * Planner questions this replication needed (cached or not, so the count does not depend on how
   * replications are spread over threads) plus live questions.
   */
  get plannerCalls(): number {
    return this.keysUsed.size + this.liveCalls;
  }

  /** The planner's conditions of epoch `e` under the current ledger, with their key. */
  epochConditions(e: number): { conditions: Conditions; key: string } {
    const memoKey = `${e}|${this.ledger.version}`;
    let c = this.conditionsMemo.get(memoKey);
    if (!c) {
      const conditions = conditionsOf(this.epochs[e]!, this.ledger.exhausted);
      c = { conditions, key: conditionsKey(conditions) };
      this.conditionsMemo.set(memoKey, c);
    }
    return c;
  }

  /**
   * Options for a class of shipment from `from` under the conditions of the epoch at `h`; `relaxed`
   * for a re-plan after a closure or overflow (any open route will do).
   */
  optionsFor(spec: ShipmentSpec, from: string, h: number, relaxed = false): readonly RouteOption[] {
    const e = epochAt(this.epochs, h);
    // hot path: nested maps on strings that already exist (class key, terminal id) and a slot per
    // epoch; the shared key (with the conditions spelled out) is built only on a miss
    if (this.localVersion !== this.ledger.version) {
      this.local.clear();
      this.localVersion = this.ledger.version;
    }
    let byFrom = this.local.get(spec.class_key);
    if (!byFrom) this.local.set(spec.class_key, (byFrom = new Map()));
    let slots = byFrom.get(from);
    if (!slots) byFrom.set(from, (slots = []));
    const slot = 2 * e + (relaxed ? 1 : 0);
    const hit = slots[slot];
    if (hit) return hit;
    const { conditions, key } = this.epochConditions(e);
    const cacheKey = optionsCacheKey(this.askKey, from, spec.to, spec.class_key, relaxed, key);
    this.keysUsed.add(cacheKey);
    let options = this.shared.get(cacheKey);
    if (!options) {
      options = this.provider(
        { from, to: spec.to, shipment: spec, relaxed },
        conditions,
        this.startMs + OPTIONS_ASKED_AT_H * 3_600_000,
      );
      this.shared.set(cacheKey, options);
    }
    slots[slot] = options;
    return options;
  }

  /**
   * Options asked at the shipment's own week with the live capacity (isDepartureFull), when every
   * cached option would hold it longer than overflow_replan_h. Per replication, at most
   * scenario.max_live_replans (terminal, class, week) slots (each call ~0.1 s on the built-in
   * network); none left gives no options.
   */
  liveOptionsFor(
    spec: ShipmentSpec,
    from: string,
    h: number,
    relaxed: boolean,
  ): readonly RouteOption[] {
    const week = Math.floor(h / H_PER_WEEK);
    const slot = `${from}|${spec.class_key}|${relaxed ? 'r' : ''}|${week}`;
    // keyed by the conditions themselves (not the epoch index or ledger version), so a cut that
    // changes nothing finds the same entry
    const key = `${slot}|${this.epochConditions(epochAt(this.epochs, h)).key}`;
    let options = this.live.get(key);
    if (!options) {
      // the budget counts slots, so it runs out at the same shipment whatever the conditions in between
      if (!this.liveSlots.has(slot)) {
        if (this.liveSlots.size >= this.scenario.max_live_replans) return [];
        this.liveSlots.add(slot);
      }
      this.liveCalls++;
      this.liveSize = spec.teu_eq;
      // asked at the start of the week, the slot's fixed time, with the capacity booked so far
      options = this.provider(
        { from, to: spec.to, shipment: spec, relaxed },
        this.liveConditionsAt(h),
        this.startMs + week * H_PER_WEEK * 3_600_000,
      );
      this.live.set(key, options);
    }
    return options;
  }

  /** The conditions at `h` plus a view of which departures have no room for the shipment asked about. */
  private liveConditionsAt(h: number): Conditions {
    return {
      ...this.epochConditions(epochAt(this.epochs, h)).conditions,
      isDepartureFull: (serviceId, departMs) => {
        const d = this.departures.get(serviceId);
        if (!d || d.times_h.length === 0) return false;
        const t = (departMs - this.startMs) / 3_600_000;
        const i = firstDepartureAtOrAfter(d.times_h, t - 1 / 60);
        return (
          i < d.times_h.length &&
          Math.abs(d.times_h[i]! - t) < 1 / 60 &&
          d.remaining_teu[i]! < this.liveSize
        );
      },
    };
  }
}
