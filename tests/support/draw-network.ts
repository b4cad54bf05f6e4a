/**
 * A small DSL for drawing tiny networks in tests. It writes the same files a network folder holds
 * (as JSON texts) and runs the real validator (parseNetwork), so tests exercise what users load.
 * Distances default to 1.2 × great circle and running times to a typical speed of the mode; every
 * figure carries the source "drawn" (a test source), since these networks are made up.
 */
import type {
  CargoRules,
  CustomsRegime,
  Mode,
  Network,
  ServiceKind,
  TariffRule,
  TariffUnit,
  TerminalKind,
} from '../../src/model/index.ts';
import { formatIssue } from '../../src/model/index.ts';
import { parseNetwork } from '../../src/network/index.ts';

interface DrawTerminal {
  country: string;
  at: [number, number];
  modes: Mode[];
  kinds?: TerminalKind[];
  customs?: CustomsRegime[];
  overseas_warehouse?: boolean;
  timezone?: string;
  gauge_mm?: 1435 | 1520;
  name_zh?: string;
  city?: string;
  handling?: { modes: [Mode, Mode]; time_h: number; usd_per_teu: number }[];
}

export interface DrawService {
  mode: Mode;
  kind?: ServiceKind;
  stops: string[];
  km?: number[];
  hours?: number[];
  stop_h?: number[];
  weekly?: string[];
  per_week?: number;
  first_time?: string;
  on_demand_h?: number;
  /** tariff, default per TEU */
  usd?: number;
  unit?: TariffUnit;
  min_usd?: number;
  cargo?: Partial<Omit<CargoRules, 'max_gross_t_per_teu'>> & { max_gross_t_per_teu?: number };
  delay_h?: { p50: number; p90: number } | number;
  emission?: string;
  both_directions?: boolean;
  /** more tariff entries, e.g. for intermediate pairs or a return price of its own (replacing the drawn one) */
  tariffs?: { from: string; to: string; usd: number; unit?: TariffUnit }[];
  /** how rides between cargo stops other than the ends are priced (null: not sold; default distance share) */
  tariff_rule?: TariffRule | null;
  /** cargo stops (absent: the first stop loads, the last unloads); `every` for every stop */
  loads_at?: string[] | 'every';
  unloads_at?: string[] | 'every';
  /** the carrier's country (flag, haulier, airline), for legality rules */
  carrier?: string;
  /** parcel tariffs as filed (each gets the drawn source when it has none); a service with them files no other tariff */
  parcel_tariffs?: Record<string, unknown>[];
  /** a mode per leg where it is not the service's (a parcel product's delivery leg) */
  leg_modes?: (Mode | undefined)[];
}

interface DrawBorder {
  sides: [string, string];
  mode?: 'rail' | 'road';
  dwell_h: number | { p50: number; p90: number };
  /** dwell_h_by_direction: the dwell into a side, by the side's id */
  dwell_into?: Record<string, number | { p50: number; p90: number }>;
  usd_per_teu?: number;
  gauge?: { time_h: number; usd_per_teu: number };
  closures?: { from: string; to: string }[];
  both_directions?: boolean;
}

interface DrawRegime {
  direction: 'export' | 'import';
  clearance_h: number;
  usd: number;
  requires_at_destination?: 'overseas_warehouse' | 'bonded_zone';
  parcels_only?: boolean;
}

export interface Drawing {
  terminals: Record<string, DrawTerminal>;
  services?: Record<string, DrawService>;
  borders?: Record<string, DrawBorder>;
  handling?: { modes: [Mode, Mode]; time_h: number; usd_per_teu: number }[];
  regimes?: Partial<Record<CustomsRegime, DrawRegime>>;
  cargo_t_per_teu?: number;
  hub_co2e_kg_per_t?: number;
  /** legality.yaml rules as filed (each gets the drawn source when it has none) */
  legality?: Record<string, unknown>[];
  /** customs.yaml `destinations`: import clearance of destination territories, by id */
  destinations?: Record<string, DrawDestination>;
  /** network.yaml `special_cargo_surcharges` as filed (each gets the drawn source when it has none) */
  special_cargo_surcharges?: Record<string, unknown>[];
  /** network.yaml `special_cargo_lead_times` as filed (each gets the drawn source when it has none) */
  special_cargo_lead_times?: Record<string, unknown>[];
  /** network.yaml `parcel_delivery` as filed: each band gets the drawn source when it has none */
  parcel_delivery?: {
    country: string;
    carrier: string;
    carrier_zh: string;
    bands: Record<string, unknown>[];
  }[];
}

