/**
 * Tiny drawn networks and hand-made route options for engine tests, so outcomes can be computed by hand:
 *
 *   o ──t1── x1 ═b1═ y1 ──t1── d        (t1: train, Mon 00:00 UTC, 2 TEU per departure)
 *   o ──t2── x2 ═b2═ y2 ──t2── d        (t2: train, Mon 00:00 UTC, 10 TEU)
 *   o ──f── h (truck on demand) ; h ──t1h── x1 … and h ──t2h── x2 …  (for re-planning at h)
 *   o ──tl── x1 ─bt─ y1 ──tl── d        (with `truckLine`: a scheduled TIR truck line, Mon 00:00 UTC, one 2-TEU truck)
 */
import type {
  BorderCrossing,
  Conditions,
  Network,
  Service,
  Terminal,
} from '../../../src/model/index.ts';
import type { OptionProvider } from '../../../src/simulation/engine.ts';
import type { ShipmentSpec } from '../../../src/simulation/demand.ts';
import type { RouteOption, Step } from '../../../src/simulation/route-option.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';

const figure = (value: number) => ({
  value,
  assumption: 'a round number for a hand-computed test',
});

function terminal(id: string, country: string): Terminal {
  return {
    id,
    name: id,
    name_zh: id,
    aliases: [],
    city: id,
    city_zh: id,
    country,
    timezone: 'UTC',
    kinds: ['rail_terminal'],
    modes: ['rail', 'road'],
    gauge_mm: 1435,
    location: { lon: 100, lat: 40, assumption: 'test position' },
    codes: {},
    customs: [],
    overseas_warehouse: false,
    handling: [],
  } as Terminal;
}

function service(
  id: string,
  stops: string[],
  opts: {
    capacityTeu?: number;
    onDemand?: boolean;
    truckLine?: boolean;
    delay?: Service['delay_h'];
  } = {},
): Service {
  return {
    id,
    name: id,
    mode: opts.onDemand || opts.truckLine ? 'road' : 'rail',
    kind: opts.onDemand ? 'road_truck' : opts.truckLine ? 'tir_truck' : 'china_europe_train',
    legs: stops
      .slice(1)
      .map((to, i) => ({ from: stops[i]!, to, distance_km: figure(100), duration_h: figure(10) })),
    schedule: opts.onDemand
      ? { type: 'on_demand', lead_h: 0, assumption: 'test schedule' }
      : {
          type: 'weekly',
          departures: [{ day: 'Mon', time: '00:00' }],
          assumption: 'test schedule',
        },
    ...(opts.capacityTeu !== undefined
      ? { capacity: { teu: opts.capacityTeu, assumption: 'test capacity' } }
      : {}),
    tariffs: [
      {
        from: stops[0]!,
        to: stops.at(-1)!,
        unit: 'teu',
        usd: 100,
        date: '2024',
        assumption: 'test tariff',
      },
    ],
    emission_factor: 'rail',
    ...(opts.delay ? { delay_h: opts.delay } : {}),
    cargo: {
      accepts_containers: true,
      accepts_parcels: true,
      reefer: false,
      dangerous_goods: false,
      lithium_batteries: false,
      oversize: false,
    },
    both_directions: false,
  } as Service;
}

function border(
  id: string,
  sides: [string, string],
  perDay: number,
  unit: 'trains' | 'trucks' | 'teu',
  dwell: BorderCrossing['dwell_h'],
): BorderCrossing {
  return {
    id,
    name: id,
    name_zh: id,
    mode: unit === 'trucks' ? 'road' : 'rail',
    sides,
    both_directions: true,
    dwell_h: dwell,
    cost_usd_per_teu: figure(50),
    capacity_per_day: { value: perDay, unit, assumption: 'test capacity' },
    documents: [],
    closures: [],
  } as BorderCrossing;
}

