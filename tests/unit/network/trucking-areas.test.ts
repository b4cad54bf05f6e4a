import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BorderCrossing,
  Service,
  Terminal,
  TruckingArea,
  type Network,
} from '../../../src/model/index.ts';
import { loadNetwork } from '../../../src/network/index.ts';
import { areaTrucks } from '../../../src/network/trucking-areas.ts';
import { haversineKm } from '../../../src/lib/geo.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

const terminal = (id: string, country: string, lon: number, lat: number) =>
  Terminal.parse({
    id,
    name: id,
    name_zh: id,
    city: id.toUpperCase(),
    city_zh: id,
    country,
    timezone: 'Europe/Berlin',
    kinds: ['road_terminal'],
    modes: ['road'],
    location: { lon, lat, assumption: 'drawn for the test' },
  });
const terminals = new Map(
  [
    terminal('a', 'DE', 7, 51),
    terminal('b', 'DE', 13, 52),
    terminal('c', 'PL', 21, 52),
    terminal('de-side', 'DE', 14.5, 52.3),
    terminal('pl-side', 'PL', 14.6, 52.3),
    terminal('x', 'NL', 4, 52),
  ].map((t) => [t.id, t]),
);
const border = BorderCrossing.parse({
  id: 'de-pl',
  name: 'DE – PL',
  name_zh: '德波',
  mode: 'road',
  sides: ['de-side', 'pl-side'],
  dwell_h: { dist: 'fixed', value: 1, assumption: 'drawn for the test' },
  cost_usd_per_teu: { value: 0, assumption: 'drawn for the test' },
});
const figure = (value: number) => ({ value, assumption: 'drawn for the test' });
const area = (ids: string[]) =>
  TruckingArea.parse({
    id: 'eu',
    name: 'EU truck',
    name_zh: '欧盟卡车',
    terminals: ids,
    circuity: figure(1.2),
    truck_usd_per_km: figure(2),
    truck_min_usd: figure(200),
    kg_usd_per_km: figure(0.0002),
    kg_min_usd: figure(30),
    rates_date: '2024',
    service: {
      kind: 'road_truck',
      driving: { crew: 'single' },
      schedule: { type: 'on_demand', lead_h: 24, assumption: 'drawn for the test' },
      emission_factor: 'hgv',
    },
  });
const filedTruck = Service.parse({
  id: 'a-b',
  name: 'a – b',
  mode: 'road',
  kind: 'road_truck',
  legs: [{ from: 'a', to: 'b', distance_km: figure(500), duration_h: figure(8) }],
  schedule: { type: 'on_demand', lead_h: 24, assumption: 'drawn for the test' },
  emission_factor: 'hgv',
  both_directions: true,
});

describe('areaTrucks', () => {
  it('files one truck per pair no on-demand truck joins, priced and measured by the rule', () => {
    const { services, problems } = areaTrucks(
      area(['a', 'b', 'c']),
      terminals,
      [border],
      [filedTruck],
    );
    expect(problems).toEqual([]);
    // a – b is filed already (either direction counts); a – c and b – c are added
    expect(services.map((s) => s.id)).toEqual(['eu-a-c', 'eu-b-c']);
    const bc = services[1]!;
    // across the border: b → DE side → PL side → c, the crossing at its great circle
    expect(bc.legs.map((l) => [l.from, l.to])).toEqual([
      ['b', 'de-side'],
      ['de-side', 'pl-side'],
      ['pl-side', 'c'],
    ]);
    const gc = (u: string, v: string) =>
      haversineKm(terminals.get(u)!.location, terminals.get(v)!.location);
    expect(bc.legs[0]!.distance_km.value).toBe(Math.round(gc('b', 'de-side') * 1.2));
    expect(bc.legs[1]!.distance_km.value).toBe(Math.max(1, Math.round(gc('de-side', 'pl-side'))));
    const km = bc.legs.reduce((n, l) => n + l.distance_km.value, 0);
    const truck = bc.tariffs.find((t) => t.from === 'b' && t.to === 'c' && t.unit === 'truck')!;
    expect(truck.usd).toBe(Math.round(2 * km));
    const back = bc.tariffs.find((t) => t.from === 'c' && t.to === 'b' && t.unit === 'kg')!;
    expect(back.usd).toBeCloseTo(0.0002 * km, 4);
    expect(back.min_usd).toBe(30);
    expect(bc.both_directions).toBe(true);
    expect(bc.schedule.type).toBe('on_demand');
    expect(bc.name).toBe('EU truck: B – C');
  });

  it('names a pair no road border leads to', () => {
    const { services, problems } = areaTrucks(area(['a', 'x']), terminals, [border], []);
    expect(services).toEqual([]);
    expect(problems[0]!.message).toMatch(/no road border .* from a \(DE\) to x \(NL\)/);
  });
});

describe('trucking areas in a network folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'areas-'));
    cpSync(new URL('../../../networks/inner-mongolia/', import.meta.url).pathname, dir, {
      recursive: true,
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an unknown terminal and one that does not serve road, with the line', async () => {
    const file = join(dir, 'services.yaml');
    const text = readFileSync(file, 'utf8').replace(
      '[duisburg, hamburg-port,',
      '[duisburg, hamburg-prot, naushki, hamburg-port,',
    );
    writeFileSync(file, text);
    const { network, issues } = await loadNetwork(dir + '/');
    expect(network).toBeUndefined();
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'unknown terminal "hamburg-prot"',
        'terminal "naushki" does not serve road (it serves rail)',
      ]),
    );
    expect(errors.every((i) => i.file === 'services.yaml' && (i.line ?? 0) > 0)).toBe(true);
    expect(errors[0]!.path).toMatch(/^trucking_areas\[0\]\.terminals\[\d\]$/);
  });
});

describe('the built-in EU trucking area', () => {
  let network: Network;
  beforeAll(async () => {
    network = (await loadBuiltIn()).network;
  });

  it('joins every two of its terminals by one on-demand truck, timed by the driving rules', () => {
    const ids = ['duisburg', 'hamburg-port', 'frankfurt-airport', 'berlin', 'munich'];
    const sells = (a: string, b: string) =>
      [...network.services.values()].some((s) => {
        if (s.mode !== 'road' || s.schedule.type !== 'on_demand') return false;
        const stops = [s.legs[0]!.from, ...s.legs.map((l) => l.to)];
        return stops.indexOf(a) >= 0 && stops.indexOf(a) < stops.lastIndexOf(b);
      });
    for (const a of ids)
      for (const b of ids) if (a !== b) expect(sells(a, b), `${a} → ${b}`).toBe(true);
    const truck = network.services.get('ftl-eu-frankfurt-airport-malaszewicze')!;
    expect(truck.legs.map((l) => l.to)).toEqual(['frankfurt-oder', 'kunowice', 'malaszewicze']);
    // the driving rules gave every leg its running time
    expect(truck.legs.every((l) => l.duration_h.value > 0)).toBe(true);
    expect(network.services.has('ftl-eu-frankfurt-airport-malaszewicze-return')).toBe(true);
  });
});