export interface DrawDestination {
  countries: string[];
  /** hours: fixed, or a lognormal by its p50 and p90 */
  clearance_h: number | { p50: number; p90: number };
  usd: number;
  /** customs.yaml `transit`: procedures from the entry border to where the cargo leaves the ride (DC3) */
  transit?: {
    procedure: 'T1' | 'TIR' | 'CIM/SMGS';
    modes: Mode[];
    opening_h: number | { p50: number; p90: number };
    /** one declaration's price */
    usd: number;
    /** declarations per container of a container shipment, or one per shipment (default; DC5) */
    per?: 'container' | 'shipment';
  }[];
}

const SRC = { source: 'drawn' };
const SPEED: Record<Mode, number> = { rail: 40, road: 55, sea: 30, air: 700 };
const ZONE: Record<string, string> = {
  CN: 'Asia/Shanghai',
  MN: 'Asia/Ulaanbaatar',
  RU: 'Europe/Moscow',
  BY: 'Europe/Minsk',
  PL: 'Europe/Warsaw',
  DE: 'Europe/Berlin',
  NL: 'Europe/Amsterdam',
  KZ: 'Asia/Almaty',
  JP: 'Asia/Tokyo',
};
const BROAD = new Set(['MN', 'RU', 'BY', 'KZ']);
const KIND: Record<Mode, TerminalKind> = {
  rail: 'rail_terminal',
  road: 'road_terminal',
  sea: 'seaport',
  air: 'airport',
};
const DEFAULT_KIND: Record<Mode, ServiceKind> = {
  rail: 'china_europe_train',
  road: 'road_truck',
  sea: 'deep_sea',
  air: 'air_freighter',
};
const DRAWN_FACTORS: Record<Mode, number> = {
  rail: 0.025,
  road: 0.08,
  sea: 0.015,
  air: 0.6,
};

const DEFAULT_REGIMES: Partial<Record<CustomsRegime, DrawRegime>> = {
  general: { direction: 'export', clearance_h: 12, usd: 150 },
  '9710': { direction: 'export', clearance_h: 8, usd: 100 },
  '9810': {
    direction: 'export',
    clearance_h: 8,
    usd: 120,
    requires_at_destination: 'overseas_warehouse',
  },
  '9610': { direction: 'export', clearance_h: 4, usd: 50, parcels_only: true },
  '1210': {
    direction: 'import',
    clearance_h: 24,
    usd: 200,
    requires_at_destination: 'bonded_zone',
  },
};