export function tinyNetwork(
  opts: {
    t1Capacity?: number;
    dwell?: BorderCrossing['dwell_h'];
    delay?: Service['delay_h'];
    truckBorderPerDay?: number;
    /** add `tl`, a scheduled truck line o → x1 → y1 → d of one 2-TEU truck a week */
    truckLine?: boolean;
  } = {},
): Network {
  const dwell = opts.dwell ?? { dist: 'fixed', value: 5, assumption: 'test dwell' };
  const terminals = [
    terminal('o', 'CN'),
    terminal('h', 'CN'),
    terminal('x1', 'CN'),
    terminal('y1', 'MN'),
    terminal('x2', 'CN'),
    terminal('y2', 'RU'),
    terminal('d', 'RU'),
  ];
  const services = [
    service('t1', ['o', 'x1', 'y1', 'd'], {
      capacityTeu: opts.t1Capacity ?? 2,
      ...(opts.delay ? { delay: opts.delay } : {}),
    }),
    service('t2', ['o', 'x2', 'y2', 'd'], { capacityTeu: 10 }),
    service('f', ['o', 'h'], { onDemand: true }),
    service('t1h', ['h', 'x1', 'y1', 'd'], { capacityTeu: 100 }),
    service('t2h', ['h', 'x2', 'y2', 'd'], { capacityTeu: 100 }),
    service('truck', ['x1', 'y1'], { onDemand: true }),
    ...(opts.truckLine
      ? [service('tl', ['o', 'x1', 'y1', 'd'], { truckLine: true, capacityTeu: 2 })]
      : []),
  ];
  const borders = [
    border('b1', ['x1', 'y1'], 1, 'trains', dwell),
    border('b2', ['x2', 'y2'], 1, 'trains', dwell),
    border('bt', ['x1', 'y1'], opts.truckBorderPerDay ?? 2, 'trucks', {
      dist: 'fixed',
      value: 1,
      assumption: 'test dwell',
    }),
  ];
  return {
    manifest: {
      id: 'tiny',
      name: 'tiny',
      name_zh: 'tiny',
      reference_year: 2024,
      cny_per_usd: figure(7),
      cargo_t_per_teu: figure(10),
      volumetric_kg_per_m3: figure(167),
      default_handling: [],
    },
    sources: new Map([['test-source', { id: 'test-source', title: 'test', publisher: 'test' }]]),
    terminals: new Map(terminals.map((t) => [t.id, t])),
    services: new Map(services.map((s) => [s.id, s])),
    borders: new Map(borders.map((b) => [b.id, b])),
    emissionFactors: new Map(),
    emissionsVersion: 'test',
    hubCo2eKgPerT: 0,
    regimes: new Map(),
  } as unknown as Network;
}

/** A through-train option: board at the first stop, ride 10 h, cross, ride 10 h, alight. */
export function trainOption(
  serviceId: string,
  borderId: string,
  from: string,
  cost: number,
  corridor: string,
): RouteOption {
  const steps: Step[] = [
    {
      kind: 'board',
      service: serviceId,
      terminal: from,
      offset_h: 0,
      cost_usd: cost,
      co2e_kg: 100,
      distance_km: 300,
    },
    { kind: 'fixed', hours: 10, cost_usd: 0, co2e_kg: 0 },
    {
      kind: 'border',
      border: borderId,
      into: borderId === 'b2' ? 'y2' : 'y1',
      through: serviceId,
      extra_h: 0,
      cost_usd: 0,
    },
    { kind: 'fixed', hours: 10, cost_usd: 0, co2e_kg: 0 },
    { kind: 'alight', service: serviceId, terminal: 'd', delay_share: 1 },
  ];
  return option(`${serviceId}:${from}`, from, steps, cost, corridor, [serviceId], [borderId]);
}

export function option(
  key: string,
  from: string,
  steps: Step[],
  cost: number,
  corridor: string,
  services: string[],
  borders: string[],
): RouteOption {
  return {
    key,
    corridor_id: corridor,
    corridor_label: corridor,
    corridor_group: corridor,
    main_mode: 'rail',
    modes: ['rail'],
    from,
    to: 'd',
    cost_usd: cost,
    co2e_kg: 100,
    duration_p50_h: 25,
    p90_from_first_departure_h: 30,
    steps,
    terminals: [from, 'd'],
    countries: ['CN', 'RU'],
    services,
    borders,
  };
}

/** A provider over a fixed list of options per origin, dropping those that touch a closed service or border. */
export function fixedProvider(
  byOrigin: Record<string, RouteOption[]>,
  calls: { n: number } = { n: 0 },
): OptionProvider {
  return (req, conditions: Conditions) => {
    calls.n++;
    return (byOrigin[req.from] ?? []).filter(
      (o) =>
        !o.services.some((s) => conditions.closed_services?.includes(s)) &&
        !o.borders.some((b) => conditions.closed_borders?.includes(b)),
    );
  };
}

export function tinyScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'tiny',
    name: 'tiny',
    description: '',
    network: 'tiny',
    horizon: { start: '2024-01-01', days: 28 },
    seed: 7,
    replications: 1,
    demand: { scale: 1, flows: [], shipments: [] },
    choice: { model: 'least_cost', carbon_price_usd_per_t: 0, value_of_time_usd_per_h: 0 },
    alternatives: 4,
    overflow_replan_h: 10_000,
    max_live_replans: 0,
    events: [],
    policies: [],
    ...overrides,
  };
}

export const csvShipment = (day: number, from: string, teu: number) => ({
  day,
  from,
  to: 'd',
  teu,
  regime: 'general' as const,
  value_usd: 10_000,
  cargo: [],
});

/** A shipment of `teu` TEU from `from` to d, ready at `ready_h` (for the engine's parts, without demand generation). */
export function spec(from: string, teu: number, ready_h = 0, draw_key = 1): ShipmentSpec {
  return {
    id: draw_key,
    ready_h,
    from,
    to: 'd',
    teu,
    teu_eq: teu,
    regime: 'general',
    value_usd: 10_000,
    cargo: [],
    class_key: `${from}|${teu}`,
    flow: 'f',
    flow_seq: draw_key,
    draw_key,
  };
}
