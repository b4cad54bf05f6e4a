import { mkdtempSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNetwork, loadNetworks, reverseService } from '../../../src/network/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-networks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadNetwork', () => {
  it('loads the fixture folder into Maps by id, with return services expanded', async () => {
    const { network, issues } = await loadNetwork(FIXTURE_DIR);
    expect(issues).toEqual([]);
    expect(network!.manifest.id).toBe('mini-corridor');
    expect([...network!.services.keys()]).toContain('baotou-ulaanbaatar-train-return');
    expect(network!.services.has('baotou-seoul-air-return')).toBe(false);
    const back = network!.services.get('baotou-ulaanbaatar-train-return')!;
    expect(back.legs.map((l) => `${l.from}>${l.to}`)).toEqual([
      'ulaanbaatar-hub>zamyn-uud-rail',
      'zamyn-uud-rail>erenhot-rail',
      'erenhot-rail>baotou-rail',
    ]);
    expect(back.legs[0]!.waypoints!.points).toEqual([
      [108.27, 46.19],
      [110.12, 44.9],
    ]);
    expect(back.schedule).toMatchObject({
      type: 'weekly',
      departures: [{ day: 'Mon', time: '08:00' }],
    });
    expect(back.legs[0]!.distance_km).toEqual(
      network!.services.get('baotou-ulaanbaatar-train')!.legs[2]!.distance_km,
    );
    const truckBack = network!.services.get('erenhot-ulaanbaatar-truck-return')!;
    expect(truckBack.schedule).toEqual(
      network!.services.get('erenhot-ulaanbaatar-truck')!.schedule,
    );
  });

  it('reports a folder that does not exist as an error', async () => {
    const { network, issues } = await loadNetwork(join(scratch, 'nope'));
    expect(network).toBeUndefined();
    expect(issues[0]!.message).toBe('cannot read network folder: no such folder');
  });
});

describe('reverseService', () => {
  it('moves each scheduled stop to the same place on the way back', () => {
    const f = (value: number) => ({ value, assumption: 'a test value only' });
    const out = reverseService({
      id: 's',
      name: 'S',
      mode: 'rail',
      kind: 'domestic_rail',
      emission_factor: 'e',
      tariffs: [],
      both_directions: true,
      cargo: {
        accepts_containers: true,
        accepts_parcels: true,
        reefer: false,
        dangerous_goods: false,
        lithium_batteries: false,
        oversize: false,
      },
      schedule: { type: 'on_demand', lead_h: 1 },
      legs: [
        { from: 'a', to: 'b', distance_km: f(1), duration_h: f(1), stop_h: f(2) },
        { from: 'b', to: 'c', distance_km: f(1), duration_h: f(1), stop_h: f(3) },
        { from: 'c', to: 'd', distance_km: f(1), duration_h: f(1) },
      ],
    });
    expect(out.legs.map((l) => [l.from, l.to, l.stop_h?.value])).toEqual([
      ['d', 'c', 3],
      ['c', 'b', 2],
      ['b', 'a', undefined],
    ]);
  });
});

describe('loadNetworks', () => {
  it('loads every subfolder with a network.yaml and reports the broken ones', async () => {
    cpSync(FIXTURE_DIR, join(scratch, 'root', 'good'), { recursive: true });
    cpSync(FIXTURE_DIR, join(scratch, 'root', 'broken'), { recursive: true });
    writeFileSync(join(scratch, 'root', 'broken', 'customs.yaml'), 'regimes: []\n');
    mkdirSync(join(scratch, 'root', 'not-a-network'));
    writeFileSync(join(scratch, 'root', 'README.md'), '# networks\n');
    const { networks, reports } = await loadNetworks(join(scratch, 'root'));
    expect([...networks.keys()]).toEqual(['mini-corridor']);
    expect(reports.map((r) => r.dir.split('/').pop())).toEqual(['broken', 'good']);
    expect(
      reports[0]!.issues.some(
        (i) =>
          i.severity === 'error' &&
          i.file === 'terminals.yaml' &&
          i.path === 'terminals[0].customs[0]',
      ),
    ).toBe(true);
  });
});
