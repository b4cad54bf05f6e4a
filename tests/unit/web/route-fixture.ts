/** Builds small Route objects for the web view-model tests (Baotou → Erenhot → Duisburg shapes). */
import type { Route, RouteLeg, TerminalRef } from '../../../web/types.ts';

export const T = {
  baotou: {
    id: 'baotou-rail',
    name: 'Baotou',
    name_zh: '包头',
    country: 'CN',
    lon: 109.8,
    lat: 40.6,
  },
  erenhot: {
    id: 'erenhot-rail',
    name: 'Erenhot',
    name_zh: '二连浩特',
    country: 'CN',
    lon: 111.98,
    lat: 43.65,
  },
  zamyn: {
    id: 'zamyn-uud-rail',
    name: 'Zamyn-Uud',
    name_zh: '扎门乌德',
    country: 'MN',
    lon: 111.9,
    lat: 43.72,
  },
  duisburg: {
    id: 'duisburg-rail',
    name: 'Duisburg',
    name_zh: '杜伊斯堡',
    country: 'DE',
    lon: 6.76,
    lat: 51.43,
  },
  tianjin: {
    id: 'tianjin-port',
    name: 'Tianjin',
    name_zh: '天津',
    country: 'CN',
    lon: 117.7,
    lat: 38.98,
  },
} satisfies Record<string, TerminalRef>;

const H = 3_600_000;
const iso = (t0: string, h: number): string => new Date(Date.parse(t0) + h * H).toISOString();

function leg(
  over: Partial<RouteLeg> & Pick<RouteLeg, 'from' | 'to' | 'depart' | 'arrive'>,
): RouteLeg {
  return {
    service_id: 'svc',
    service_name: 'Service',
    mode: 'rail',
    kind: 'china_europe_train',
    via: [],
    wait_h: 0,
    duration_h: (Date.parse(over.arrive) - Date.parse(over.depart)) / H,
    distance_km: 100,
    cost_usd: 100,
    line_haul_usd: 100,
    co2e_kg: 10,
    path: [],
    ...over,
  };
}

export interface RouteOpts {
  id?: string;
  corridorId?: string;
  cost?: number;
  hours?: number;
  p90?: number;
  co2e?: number;
  pareto?: boolean;
}

/** A two-leg rail route with one gauge-change border at Erenhot. */
export function makeRoute(o: RouteOpts = {}): Route {
  const t0 = '2027-03-01T00:00:00.000Z';
  const hours = o.hours ?? 400;
  const legs = [
    leg({
      service_id: 'bt-er',
      service_name: 'Baotou–Erenhot shuttle',
      service_name_zh: '包头—二连浩特',
      kind: 'domestic_rail',
      from: T.baotou,
      to: T.erenhot,
      depart: iso(t0, 10),
      arrive: iso(t0, 30),
      wait_h: 10,
      path: [
        [109.8, 40.6],
        [111, 42],
        [111.98, 43.65],
      ],
    }),
    leg({
      service_id: 'er-du',
      service_name: 'China-Europe train',
      service_name_zh: '中欧班列',
      from: T.erenhot,
      to: T.duisburg,
      depart: iso(t0, 40),
      arrive: iso(t0, hours),
    }),
  ];
  return {
    id: o.id ?? 'r1',
    summary: 'baotou-rail ~RAIL~ erenhot-rail ~RAIL~ duisburg-rail',
    corridor: {
      id: o.corridorId ?? 'border:erenhot',
      label: 'Erenhot–Zamyn-Uud · Brest',
      label_zh: '二连浩特—扎门乌德 · 布列斯特',
      gateways: ['erenhot'],
    },
    from: T.baotou,
    to: T.duisburg,
    depart: t0,
    arrive: iso(t0, hours),
    arrive_p50: iso(t0, hours),
    arrive_p90: iso(t0, o.p90 ?? hours + 48),
    duration_h: hours,
    duration_p50_h: hours,
    duration_p90_h: o.p90 ?? hours + 48,
    transit_h: hours,
    distance_km: 10_000,
    cost: {
      total_usd: o.cost ?? 8000,
      line_haul_usd: 7000,
      handling_usd: 500,
      border_usd: 300,
      gauge_change_usd: 0,
      special_cargo_usd: 0,
      customs_usd: 200,
      import_customs_usd: 0,
      transit_customs_usd: 0,
      parcel_delivery_usd: 0,
      subsidy_usd: 0,
    },
    co2e_kg: o.co2e ?? 900,
    generalized_cost_usd: 9000,
    transfers: 1,
    modes: ['rail'],
    legs,
    transfer_events: [],
    border_events: [
      {
        border_id: 'erenhot-zamyn-uud-rail',
        name: 'Erenhot–Zamyn-Uud',
        name_zh: '二连浩特—扎门乌德',
        from: T.erenhot,
        to: T.zamyn,
        start: iso(t0, 42),
        end: iso(t0, 60),
        dwell_h: 18,
        dwell_p90_h: 30,
        cost_usd: 300,
        gauge_change: {
          from_mm: 1435,
          to_mm: 1520,
          method: 'container_transfer',
          time_h: 6,
          cost_usd: 120,
          co2e_kg: 35,
        },
      },
    ],
    customs_events: [],
    timeline: [
      {
        type: 'wait',
        label: 'Wait at Baotou',
        label_zh: '在包头等待',
        start: t0,
        end: iso(t0, 10),
      },
      {
        type: 'ride',
        label: 'Baotou–Erenhot',
        label_zh: '包头—二连浩特',
        start: iso(t0, 10),
        end: iso(t0, 30),
      },
      {
        type: 'transfer',
        label: 'Transfer at Erenhot',
        label_zh: '二连浩特中转',
        start: iso(t0, 30),
        end: iso(t0, 40),
      },
      {
        type: 'border',
        label: 'Erenhot border',
        label_zh: '二连浩特口岸',
        start: iso(t0, 42),
        end: iso(t0, 60),
      },
      {
        type: 'ride',
        label: 'Erenhot–Duisburg',
        label_zh: '二连浩特—杜伊斯堡',
        start: iso(t0, 40),
        end: iso(t0, hours),
      },
    ],
    pareto_optimal: o.pareto ?? true,
  };
}
