// Feature under test: cargo_stops on services (the return service swaps them) and the validator's cargo-stop checks.
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, reverseService } from '../../../src/network/index.ts';
import { cargoStopsOf, type Service } from '../../../src/model/index.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const figure = (value: number) => ({ value, assumption: 'a figure for this test only' });

const service: Service = {
  id: 'hub-europe-train',
  name: 'Hub – Europe block train',
  mode: 'rail',
  kind: 'china_europe_train',
  legs: [
    { from: 'hub', to: 'border-a', distance_km: figure(500), duration_h: figure(20) },
    { from: 'border-a', to: 'border-b', distance_km: figure(10), duration_h: figure(1) },
    { from: 'border-b', to: 'europe', distance_km: figure(900), duration_h: figure(40) },
  ],
  schedule: { type: 'on_demand', lead_h: 0, assumption: 'a schedule for this test only' },
  tariffs: [
    {
      from: 'hub',
      to: 'europe',
      unit: 'feu',
      usd: 3000,
      date: '2024',
      assumption: 'a tariff for this test only',
    },
  ],
  emission_factor: 'rail',
  cargo: {
    accepts_containers: true,
    accepts_parcels: true,
    reefer: false,
    dangerous_goods: false,
    lithium_batteries: false,
    oversize: false,
  },
  cargo_stops: {
    loads_at: ['hub'],
    unloads_at: ['europe'],
    assumption: 'cargo stops for this test only',
  },
  both_directions: true,
};

describe('cargo stops', () => {
  it('reverseService(service) loads where the outbound train unloads, and unloads where it loads', () => {
    const back = reverseService(service);
    expect(back.cargo_stops?.loads_at).toEqual(['europe']);
    expect(back.cargo_stops?.unloads_at).toEqual(['hub']);
    expect(back.cargo_stops?.assumption).toBe('cargo stops for this test only');
  });

  it('reverseService(service) leaves both lists absent when the outbound service has none', () => {
    const { cargo_stops: _c, ...open } = service;
    const back = reverseService(open);
    expect(back.cargo_stops).toBeUndefined();
  });
});

describe('cargoStopsOf', () => {
  it('defaults to boarding at the first stop and leaving at the last', () => {
    const { cargo_stops: _c, ...open } = service;
    const stops = cargoStopsOf(open);
    expect([...stops.loads]).toEqual(['hub']);
    expect([...stops.unloads]).toEqual(['europe']);
  });
});

describe('the validator checks cargo stops (all issues at once, with their lines)', () => {
  const base = fixtureTexts();
  const withStops = (loads: string, unloads: string) =>
    edit(
      base,
      'services.yaml',
      '    kind: china_europe_train\n',
      `    kind: china_europe_train\n    cargo_stops:\n      loads_at: [${loads}]\n      unloads_at: [${unloads}]\n      assumption: cargo stops for this test only\n`,
    );
  const errorsOf = (loads: string, unloads: string) =>
    parseNetwork(withStops(loads, unloads)).issues.filter((i) => i.severity === 'error');

  it('accepts the first and last stop', () => {
    expect(errorsOf('baotou-rail', 'ulaanbaatar-hub').map(formatIssue)).toEqual([]);
  });

  it('rejects an intermediate border stop in either list, and names each one', () => {
    const issues = errorsOf('baotou-rail, erenhot-rail', 'zamyn-uud-rail, ulaanbaatar-hub');
    expect(issues.map((i) => i.path).sort()).toEqual([
      'services[0].cargo_stops.loads_at[1]',
      'services[0].cargo_stops.unloads_at[0]',
    ]);
    expect(issues[0]!.message).toMatch(/border stop of this service/);
    expect(issues.every((i) => typeof i.line === 'number' && i.line > 0)).toBe(true);
  });

  it('rejects lists without the first or last stop, unknown stops, and loading at the last stop', () => {
    const issues = errorsOf('erenhot-road, ulaanbaatar-hub', 'baotou-rail');
    // (the fixture's tariffs then price rides between stops that are no cargo stops: reported too)
    const paths = issues
      .map((i) => i.path)
      .filter((path) => path.includes('cargo_stops'))
      .sort();
    expect(paths).toEqual([
      'services[0].cargo_stops.loads_at',
      'services[0].cargo_stops.loads_at[0]',
      'services[0].cargo_stops.loads_at[1]',
      'services[0].cargo_stops.unloads_at',
      'services[0].cargo_stops.unloads_at[0]',
    ]);
  });

  it('asks for the source or assumption of a filed list', () => {
    const files = edit(
      base,
      'services.yaml',
      '    kind: china_europe_train\n',
      '    kind: china_europe_train\n    cargo_stops:\n      loads_at: [baotou-rail]\n      unloads_at: [ulaanbaatar-hub]\n',
    );
    const issues = parseNetwork(files).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => i.path)).toEqual(['services[0].cargo_stops']);
    expect(issues[0]!.message).toMatch(/neither `source`/);
  });
});
