/**
 * The discrete-event engine for one replication. Shipments arrive, get route options from a provider
 * (the planner, cached per OD, shipment class and conditions), choose one, and replay its steps:
 * boarding books room on a real departure (full ones are skipped), borders queue at their capacity,
 * delays are drawn per departure from seeded hashes. At each boarding a shipment whose remaining path
 * is closed re-plans from where it is; with no route it waits for the conditions to change.
 * Pure: the provider is the only way out; the same inputs and seed give the same result.
 * (Over 150 lines: the step machine is one piece of state and reads best in one place.)
 */
import { medianOf, sampleOf } from '../costing/index.ts';
import { deriveSeed, hashUniform } from '../lib/rng.ts';
import type { Conditions, Network } from '../model/index.ts';
import { BorderQueue } from './border-queue.ts';
import { book, firstWithRoom, legSpan, peakLoad } from './capacity.ts';
import { choose, type Candidate } from './choice.ts';
import { generateShipments, type ShipmentSpec } from './demand.ts';
import { expandDepartures, firstDepartureAtOrAfter, type ServiceDepartures } from './departures.ts';
import { EventQueue } from './event-queue.ts';
import { KpiCollector } from './kpis.ts';
import type { ReplicationResult } from './result.ts';
import type { RouteOption, Step } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import { SubsidyLedger } from './subsidy-ledger.ts';
import { replicationTables } from './tables.ts';
import {
  buildEpochs,
  conditionsKey,
  conditionsOf,
  epochAt,
  H_PER_DAY,
  type Epoch,
} from './timeline.ts';

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

export interface ReplicationInput {
  network: Network;
  scenario: Scenario;
  provider: OptionProvider;
  replication: number;
  /**
   * Route options by (origin, destination, class, epoch start, conditions): pure in its key, so a
   * worker keeps one across replications and scenarios.
   */
  sharedCache?: Map<string, readonly RouteOption[]>;
  /** called at each delivery (tests and traces) */
  onDelivered?: (record: DeliveryRecord) => void;
  /** build the research tables (one row per shipment, flow × day, border × day, departure) */
  tables?: boolean;
}

export interface DeliveryRecord {
  id: number;
  flow: string;
  ready_h: number;
  delivered_h: number;
  corridor: string;
  replanned: boolean;
  cost_usd: number;
}

/**
 * The time (h from the horizon start) at which the planner is asked for route options, for every
 * epoch: fixed, so that options depend on conditions only, not on where the horizon is cut.
 */
const OPTIONS_ASKED_AT_H = 0;

/** Salts for hashed draws, so each kind of draw has its own stream. */
const DRAW = { delay: 1, dwellTrain: 2, dwellShipment: 3, choice: 4 } as const;
/** TEU a truck carries (one FEU or two TEU), to count trucks at a road border and truck trips. */
export const TEU_PER_TRUCK = 2;
/** TEU of one train when a rail border counts trains and a shipment crosses on its own: Erenhot averages ~103–115 TEU/train (figures.md §5, DERIVED). */
export const TEU_PER_TRAIN = 100;

type BoardStep = Extract<Step, { kind: 'board' }>;
/** a board step's departures in this replication and the legs a..b it rides */
interface Boarding {
  d: ServiceDepartures;
  a: number;
  b: number;
}

interface Ship {
  spec: ShipmentSpec;
  option: RouteOption;
  steps: readonly Step[];
  /** the option's board steps resolved for this replication (boardingsOf), by step index */
  boardings: readonly (Boarding | undefined)[];
  step: number;
  now: number;
  promised_h: number;
  /** leave time of the first departure (NaN until it leaves) */
  departed_h: number;
  /** hours from arriving at border crossings to leaving them (queue, dwell, extra dwell) */
  border_h: number;
  subsidy_usd: number;
  cost_usd: number;
  co2e_kg: number;
  onService: string;
  onDeparture: number;
  replanned: boolean;
  stranded: boolean;
  overflowChecked: boolean;
  delivered: boolean;
}

