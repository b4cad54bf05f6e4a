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

const oneWay = (b: BorderCrossing) => ({ ...b, both_directions: false });

describe('areaTrucks', () => {
  it('files one truck per direction no on-demand truck sells, priced and measured by the rule', () => {
    const { services, problems } = areaTrucks(
      area(['a', 'b', 'c']),
      terminals,
      [border],
      [filedTruck],
    );
    expect(problems).toEqual([]);
    // a → b and b → a are filed (a both-ways truck); the four directions to and from c are added
    expect(services.map((s) => s.id)).toEqual(['eu-a-to-c', 'eu-b-to-c', 'eu-c-to-a', 'eu-c-to-b']);
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
    expect(bc.tariffs.map((t) => [t.from, t.to, t.unit])).toEqual([
      ['b', 'c', 'truck'],
      ['b', 'c', 'kg'],
    ]);
    expect(bc.tariffs[0]!.usd).toBe(Math.round(2 * km));
    expect(bc.tariffs[1]!.usd).toBeCloseTo(0.0002 * km, 4);
    expect(bc.tariffs[1]!.min_usd).toBe(30);
    expect(bc.both_directions).toBe(false);
    expect(bc.trucking_area).toBe('eu');
    expect(bc.schedule.type).toBe('on_demand');
    expect(bc.name).toBe('EU truck: B → C');
  });

  it('skips only the direction a filed one-way truck sells', () => {
    const oneWayTruck = { ...filedTruck, both_directions: false };
    const ids = areaTrucks(area(['a', 'b']), terminals, [border], [oneWayTruck]).services.map(
      (s) => s.id,
    );
    expect(ids).toEqual(['eu-b-to-a']);
  });

  it('crosses a one-way border only the way it is filed', () => {
    const { services, problems } = areaTrucks(area(['b', 'c']), terminals, [oneWay(border)], []);
    expect(services.map((s) => s.id)).toEqual(['eu-b-to-c']);
    expect(problems.map((p) => p.message)).toEqual([
      'no road border of borders.yaml leads from c (PL) to b (DE)',
    ]);
  });

  it('leaves out a crossing whose side is not a terminal instead of failing', () => {
    const broken = BorderCrossing.parse({ ...border, id: 'broken', sides: ['de-side', 'nowhere'] });
    const { services, problems } = areaTrucks(area(['b', 'c']), terminals, [broken], []);
    expect(services).toEqual([]);
    expect(problems).toHaveLength(2);
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

  it('reports a truck id another service takes, and a filed service that sets trucking_area', async () => {
    const file = join(dir, 'services.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('[duisburg, hamburg-prot, naushki, hamburg-port,', '[duisburg, hamburg-port,')
      .replace(
        '  - id: ftl-duisburg-berlin\n',
        '  - id: ftl-eu-munich-to-warsaw\n    trucking_area: ftl-eu\n',
      );
    writeFileSync(file, text);
    const { network, issues } = await loadNetwork(dir + '/');
    expect(network).toBeUndefined();
    const messages = issues.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'the truck "ftl-eu-munich-to-warsaw" takes the id of another service',
        'set by the loader on the trucks of a trucking area; a filed service does not give it',
      ]),
    );
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
    const truck = network.services.get('ftl-eu-frankfurt-airport-to-malaszewicze')!;
    expect(truck.legs.map((l) => l.to)).toEqual(['frankfurt-oder', 'kunowice', 'malaszewicze']);
    // the driving rules gave every leg its running time
    expect(truck.legs.every((l) => l.duration_h.value > 0)).toBe(true);
    const back = network.services.get('ftl-eu-malaszewicze-to-frankfurt-airport')!;
    expect(back.legs.map((l) => l.from)).toEqual(['malaszewicze', 'kunowice', 'frankfurt-oder']);
  });
});
