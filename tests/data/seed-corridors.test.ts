/**
 * Each corridor the seed plans name exists in the built-in network as connected services: a search
 * over service legs and border crossings (tests/data/support/corridor-search.ts), restricted to the
 * corridor's modes, finds it; where the plans name a through service, that service calls in order.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/network/index.ts';
import type { Network } from '../../src/model/index.ts';
import { callsInOrder, findPath, stopsOf, type Hop } from './support/corridor-search.ts';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia', import.meta.url));
let network: Network;
beforeAll(async () => {
  network = (await loadNetwork(DIR)).network!;
});

const services = () => [...network.services.values()];
const modeOf = (hop: Hop) =>
  hop.via.startsWith('border:')
    ? network.borders.get(hop.via.slice(7))!.mode
    : network.services.get(hop.via)!.mode;

describe('seed corridor: Baotou → Tianjin → Ningbo (road-rail-sea, 陆铁海联运)', () => {
  it('reaches Tianjin port from Baotou by rail only', () => {
    const path = findPath(network, 'baotou-rail', 'tianjin-port', ['rail']);
    expect(path).toBeDefined();
    expect(path!.every((h) => modeOf(h) === 'rail')).toBe(true);
  });

  it('has a rail-sea train that runs from Baotou to Tianjin port', () => {
    const trains = services().filter(
      (s) =>
        s.kind === 'rail_sea_train' && callsInOrder(stopsOf(s), ['baotou-rail', 'tianjin-port']),
    );
    expect(trains.map((s) => s.id)).toContain('baotou-tianjin-rail-sea');
  });

  it('continues from Tianjin to Ningbo, Shanghai and Guangzhou by sea only', () => {
    for (const port of ['ningbo-port', 'shanghai-port', 'guangzhou-nansha-port']) {
      const path = findPath(network, 'tianjin-port', port, ['sea']);
      expect(path, port).toBeDefined();
    }
    const port = network.terminals.get('tianjin-port')!;
    expect(port.modes).toEqual(expect.arrayContaining(['rail', 'sea']));
  });

  it('does not reach Ningbo from Baotou without the sea leg (the rail-sea chain is needed)', () => {
    expect(findPath(network, 'baotou-rail', 'ningbo-port', ['rail'])).toBeUndefined();
  });
});

describe('seed corridor: Ordos → Erenhot → Moscow (China-Europe train)', () => {
  it('is one through train calling at Ordos, Erenhot, Zamyn-Uud, Ulaanbaatar and Moscow in order', () => {
    const train = network.services.get('ordos-moscow-train')!;
    expect(train.kind).toBe('china_europe_train');
    expect(
      callsInOrder(stopsOf(train), [
        'ordos-rail',
        'baotou-rail',
        'ulanqab-rail',
        'erenhot-rail',
        'zamyn-uud-rail',
        'ulaanbaatar',
        'ulan-ude',
        'moscow',
      ]),
    ).toBe(true);
  });

  it('runs back too, for return cargo such as timber', () => {
    const back = network.services.get('ordos-moscow-train-return');
    expect(back).toBeDefined();
    expect(callsInOrder(stopsOf(back!), ['moscow', 'erenhot-rail', 'ordos-rail'])).toBe(true);
  });

  it('is reachable by rail only through Erenhot and the Erenhot – Zamyn-Uud crossing', () => {
    expect(findPath(network, 'ordos-rail', 'erenhot-rail', ['rail'])).toBeDefined();
    const onward = findPath(network, 'erenhot-rail', 'moscow', ['rail']);
    expect(onward).toBeDefined();
    expect(onward![0]!.to).toBe('zamyn-uud-rail');
  });

  it('takes about the sourced 7,600 km and 15 days', () => {
    const train = network.services.get('ordos-moscow-train')!;
    const km = train.legs.reduce((s, l) => s + l.distance_km.value, 0);
    const runH = train.legs.reduce((s, l) => s + l.duration_h.value + (l.stop_h?.value ?? 0), 0);
    expect(km).toBeGreaterThan(7600 * 0.95);
    expect(km).toBeLessThan(7600 * 1.1);
    expect(runH / 24).toBeGreaterThan(13);
    expect(runH / 24).toBeLessThan(15);
  });
});

describe('seed corridor: Chifeng → Manzhouli → Europe (赤满欧)', () => {
  it.each(['malaszewicze', 'warsaw', 'duisburg', 'hamburg-port'])(
    'reaches %s by rail only, through Manzhouli',
    (dest) => {
      expect(findPath(network, 'chifeng-rail', 'manzhouli-rail', ['rail'])).toBeDefined();
      const onward = findPath(network, 'manzhouli-rail', dest, ['rail']);
      expect(onward, dest).toBeDefined();
      expect(onward![0]!.to).toBe('zabaikalsk-rail');
    },
  );

  it('is one through train from Chifeng via Manzhouli, Zabaikalsk and Brest–Małaszewicze', () => {
    const train = network.services.get('chifeng-manzhouli-europe-train')!;
    expect(
      callsInOrder(stopsOf(train), [
        'chifeng-rail',
        'manzhouli-rail',
        'zabaikalsk-rail',
        'moscow',
        'brest',
        'malaszewicze',
        'warsaw',
        'duisburg',
      ]),
    ).toBe(true);
  });
});

describe('seed corridor: TIR truck lines through Mongolia', () => {
  it('has TIR lines from Inner Mongolia through Ulaanbaatar into Russia', () => {
    const lines = services().filter((s) => s.kind === 'tir_truck' && !s.id.endsWith('-return'));
    const viaUb = lines.filter(
      (s) =>
        stopsOf(s).includes('ulaanbaatar') &&
        network.terminals.get(stopsOf(s).at(-1)!)!.country !== 'MN',
    );
    expect(viaUb.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'hohhot-moscow-tir',
        'ordos-novosibirsk-tir',
        'erenhot-ulan-ude-tir',
      ]),
    );
    for (const s of viaUb) expect(s.legs.every((l) => l.from !== l.to)).toBe(true);
  });

  it('reaches Moscow by road only from Hohhot and Ordos', () => {
    for (const from of ['hohhot-bonded', 'ordos-bonded']) {
      const path = findPath(network, from, 'moscow', ['road']);
      expect(path, from).toBeDefined();
      expect(path!.some((h) => h.to === 'ulaanbaatar' || h.to === 'zabaikalsk-road')).toBe(true);
    }
  });

  it('has China-Europe truck lines (中欧卡班) from Hohhot, Ulanqab, Erenhot and Manzhouli', () => {
    const starts = services()
      .filter(
        (s) =>
          s.mode === 'road' &&
          s.kind === 'tir_truck' &&
          network.terminals.get(stopsOf(s).at(-1)!)!.country === 'PL',
      )
      .flatMap((s) => stopsOf(s));
    expect(starts).toEqual(
      expect.arrayContaining(['hohhot-bonded', 'ulanqab-rail', 'erenhot-road', 'manzhouli-road']),
    );
  });
});

describe('seed corridor: air to RCEP markets and Europe', () => {
  it.each([
    'tokyo-haneda',
    'seoul-incheon',
    'singapore-changi',
    'sydney-airport',
    'auckland-airport',
  ])(
    'reaches %s by air only from Baotou (air-to-air via Beijing where there is no direct flight)',
    (dest) => {
      const path = findPath(network, 'baotou-airport', dest, ['air']);
      expect(path, dest).toBeDefined();
    },
  );

  it.each(['ordos-airport', 'hohhot-airport', 'chifeng-airport'])(
    'reaches an RCEP market by air only from %s',
    (from) => {
      expect(
        ['tokyo-haneda', 'seoul-incheon', 'singapore-changi'].some(
          (d) => findPath(network, from, d, ['air']) !== undefined,
        ),
      ).toBe(true);
    },
  );

  it('runs the Grassland Silk Road as the overland corridor the plan names (陆路大通道): Baotou – Ulaanbaatar – Moscow – Europe by rail, and no flight Russia – EU', () => {
    const train = network.services.get('baotou-duisburg-train')!;
    expect(
      callsInOrder(stopsOf(train), ['baotou-rail', 'ulaanbaatar', 'moscow', 'brest', 'duisburg']),
    ).toBe(true);
    expect(network.services.has('grassland-silk-road-air')).toBe(false);
    const eu = new Set(['PL', 'DE', 'NL']);
    const country = (id: string) => network.terminals.get(id)!.country;
    const ruEu = services().filter(
      (s) =>
        s.mode === 'air' &&
        s.legs.some(
          (l) =>
            (country(l.from) === 'RU' && eu.has(country(l.to))) ||
            (eu.has(country(l.from)) && country(l.to) === 'RU'),
        ),
    );
    expect(ruEu.map((s) => s.id)).toEqual([]);
  });

  it('connects the Beijing airports with the Chifeng bonded centre by an express road channel', () => {
    for (const apt of ['beijing-pek', 'beijing-pkx']) {
      const express = services().filter(
        (s) =>
          s.kind === 'express_road' &&
          stopsOf(s).includes(apt) &&
          stopsOf(s).includes('chifeng-bonded'),
      );
      expect(express.length, apt).toBeGreaterThanOrEqual(2); // both directions
    }
  });
});