export function runReplication(input: ReplicationInput): ReplicationResult {
  const { network, scenario, provider, replication } = input;
  const seed = deriveSeed(scenario.seed, 'replication', replication);
  const horizonH = scenario.horizon.days * H_PER_DAY;
  const startMs = Date.parse(`${scenario.horizon.start}T00:00:00Z`);
  const tPerTeu = network.manifest.cargo_t_per_teu.value || 10;
  const epochs = buildEpochs(scenario, network);
  const capacityAt = (service: string, h: number) =>
    epochs[epochAt(epochs, h)]!.capacityFactor.get(service) ?? 1;
  const departures = expandDepartures(network, scenario, 1 / (tPerTeu * 1000), capacityAt);
  const serviceIndex = new Map([...network.services.keys()].map((id, i) => [id, i]));
  const borderIndex = new Map([...network.borders.keys()].map((id, i) => [id, i]));
  const queues = new Map(
    [...network.borders.values()].map((b) => [
      b.id,
      new BorderQueue(
        b.id,
        b.capacity_per_day ? 24 / b.capacity_per_day.value : 0,
        scenario.horizon.days,
      ),
    ]),
  );
  const ledger = new SubsidyLedger(scenario.policies);
  const kpis = new KpiCollector(scenario, network);
  const shipments = generateShipments(scenario, seed, tPerTeu);
  const ships: Ship[] = [];
  const queue = new EventQueue();
  const stranded: number[] = [];
  // release time of each train (service departure) at each border it crosses whole, NaN until the first of its shipments arrives
  const trainRelease: (Float64Array | undefined)[] = [];
  const sharedCache = input.sharedCache ?? new Map<string, readonly RouteOption[]>();
  const liveCache = new Map<string, readonly RouteOption[]>();
  // what else the planner's answer depends on: the time asked and the scenario's query settings
  // (a shared cache may serve scenarios with other starts, alternatives or values of time)
  const askKey = JSON.stringify([
    scenario.horizon.start,
    scenario.alternatives,
    scenario.choice.value_of_time_usd_per_h ?? null,
    scenario.choice.carbon_price_usd_per_t,
  ]);
  const liveSlots = new Set<string>();
  let liveCalls = 0;
  let currentSize = 1;
  // planner queries this replication needs (whether or not a shared cache already held them), so the count does not depend on thread layout
  const keysUsed = new Set<string>();

  // the planner's conditions per epoch and subsidy-ledger version, with their cache key
  const conditionsMemo = new Map<string, { conditions: Conditions; key: string }>();
  const epochConditions = (e: number): { conditions: Conditions; key: string } => {
    const memoKey = `${e}|${ledger.version}`;
    let c = conditionsMemo.get(memoKey);
    if (!c) {
      const conditions = conditionsOf(epochs[e]!, ledger.exhausted);
      c = { conditions, key: conditionsKey(conditions) };
      conditionsMemo.set(memoKey, c);
    }
    return c;
  };
  /** options by class key, terminal and 2 × epoch + relaxed, for the current subsidy-ledger version */
  const localCache = new Map<string, Map<string, (readonly RouteOption[] | undefined)[]>>();
  let localVersion = 0;
  /** median dwell per border, as etaH quotes it */
  const medianDwellH = new Map(
    [...network.borders.values()].map((b) => [b.id, medianOf(b.dwell_h)]),
  );

  const conditionsAt = (h: number): Conditions => ({
    ...epochConditions(epochAt(epochs, h)).conditions,
    isDepartureFull: (serviceId, departMs) => {
      const d = departures.get(serviceId);
      if (!d || d.times_h.length === 0) return false;
      const t = (departMs - startMs) / 3_600_000;
      const i = firstDepartureAtOrAfter(d.times_h, t - 1 / 60);
      return (
        i < d.times_h.length &&
        Math.abs(d.times_h[i]! - t) < 1 / 60 &&
        d.remaining_teu[i]! < currentSize
      );
    },
  });

  /**
   * Options for a class of shipment from a terminal under the conditions of the epoch at `h`. The
   * planner is asked at one fixed time (the horizon start, whatever the epoch) and without capacity,
   * so the answer is a pure function of (OD, class, conditions): where the horizon is cut into epochs
   * cannot change it, and it can be shared across replications and scenarios. Options are patterns;
   * the engine times them against the real departures, books them and skips full ones.
   */
  const optionsFor = (
    spec: ShipmentSpec,
    from: string,
    h: number,
    relaxed = false,
  ): readonly RouteOption[] => {
    const e = epochAt(epochs, h);
    // hot path: nested maps on strings that already exist (class key, terminal id) and a slot per
    // epoch; the shared key (with the conditions spelled out) is built only on a miss
    if (localVersion !== ledger.version) {
      localCache.clear();
      localVersion = ledger.version;
    }
    let byFrom = localCache.get(spec.class_key);
    if (!byFrom) localCache.set(spec.class_key, (byFrom = new Map()));
    let slots = byFrom.get(from);
    if (!slots) byFrom.set(from, (slots = []));
    const slot = 2 * e + (relaxed ? 1 : 0);
    const hit = slots[slot];
    if (hit) return hit;
    const { conditions, key } = epochConditions(e);
    const askAt = OPTIONS_ASKED_AT_H;
    const cacheKey = `${askKey}|${from}|${spec.to}|${spec.class_key}|${relaxed ? 'r' : ''}|${key}`;
    keysUsed.add(cacheKey);
    let options = sharedCache.get(cacheKey);
    if (!options) {
      options = provider(
        { from, to: spec.to, shipment: spec, relaxed },
        conditions,
        startMs + askAt * 3_600_000,
      );
      sharedCache.set(cacheKey, options);
    }
    slots[slot] = options;
    return options;
  };

  /**
   * Options asked at the shipment's own time with the live capacity (isDepartureFull), when every
   * cached option would hold it longer than overflow_replan_h. Per replication, at most
   * scenario.max_live_replans calls (each ~0.1 s on the built-in network), cached for the week asked in.
   */
  const liveOptionsFor = (
    spec: ShipmentSpec,
    from: string,
    h: number,
    relaxed: boolean,
  ): readonly RouteOption[] => {
    const week = Math.floor(h / 168);
    const slot = `${from}|${spec.class_key}|${relaxed ? 'r' : ''}|${week}`;
    // keyed by the conditions themselves (not the epoch index or ledger version), so a cut that
    // changes nothing finds the same entry
    const key = `${slot}|${epochConditions(epochAt(epochs, h)).key}`;
    let options = liveCache.get(key);
    if (!options) {
      // the budget counts (terminal, class, week) slots, so it runs out at the same shipment
      // whatever the conditions in between
      if (!liveSlots.has(slot)) {
        if (liveSlots.size >= scenario.max_live_replans) return [];
        liveSlots.add(slot);
      }
      liveCalls++;
      currentSize = spec.teu_eq;
      // asked at the start of the week, the slot's fixed time, with the capacity booked so far
      options = provider(
        { from, to: spec.to, shipment: spec, relaxed },
        conditionsAt(h),
        startMs + week * 168 * 3_600_000,
      );
      liveCache.set(key, options);
    }
    return options;
  };

  /**
   * Each option's board steps resolved to this replication's departures and the legs they ride, once
   * per option: the step loops below run for every option compared for every shipment, so they index
   * an array instead of looking a service up by name at every step.
   */
  const boardingsByOption = new WeakMap<RouteOption, (Boarding | undefined)[]>();
  const boardingsOf = (option: RouteOption): (Boarding | undefined)[] => {
    let boardings = boardingsByOption.get(option);
    if (!boardings) {
      boardings = option.steps.map((step) => {
        if (step.kind !== 'board') return undefined;
        const d = departures.get(step.service);
        if (!d) return undefined;
        const [a, b] = legSpan(d, step.terminal, step.alight);
        return { d, a, b };
      });
      boardingsByOption.set(option, boardings);
    }
    return boardings;
  };

  /** Sets the option `ship` follows (its step index is the caller's). */
  const follow = (ship: Ship, option: RouteOption): void => {
    ship.option = option;
    ship.steps = option.steps;
    ship.boardings = boardingsOf(option);
  };

  // what findDeparture found besides the leave time (no tuple per call: it runs for every option compared)
  let foundDep = -1;
  let foundA = 0;
  let foundB = 0;
  /**
   * The leave time (h) of the first departure of `step` (resolved as `boarding`) at or after `h` with
   * room for `size` on the legs it rides, NaN when none; sets foundDep (-1 on demand) and the legs foundA..foundB.
   */
  const findDeparture = (
    step: BoardStep,
    boarding: Boarding | undefined,
    h: number,
    size: number,
  ): number => {
    if (!boarding) return Number.NaN;
    const d = boarding.d;
    if (d.onDemandLeadH !== undefined) {
      foundDep = -1;
      return h + d.onDemandLeadH;
    }
    const i = firstWithRoom(
      d,
      firstDepartureAtOrAfter(d.times_h, h - step.offset_h),
      boarding.a,
      boarding.b,
      size,
    );
    if (i < 0) return Number.NaN;
    foundDep = i;
    foundA = boarding.a;
    foundB = boarding.b;
    return d.times_h[i]! + step.offset_h;
  };

  /**
   * Door-to-door hours of `option` for `ship` leaving where it is now: every boarding timed against
   * the real departures with room, borders at their median dwell. A pattern planned for one weekday
   * can be a week slower on another; this is what the shipper is quoted, so the choice sees it.
   * (Time and size are read from the ship, not passed: numbers passed to a call V8 does not inline are
   * boxed, and this runs for every option compared.)
   */
  const etaH = (option: RouteOption, ship: Ship): number => {
    const steps = option.steps;
    const boardings = boardingsOf(option);
    const h = ship.now;
    const size = ship.spec.teu_eq;
    let t = h;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.kind === 'fixed') t += step.hours;
      else if (step.kind === 'board') {
        t = findDeparture(step, boardings[k], t, size);
        if (Number.isNaN(t)) return Number.POSITIVE_INFINITY;
      } else if (step.kind === 'border') {
        t += step.extra_h + (medianDwellH.get(step.border) ?? 0);
      }
    }
    return t - h;
  };

  // candidates are reused objects: pick runs for every arrival and re-plan (no garbage per call)
  const candidates: Candidate[] = [];
  const candidatePool: Candidate[] = [];
  /** The option `ship` chooses among `options`, timed from where it is now (`ship.now`). */
  const pick = (
    ship: Ship,
    options: readonly RouteOption[],
    attempt: number,
  ): RouteOption | undefined => {
    candidates.length = 0;
    for (const option of options) {
      const time_h = etaH(option, ship);
      if (!Number.isFinite(time_h)) continue;
      let c = candidatePool[candidates.length];
      if (c) {
        c.option = option;
        c.time_h = time_h;
      } else candidatePool.push((c = { option, time_h }));
      candidates.push(c);
    }
    if (candidates.length === 0) return undefined;
    const u =
      candidates.length > 1 ? hashUniform(seed, DRAW.choice, ship.spec.draw_key, attempt) : 0;
    const i = choose(scenario.choice, candidates, ship.spec.value_usd, ship.spec.teu_eq, u);
    return i >= 0 ? candidates[i]!.option : undefined;
  };

  const blocked = (steps: readonly Step[], from: number, epoch: Epoch): boolean => {
    if (
      epoch.closedServices.size +
        epoch.closedTerminals.size +
        epoch.closedCountries.size +
        epoch.closedBorders.size ===
      0
    )
      return false;
    for (let i = from; i < steps.length; i++) {
      const s = steps[i]!;
      if (s.kind === 'board' || s.kind === 'alight') {
        if (epoch.closedServices.has(s.service) || epoch.closedTerminals.has(s.terminal))
          return true;
        const country = network.terminals.get(s.terminal)?.country;
        if (country && epoch.closedCountries.has(country)) return true;
      } else if (s.kind === 'border') {
        if (epoch.closedBorders.has(s.border)) return true;
        const b = network.borders.get(s.border);
        if (b)
          for (const side of b.sides)
            if (epoch.closedCountries.has(network.terminals.get(side)?.country ?? '')) return true;
      }
    }
    return false;
  };

  /**
   * Re-plans `ship` from `terminal` now: 'changed' when it now follows another option (from its
   * first step), 'same' when the best option is the one it follows, 'none' when no route exists now.
   */
  const replan = (
    ship: Ship,
    terminal: string,
    live = false,
    relaxed = false,
  ): 'changed' | 'same' | 'none' => {
    const options = live
      ? liveOptionsFor(ship.spec, terminal, ship.now, relaxed)
      : optionsFor(ship.spec, terminal, ship.now, relaxed);
    const option = pick(ship, options, 1 + (ship.replanned ? 1 : 0) + (live ? 2 : 0));
    if (!option) return 'none';
    if (option.key === ship.option.key && option.from === ship.option.from) return 'same';
    ship.replanned = true;
    follow(ship, option);
    ship.step = 0;
    return 'changed';
  };

  const reopenAt = (border: string, h: number): number => {
    let e = epochAt(epochs, h);
    while (e < epochs.length && epochs[e]!.closedBorders.has(border)) e++;
    return e < epochs.length ? Math.max(h, epochs[e]!.start_h) : Number.POSITIVE_INFINITY;
  };

  /** Advances `ship` from its current step at time `ship.now`; `atEvent` means a shared step is due now. */
  const advance = (index: number, atEvent: boolean): void => {
    const ship = ships[index]!;
    let due = atEvent;
    while (ship.step < ship.steps.length) {
      const step = ship.steps[ship.step]!;
      if (step.kind === 'fixed') {
        ship.now += step.hours;
        ship.cost_usd += step.cost_usd;
        ship.co2e_kg += step.co2e_kg;
        ship.step++;
        continue;
      }
      if (step.kind === 'alight') {
        const d = departures.get(step.service);
        const dist = d?.service.delay_h;
        if (dist && ship.onDeparture >= 0) {
          const u = hashUniform(
            seed,
            DRAW.delay,
            serviceIndex.get(step.service) ?? 0,
            ship.onDeparture,
          );
          ship.now += sampleOf(dist, u) * step.delay_share;
        }
        ship.onService = '';
        ship.step++;
        continue;
      }
      if (ship.now > horizonH) return; // beyond the horizon: stays in the backlog
      if (!due) {
        queue.push(ship.now, index);
        return;
      }
      due = false;
      if (step.kind === 'board') {
        const epoch = epochs[epochAt(epochs, ship.now)]!;
        if (blocked(ship.steps, ship.step, epoch)) {
          // a closure: the shipper takes any open route (its max_transfers no longer holds)
          if (
            replan(ship, step.terminal, false, true) !== 'changed' ||
            blocked(ship.steps, 0, epoch)
          ) {
            ship.stranded = true;
            stranded.push(index);
            return;
          }
          due = true;
          continue;
        }
        let leave = findDeparture(step, ship.boardings[ship.step], ship.now, ship.spec.teu_eq);
        if (!ship.overflowChecked && !(leave - ship.now <= scenario.overflow_replan_h)) {
          // capacity holds the shipment too long (or has no room left this horizon): choose again among
          // the options from here with real waits, then ask the planner with the booked capacity
          ship.overflowChecked = true;
          if (
            replan(ship, step.terminal) === 'changed' ||
            replan(ship, step.terminal, true) === 'changed'
          ) {
            due = true;
            continue;
          }
          leave = findDeparture(step, ship.boardings[ship.step], ship.now, ship.spec.teu_eq); // comparing options overwrote foundDep
        }
        if (Number.isNaN(leave)) return; // no departure with room before the horizon ends
        const dep = foundDep;
        const d = departures.get(step.service)!;
        const firstOnDeparture = dep >= 0 && d.remaining_teu[dep] === d.offered_teu[dep];
        if (dep >= 0) book(d, dep, foundA, foundB, ship.spec.teu_eq);
        const paid = ledger.pay(
          epoch,
          d.service,
          step.terminal,
          ship.spec,
          firstOnDeparture,
          dep < 0,
        );
        ship.subsidy_usd += paid;
        ship.cost_usd += step.cost_usd - paid;
        if (Number.isNaN(ship.departed_h)) ship.departed_h = leave;
        ship.co2e_kg += step.co2e_kg;
        if (ship.promised_h < 0) ship.promised_h = leave + ship.option.p90_from_first_departure_h;
        ship.onService = step.service;
        ship.onDeparture = dep;
        ship.now = leave;
        ship.step++;
        continue;
      }
      // border
      const arrivedAtBorder = ship.now;
      const b = network.borders.get(step.border);
      const q = queues.get(step.border);
      const extra =
        step.extra_h + (epochs[epochAt(epochs, ship.now)]!.extraDwellH.get(step.border) ?? 0);
      ship.cost_usd += step.cost_usd;
      if (!b || !q) {
        ship.now += extra;
        ship.border_h += extra;
        ship.step++;
        continue;
      }
      const open = reopenAt(step.border, ship.now);
      if (step.through !== undefined && ship.onDeparture >= 0 && step.through === ship.onService) {
        // the whole train crosses as one: the first of its shipments to arrive decides for all
        const d = departures.get(step.through)!;
        const slot =
          borderIndex.get(step.border)! * serviceIndex.size + (serviceIndex.get(step.through) ?? 0);
        let releases = trainRelease[slot];
        if (!releases)
          trainRelease[slot] = releases = new Float64Array(d.times_h.length).fill(Number.NaN);
        let release = releases[ship.onDeparture]!;
        if (Number.isNaN(release)) {
          const units = b.capacity_per_day?.unit === 'teu' ? peakLoad(d, ship.onDeparture) : 1;
          const start = q.serve(ship.now, units, open);
          const u = hashUniform(
            seed,
            DRAW.dwellTrain,
            (borderIndex.get(step.border)! << 12) ^ (serviceIndex.get(step.through) ?? 0),
            ship.onDeparture,
          );
          release = start + sampleOf(b.dwell_h, u) + extra;
          releases[ship.onDeparture] = release;
        }
        ship.now = Math.max(ship.now, release);
      } else {
        const unit = b.capacity_per_day?.unit;
        const units =
          unit === 'teu'
            ? ship.spec.teu_eq
            : unit === 'trains'
              ? ship.spec.teu_eq / TEU_PER_TRAIN
              : Math.ceil(ship.spec.teu_eq / TEU_PER_TRUCK);
        const start = q.serve(ship.now, units, open);
        ship.now =
          start +
          sampleOf(
            b.dwell_h,
            hashUniform(seed, DRAW.dwellShipment, ship.spec.draw_key, ship.step),
          ) +
          extra;
      }
      ship.border_h += ship.now - arrivedAtBorder;
      ship.step++;
    }
    if (ship.now <= horizonH) {
      ship.delivered = true;
      kpis.delivered(
        ship.spec,
        ship.option,
        ship.now,
        ship.promised_h,
        ship.cost_usd,
        ship.co2e_kg,
      );
      input.onDelivered?.({
        id: ship.spec.id,
        flow: ship.spec.flow,
        ready_h: ship.spec.ready_h,
        delivered_h: ship.now,
        corridor: ship.option.corridor_label,
        replanned: ship.replanned,
        cost_usd: ship.cost_usd,
      });
    }
  };

  // Arrivals are pushed lazily: one pending arrival at a time keeps the heap small.
  // Items: a shipment index (≥ 0), an arrival (ARRIVAL − k), or the start of epoch e (EPOCH − e).
  let nextArrival = 0;
  const ARRIVAL = -1;
  const EPOCH = -(2 ** 30);
  const pushArrival = () => {
    if (nextArrival < shipments.length)
      queue.push(shipments[nextArrival]!.ready_h, ARRIVAL - nextArrival);
  };
  for (let e = 1; e < epochs.length; e++) queue.push(epochs[e]!.start_h, EPOCH - e);
  pushArrival();
  while (queue.size > 0) {
    const t = queue.peekTime();
    if (t > horizonH) break;
    const item = queue.pop();
    if (item <= EPOCH) {
      // conditions change: shipments that found no route try again
      for (const i of stranded.splice(0)) {
        ships[i]!.now = Math.max(ships[i]!.now, t);
        queue.push(ships[i]!.now, i);
      }
    } else if (item <= ARRIVAL) {
      const spec = shipments[ARRIVAL - item]!;
      nextArrival++;
      pushArrival();
      const ship: Ship = {
        spec,
        option: undefined as unknown as RouteOption,
        steps: [],
        boardings: [],
        step: 0,
        now: spec.ready_h,
        promised_h: -1,
        departed_h: Number.NaN,
        border_h: 0,
        subsidy_usd: 0,
        cost_usd: 0,
        co2e_kg: 0,
        onService: '',
        onDeparture: -1,
        replanned: false,
        stranded: false,
        overflowChecked: false,
        delivered: false,
      };
      const index = ships.push(ship) - 1;
      kpis.arrived(spec);
      const option =
        pick(ship, optionsFor(spec, spec.from, spec.ready_h), 0) ??
        pick(ship, optionsFor(spec, spec.from, spec.ready_h, true), 0);
      if (!option) {
        ship.stranded = true;
        stranded.push(index);
        continue;
      }
      follow(ship, option);
      advance(index, true);
    } else {
      const ship = ships[item]!;
      if (ship.steps.length === 0) {
        // stranded at the origin: try to find a first route
        const option =
          pick(ship, optionsFor(ship.spec, ship.spec.from, ship.now), 2) ??
          pick(ship, optionsFor(ship.spec, ship.spec.from, ship.now, true), 2);
        if (!option) {
          stranded.push(item);
          continue;
        }
        follow(ship, option);
      }
      advance(item, true);
    }
  }
  for (const s of ships) {
    if (!s.delivered && s.promised_h >= 0) kpis.inTransit(s.spec);
    if (!s.delivered) kpis.undelivered(s.spec, s.cost_usd, horizonH);
    if (s.replanned) kpis.replanned();
    if (s.stranded) kpis.stranded();
  }
  const result = kpis.result({
    replication,
    seed,
    departures,
    queues,
    ledger,
    plannerCalls: keysUsed.size + liveCalls,
    horizonDays: scenario.horizon.days,
  });
  if (!input.tables) return result;
  const strandedNow = new Set(stranded);
  return {
    ...result,
    tables: replicationTables({
      replication,
      days: scenario.horizon.days,
      flows: scenario.demand.flows.map((f) => f.id),
      shipments: ships.map((s, i) => ({
        flow: s.spec.flow,
        flow_seq: s.spec.flow_seq,
        from: s.spec.from,
        to: s.spec.to,
        teu: s.spec.teu_eq,
        status: s.delivered
          ? 'delivered'
          : !Number.isNaN(s.departed_h)
            ? 'in_transit'
            : strandedNow.has(i)
              ? 'stranded'
              : 'waiting',
        mode: (s.option as RouteOption | undefined)?.main_mode ?? null,
        corridor: (s.option as RouteOption | undefined)?.corridor_label ?? null,
        booked_h: s.spec.ready_h,
        departed_h: s.departed_h,
        arrived_h: s.delivered ? s.now : Number.NaN,
        promised_h: s.promised_h,
        border_h: s.border_h,
        cost_usd: s.cost_usd,
        co2e_kg: s.co2e_kg,
        subsidy_usd: s.subsidy_usd,
        replanned: s.replanned,
      })),
      borders: new Map(
        Object.entries(result.border_queues).map(([id, q]) => [
          id,
          { unit: q.unit, by_day: q.by_day },
        ]),
      ),
      departures,
    }),
  };
}
