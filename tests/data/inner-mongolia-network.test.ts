/**
 * The built-in Inner Mongolia network loads with zero errors and zero warnings, and holds the hubs,
 * borders and gauge changes the seed plans and the corridor brief call for.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, loadNetwork } from '../../src/network/index.ts';
import type { Issue, Network } from '../../src/model/index.ts';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia', import.meta.url));
let network: Network;
let issues: Issue[];

beforeAll(async () => {
  const result = await loadNetwork(DIR);
  issues = result.issues;
  network = result.network!;
});

describe('the built-in Inner Mongolia network', () => {
  it('loads with zero errors and zero warnings', () => {
    expect(issues.map((i) => `${i.severity} ${formatIssue(i)}`)).toEqual([]);
    expect(network).toBeDefined();
  });

  it('uses reference year 2024, USD with a CNY display rate, and the DESNZ 2025 factor set', () => {
    expect(network.manifest.reference_year).toBe(2024);
    expect(network.manifest.cny_per_usd.value).toBeGreaterThan(6.5);
    expect(network.manifest.cny_per_usd.value).toBeLessThan(7.5);
    expect(network.emissionsVersion).toMatch(/DESNZ.*2025/);
  });

  it('names every terminal in English and Chinese', () => {
    for (const t of network.terminals.values()) {
      expect(t.name.length, t.id).toBeGreaterThan(0);
      expect(t.name_zh, t.id).toMatch(/[\u4e00-\u9fff]/);
      expect(t.city_zh, t.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    ['baotou-rail', 'rail_terminal', 'rail'],
    ['baotou-bonded', 'bonded_zone', 'road'],
    ['baotou-airport', 'airport', 'air'],
    ['ordos-rail', 'rail_terminal', 'rail'],
    ['ordos-bonded', 'bonded_zone', 'road'],
    ['ordos-airport', 'airport', 'air'],
    ['chifeng-rail', 'rail_terminal', 'rail'],
    ['chifeng-bonded', 'express_centre', 'road'],
    ['chifeng-airport', 'airport', 'air'],
    ['hohhot-rail', 'rail_terminal', 'rail'],
    ['hohhot-bonded', 'bonded_zone', 'road'],
    ['hohhot-airport', 'airport', 'air'],
    ['ulanqab-rail', 'rail_terminal', 'rail'],
  ])('has the hub terminal %s (%s, %s)', (id, kind, mode) => {
    const t = network.terminals.get(id);
    expect(t, id).toBeDefined();
    expect(t!.kinds).toContain(kind);
    expect(t!.modes).toContain(mode);
    expect(t!.country).toBe('CN');
  });

  it('gives the airports of the hubs their IATA codes', () => {
    const iata = (id: string) => network.terminals.get(id)?.codes.iata;
    expect([
      iata('baotou-airport'),
      iata('ordos-airport'),
      iata('chifeng-airport'),
      iata('hohhot-airport'),
    ]).toEqual(['BAV', 'DSN', 'CIF', 'HET']);
  });

  it('lets the bonded zones clear all four e-commerce regimes and the Baotou airport clear 9610', () => {
    for (const id of ['baotou-bonded', 'ordos-bonded']) {
      expect(network.terminals.get(id)!.customs).toEqual(
        expect.arrayContaining(['9610', '9710', '9810', '1210']),
      );
    }
    expect(network.terminals.get('baotou-airport')!.customs).toContain('9610');
    expect([...network.regimes.keys()].sort()).toEqual(['1210', '9610', '9710', '9810', 'general']);
    expect(network.regimes.get('9810')!.requires_at_destination).toBe('overseas_warehouse');
    expect(network.regimes.get('1210')!.requires_at_destination).toBe('bonded_zone');
  });

  it.each([
    ['erenhot-zamyn-uud-rail', 'rail', true, 'SMGS'],
    ['manzhouli-zabaikalsk-rail', 'rail', true, 'SMGS'],
    ['brest-malaszewicze-rail', 'rail', true, 'CIM/SMGS'],
    ['sukhbaatar-naushki-rail', 'rail', false, 'SMGS'],
    ['erenhot-zamyn-uud-road', 'road', false, 'TIR'],
    ['manzhouli-zabaikalsk-road', 'road', false, 'TIR'],
    ['mandula-khangi-road', 'road', false, 'TIR'],
  ])('files the border %s (%s), gauge change %s, documents %s', (id, mode, gauge, doc) => {
    const b = network.borders.get(id);
    expect(b, id).toBeDefined();
    expect(b!.mode).toBe(mode);
    expect(b!.gauge_change !== undefined).toBe(gauge);
    expect(b!.documents).toContain(doc);
    const [a, z] = b!.sides.map((s) => network.terminals.get(s)!);
    expect(a!.country).not.toBe(z!.country);
    if (mode === 'rail') expect(a!.gauge_mm !== z!.gauge_mm).toBe(gauge);
  });

  it('keeps the railway and highway ports of Erenhot and Manzhouli apart, as they are separate sites', () => {
    for (const [rail, road] of [
      ['erenhot-rail', 'erenhot-road'],
      ['manzhouli-rail', 'manzhouli-road'],
      ['zamyn-uud-rail', 'zamyn-uud-road'],
      ['zabaikalsk-rail', 'zabaikalsk-road'],
    ] as const) {
      expect(network.terminals.get(rail)!.modes).toContain('rail');
      expect(network.terminals.get(road)!.modes).toEqual(['road']);
      const drayage = [...network.services.values()].filter(
        (s) => s.legs.length === 1 && s.legs[0]!.from === rail && s.legs[0]!.to === road,
      );
      expect(drayage.length, `${rail} – ${road}`).toBe(1);
    }
  });

  it('gives every border dwell as a distribution with a positive median', () => {
    for (const b of network.borders.values()) {
      const d = b.dwell_h;
      const median = d.dist === 'lognormal' ? d.p50 : d.dist === 'triangular' ? d.mode : d.value;
      expect(median, b.id).toBeGreaterThan(0);
    }
  });

  it('has seaports, RCEP destinations and European gateways', () => {
    for (const id of [
      'tianjin-port',
      'ningbo-port',
      'shanghai-port',
      'guangzhou-nansha-port',
      'dalian-port',
      'jinzhou-port',
      'caofeidian-port',
      'qinhuangdao-port',
      'huanghua-port',
      'rotterdam-port',
      'hamburg-port',
      'busan-port',
      'tokyo-yokohama-port',
      'singapore-port',
      'sydney-port',
      'auckland-port',
    ]) {
      expect(network.terminals.get(id)?.modes, id).toContain('sea');
    }
    for (const id of [
      'beijing-pek',
      'beijing-pkx',
      'tianjin-airport',
      'tokyo-haneda',
      'seoul-incheon',
      'singapore-changi',
      'sydney-airport',
      'auckland-airport',
      'moscow-airport',
      'frankfurt-airport',
      'amsterdam-airport',
    ]) {
      expect(network.terminals.get(id)?.modes, id).toContain('air');
    }
  });

  it('marks overseas warehouses at destinations so 9810 routes can end somewhere', () => {
    const warehouses = [...network.terminals.values()].filter((t) => t.overseas_warehouse);
    expect(warehouses.length).toBeGreaterThanOrEqual(5);
    expect(warehouses.every((t) => t.country !== 'CN')).toBe(true);
  });
});