export function greatCircleKm(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const fig = (value: number) => ({ value, ...SRC });
const dist = (d: number | { p50: number; p90: number }) =>
  typeof d === 'number'
    ? { dist: 'fixed' as const, value: d, ...SRC }
    : { dist: 'lognormal' as const, p50: d.p50, p90: d.p90, ...SRC };

/** The network files of a drawing, as JSON texts. */
function drawFiles(d: Drawing): { name: string; text: string }[] {
  const terminals = Object.entries(d.terminals).map(([id, t]) => ({
    id,
    name: id,
    name_zh: t.name_zh ?? `${id}站`,
    aliases: [],
    city: t.city ?? id,
    city_zh: `${t.city ?? id}市`,
    country: t.country,
    timezone: t.timezone ?? ZONE[t.country] ?? 'UTC',
    kinds: t.kinds ?? [...new Set(t.modes.map((m) => KIND[m]))],
    modes: t.modes,
    ...(t.modes.includes('rail')
      ? { gauge_mm: t.gauge_mm ?? (BROAD.has(t.country) ? 1520 : 1435) }
      : {}),
    location: { lon: t.at[0], lat: t.at[1], ...SRC },
    customs: t.customs ?? [],
    overseas_warehouse: t.overseas_warehouse ?? false,
    handling: (t.handling ?? []).map((h) => ({
      modes: h.modes,
      time_h: fig(h.time_h),
      cost_usd_per_teu: fig(h.usd_per_teu),
    })),
  }));
  const services = Object.entries(d.services ?? {}).map(([id, s]) => {
    const legs = s.stops.slice(1).map((to, k) => {
      const from = s.stops[k]!;
      const gc = greatCircleKm(d.terminals[from]!.at, d.terminals[to]!.at);
      const km = s.km?.[k] ?? Math.ceil(gc * 1.2) + 1;
      const legMode = s.leg_modes?.[k];
      return {
        from,
        to,
        ...(legMode ? { mode: legMode } : {}),
        distance_km: fig(km),
        duration_h: fig(s.hours?.[k] ?? km / SPEED[legMode ?? s.mode]),
        ...(s.stop_h?.[k] !== undefined ? { stop_h: fig(s.stop_h[k]!) } : {}),
      };
    });
    const schedule =
      s.on_demand_h !== undefined
        ? { type: 'on_demand', lead_h: s.on_demand_h, ...SRC }
        : s.per_week !== undefined
          ? { type: 'frequency', per_week: s.per_week, first_time: s.first_time ?? '08:00', ...SRC }
          : {
              type: 'weekly',
              departures: (s.weekly ?? ['Mon 08:00']).map((x) => ({
                day: x.split(' ')[0],
                time: x.split(' ')[1],
              })),
              ...SRC,
            };
    return {
      id,
      name: `Service ${id}`,
      name_zh: `${id}班列`,
      mode: s.mode,
      kind: s.kind ?? DEFAULT_KIND[s.mode],
      ...(s.carrier ? { carrier: { country: s.carrier, ...SRC } } : {}),
      legs,
      schedule,
      // one price from the first stop to the last, and the same back when the service returns
      tariffs: (s.both_directions
        ? [
            [s.stops[0]!, s.stops.at(-1)!],
            [s.stops.at(-1)!, s.stops[0]!],
          ]
        : [[s.stops[0]!, s.stops.at(-1)!]]
      )
        .map(([from, to]): NonNullable<DrawService['tariffs']>[number] => ({
          from: from!,
          to: to!,
          usd: s.usd ?? 1000,
        }))
        // a per-km service is priced by its rule alone, a parcel product by its parcel tariffs; a
        // drawn entry replaces the default one
        .filter(() => s.tariff_rule?.kind !== 'per_km' && !s.parcel_tariffs)
        .filter((d) => !s.tariffs?.some((t) => t.from === d.from && t.to === d.to))
        .concat(s.tariffs ?? [])
        .map((t) => ({
          from: t.from,
          to: t.to,
          unit: t.unit ?? s.unit ?? 'teu',
          usd: t.usd,
          ...(s.min_usd !== undefined ? { min_usd: s.min_usd } : {}),
          date: '2024',
          ...SRC,
        })),
      // rides between other cargo stops pay their distance share unless the drawing says otherwise
      ...(s.tariff_rule !== null && !s.parcel_tariffs && (s.loads_at || s.unloads_at)
        ? { tariff_rule: s.tariff_rule ?? { kind: 'distance_share' as const, ...SRC } }
        : {}),
      ...(s.parcel_tariffs
        ? {
            parcel_tariffs: s.parcel_tariffs.map((t) =>
              t['source'] || t['assumption'] ? t : { ...t, ...SRC },
            ),
          }
        : {}),
      emission_factor: s.emission ?? `${s.mode}-drawn`,
      ...(s.delay_h !== undefined ? { delay_h: dist(s.delay_h) } : {}),
      // rules not drawn take the schema's defaults (containers and parcels, nothing special)
      cargo: {
        ...s.cargo,
        ...(s.cargo?.max_gross_t_per_teu !== undefined
          ? { max_gross_t_per_teu: fig(s.cargo.max_gross_t_per_teu) }
          : {}),
      },
      both_directions: s.both_directions ?? false,
      ...(s.loads_at || s.unloads_at
        ? {
            cargo_stops: {
              loads_at: cargoStopList(s.loads_at, s.stops.slice(0, -1), s.stops[0]!),
              unloads_at: cargoStopList(s.unloads_at, s.stops.slice(1), s.stops.at(-1)!),
              ...SRC,
            },
          }
        : {}),
    };
  });
  const borders = Object.entries(d.borders ?? {}).map(([id, b]) => ({
    id,
    name: `Border ${id}`,
    name_zh: `${id}口岸`,
    mode: b.mode ?? 'rail',
    sides: b.sides,
    both_directions: b.both_directions ?? true,
    dwell_h: dist(b.dwell_h),
    ...(b.dwell_into
      ? {
          dwell_h_by_direction: Object.fromEntries(
            Object.entries(b.dwell_into).map(([side, d]) => [side, dist(d)]),
          ),
        }
      : {}),
    cost_usd_per_teu: fig(b.usd_per_teu ?? 0),
    ...(b.gauge
      ? {
          gauge_change: {
            method: 'container_transfer',
            time_h: fig(b.gauge.time_h),
            cost_usd_per_teu: fig(b.gauge.usd_per_teu),
          },
        }
      : {}),
    documents: [],
    closures: (b.closures ?? []).map((c) => ({ ...c, reason: 'drawn closure for a test', ...SRC })),
  }));
  const regimes = Object.entries(d.regimes ?? DEFAULT_REGIMES).map(([regime, r]) => ({
    regime,
    name: `Regime ${regime}`,
    name_zh: `监管方式${regime}`,
    direction: r!.direction,
    clearance_h: dist(r!.clearance_h),
    cost_usd_per_shipment: fig(r!.usd),
    ...(r!.requires_at_destination ? { requires_at_destination: r!.requires_at_destination } : {}),
    parcels_only: r!.parcels_only ?? false,
  }));
  const manifest = {
    id: 'drawn',
    name: 'Drawn network',
    name_zh: '测试网络',
    reference_year: 2026,
    cny_per_usd: fig(7.1),
    cargo_t_per_teu: fig(d.cargo_t_per_teu ?? 10),
    volumetric_kg_per_m3: fig(167),
    default_handling: (
      d.handling ?? [
        { modes: ['rail', 'road'], time_h: 4, usd_per_teu: 50 },
        { modes: ['rail', 'sea'], time_h: 12, usd_per_teu: 80 },
        { modes: ['road', 'sea'], time_h: 6, usd_per_teu: 60 },
        { modes: ['road', 'air'], time_h: 3, usd_per_teu: 40 },
      ]
    ).map((h) => ({ modes: h.modes, time_h: fig(h.time_h), cost_usd_per_teu: fig(h.usd_per_teu) })),
    ...(d.special_cargo_surcharges
      ? {
          special_cargo_surcharges: d.special_cargo_surcharges.map((r) =>
            r['source'] || r['assumption'] ? r : { ...r, ...SRC },
          ),
        }
      : {}),
    ...(d.special_cargo_lead_times
      ? {
          special_cargo_lead_times: d.special_cargo_lead_times.map((r) =>
            r['source'] || r['assumption'] ? r : { ...r, ...SRC },
          ),
        }
      : {}),
    ...(d.parcel_delivery
      ? {
          parcel_delivery: d.parcel_delivery.map((r) => ({
            ...r,
            bands: r.bands.map((b) => (b['source'] || b['assumption'] ? b : { ...b, ...SRC })),
          })),
        }
      : {}),
  };
  const emissions = {
    version: 'drawn factors',
    factors: (['rail', 'road', 'sea', 'air'] as Mode[]).map((m) => ({
      id: `${m}-drawn`,
      mode: m,
      description: `drawn ${m} factor`,
      basis: 'WTW',
      co2e_kg_per_tkm: fig(DRAWN_FACTORS[m]),
    })),
    hub_co2e_kg_per_t: fig(d.hub_co2e_kg_per_t ?? 0),
  };
  const sources = {
    sources: [{ id: 'drawn', title: 'Figures drawn for a test network', publisher: 'tests' }],
  };
  const json = (name: string, value: unknown) => ({
    name: `${name}.json`,
    text: JSON.stringify(value),
  });
  return [
    json('network', manifest),
    json('sources', sources),
    json('terminals', { terminals }),
    json('services', { services }),
    json('borders', { borders }),
    json('emissions', emissions),
    json('customs', {
      regimes,
      destinations: Object.entries(d.destinations ?? {}).map(([id, t]) => ({
        id,
        name: `Territory ${id}`,
        name_zh: `关境${id}`,
        countries: t.countries,
        clearance_h: dist(t.clearance_h),
        cost_usd_per_shipment: fig(t.usd),
        ...(t.transit
          ? {
              transit: t.transit.map((p) => ({
                procedure: p.procedure,
                name: `Transit ${p.procedure}`,
                name_zh: `过境${p.procedure}`,
                modes: p.modes,
                opening_h: dist(p.opening_h),
                cost_usd_per_declaration: fig(p.usd),
                per: p.per ?? 'shipment',
              })),
            }
          : {}),
      })),
    }),
    ...(d.legality ? [json('legality', { rules: d.legality.map((r) => ({ ...SRC, ...r })) })] : []),
  ];
}

/** Every issue (errors and warnings) the validator reports on a drawing. */
export function drawIssues(d: Drawing) {
  return parseNetwork(drawFiles(d)).issues;
}

/** Validates a drawing with the real loader; throws with every issue when it does not validate. */
export function drawNetwork(d: Drawing): Network {
  const { network, issues } = parseNetwork(drawFiles(d));
  if (!network)
    throw new Error(
      `drawn network is invalid:\n${issues
        .filter((i) => i.severity === 'error')
        .map(formatIssue)
        .join('\n')}`,
    );
  return network;
}

/** A drawn cargo stop list: as given, `every` stop it may be, or (absent) the end it defaults to. */
function cargoStopList(
  list: string[] | 'every' | undefined,
  candidates: string[],
  end: string,
): string[] {
  if (list === 'every') return candidates;
  return list ?? [end];
}
