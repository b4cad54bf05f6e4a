/**
 * Seeded generator of large synthetic networks for the benchmarks: terminals on a jittered grid over
 * northern China and Mongolia, each linked by single-leg road services to its grid neighbours (both
 * ways, so the network is strongly connected) and to a few random terminals within three cells.
 * Distances are 1.2 × great circle, tariffs per TEU proportional to distance × U(1, 1.5). The Network
 * is built directly (no validation): it is a load test, not data.
 */
import type {
  EmissionFactor,
  Network,
  NetworkManifest,
  Service,
  Terminal,
} from '../../src/model/index.ts';

export interface GeneratedNetwork {
  network: Network;
  terminalIds: string[];
}

/** mulberry32, so the same seed gives the same network on every machine */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gcKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const SRC = { source: 'synthetic' };
const ASSUMED = { assumption: 'synthetic benchmark figure, not data' };

export function generateNetwork(
  terminalCount: number,
  seed = 42,
  extraLinks = 1,
): GeneratedNetwork {
  const rand = rng(seed);
  const side = Math.ceil(Math.sqrt(terminalCount));
  const lon0 = 75;
  const lat0 = 30;
  const step = 60 / side;
  const terminals = new Map<string, Terminal>();
  const ids: string[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  for (let i = 0; i < terminalCount; i++) {
    const x = i % side;
    const y = Math.floor(i / side);
    const lo = lon0 + (x + 0.8 * rand()) * step;
    const la = lat0 + (y + 0.8 * rand()) * step * 0.35;
    const id = `t${i}`;
    ids.push(id);
    lon.push(lo);
    lat.push(la);
    terminals.set(id, {
      id,
      name: `Terminal ${i}`,
      name_zh: `站${i}`,
      aliases: [],
      city: `City ${i}`,
      city_zh: `城${i}`,
      country: 'CN',
      timezone: 'Asia/Shanghai',
      kinds: ['road_terminal'],
      modes: ['road'],
      location: { lon: lo, lat: la, ...SRC },
      codes: {},
      customs: [],
      overseas_warehouse: false,
      handling: [],
    });
  }
  const schedule = { type: 'on_demand' as const, lead_h: 2, ...ASSUMED };
  const cargo = {
    accepts_containers: true,
    accepts_parcels: true,
    reefer: false,
    dangerous_goods: false,
    lithium_batteries: false,
    oversize: false,
  };
  const services = new Map<string, Service>();
  const link = (a: number, b: number) => {
    if (a === b) return;
    const km = Math.ceil(gcKm(lon[a]!, lat[a]!, lon[b]!, lat[b]!) * 1.2) + 1;
    const id = `s${services.size}`;
    services.set(id, {
      id,
      name: id,
      mode: 'road',
      kind: 'road_truck',
      legs: [
        {
          from: ids[a]!,
          to: ids[b]!,
          distance_km: { value: km, ...SRC },
          duration_h: { value: km / 55, ...SRC },
        },
      ],
      schedule,
      tariffs: [
        {
          from: ids[a]!,
          to: ids[b]!,
          unit: 'teu',
          usd: Math.round(km * 1.1 * (1 + 0.5 * rand()) * 100) / 100,
          date: '2024',
          ...ASSUMED,
        },
      ],
      emission_factor: 'road-synthetic',
      cargo,
      both_directions: false,
    });
  };
  for (let i = 0; i < terminalCount; i++) {
    const x = i % side;
    if (x + 1 < side && i + 1 < terminalCount) {
      link(i, i + 1);
      link(i + 1, i);
    }
    if (i + side < terminalCount) {
      link(i, i + side);
      link(i + side, i);
    }
    for (let k = 0; k < extraLinks; k++) {
      const dx = Math.floor(rand() * 7) - 3;
      const dy = Math.floor(rand() * 7) - 3;
      const j = i + dx + dy * side;
      if (j >= 0 && j < terminalCount) link(i, j);
    }
  }
  const manifest: NetworkManifest = {
    id: `synthetic-${terminalCount}`,
    name: 'Synthetic benchmark network',
    name_zh: '基准测试网络',
    reference_year: 2026,
    home_country: 'CN',
    cny_per_usd: { value: 7.1, ...ASSUMED },
    cargo_t_per_teu: { value: 10, ...ASSUMED },
    volumetric_kg_per_m3: { value: 167, ...ASSUMED },
    default_handling: [],
  };
  const factor: EmissionFactor = {
    id: 'road-synthetic',
    mode: 'road',
    description: 'synthetic',
    basis: 'WTW',
    co2e_kg_per_tkm: { value: 0.08, ...ASSUMED },
  };
  const network: Network = {
    manifest,
    sources: new Map([
      [
        'synthetic',
        { id: 'synthetic', title: 'Synthetic benchmark network', publisher: 'benchmark generator' },
      ],
    ]),
    terminals,
    services,
    borders: new Map(),
    emissionFactors: new Map([[factor.id, factor]]),
    emissionsVersion: 'synthetic',
    hubCo2eKgPerT: 0,
    regimes: new Map(),
  };
  return { network, terminalIds: ids };
}
