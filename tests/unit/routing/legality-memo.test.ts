/**
 * legalityFor keeps its answer per index, departure day, waived rules and shipment ends
 * (docs/decisions.md R21): an answer read back from the memo equals one computed afresh, whatever
 * order the days are asked in, and days on either side of a rule's dates get different answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../../src/model/index.ts';
import { compileIndex, type RoutingIndex } from '../../../src/routing/index.ts';
import { legalityFor, type ShipmentEnds } from '../../../src/routing/legality-bans.ts';
import { drawNetwork, type Drawing } from '../../support/draw-network.ts';

/** dated rules of each kind: a cabotage exception, an air link ban and a haulier ban */
const drawing: Drawing = {
  terminals: {
    tianjin: { country: 'CN', at: [117.7, 39.0], modes: ['sea'], customs: ['general'] },
    shanghai: { country: 'CN', at: [121.9, 30.6], modes: ['sea'], customs: ['general'] },
    rotterdam: { country: 'NL', at: [4.1, 51.95], modes: ['sea'] },
    'baotou-apt': { country: 'CN', at: [109.85, 40.56], modes: ['air'], customs: ['general'] },
    'moscow-apt': { country: 'RU', at: [37.41, 55.97], modes: ['air'] },
    'amsterdam-apt': { country: 'NL', at: [4.76, 52.31], modes: ['air'] },
    brest: { country: 'BY', at: [23.7, 52.1], modes: ['road'] },
    terespol: { country: 'PL', at: [23.62, 52.08], modes: ['road'] },
    warsaw: { country: 'PL', at: [21.0, 52.23], modes: ['road'] },
  },
  services: {
    loop: {
      mode: 'sea',
      carrier: 'KR',
      stops: ['tianjin', 'shanghai', 'rotterdam'],
      loads_at: ['tianjin', 'shanghai'],
      unloads_at: ['shanghai', 'rotterdam'],
      usd: 1000,
      weekly: ['Mon 08:00'],
    },
    'via-moscow': {
      mode: 'air',
      carrier: 'CN',
      stops: ['baotou-apt', 'moscow-apt', 'amsterdam-apt'],
      unit: 'chargeable_kg',
      usd: 2,
      weekly: ['Wed 08:00'],
      cargo: { accepts_containers: false },
    },
    'by-truck': {
      mode: 'road',
      carrier: 'BY',
      stops: ['brest', 'terespol', 'warsaw'],
      usd: 300,
      on_demand_h: 4,
    },
  },
  borders: { 'brest-terespol': { mode: 'road', sides: ['brest', 'terespol'], dwell_h: 6 } },
  legality: [
    {
      id: 'cn-cabotage',
      name: 'Chinese cabotage',
      kind: 'cabotage',
      country: 'CN',
      exceptions: [
        {
          name: 'relay pilot',
          ports: ['shanghai'],
          with: ['tianjin'],
          from: '2021-11-18',
          to: '2024-12-31',
          source: 'drawn',
        },
      ],
    },
    {
      id: 'eu-ru-air',
      name: 'No Russia–EU flights',
      kind: 'air_link_ban',
      from: '2022-02-28',
      countries_a: ['RU'],
      countries_b: ['NL'],
    },
    {
      id: 'by-hauliers',
      name: 'No Belarusian hauliers in the EU',
      kind: 'haulier_ban',
      from: '2022-04-16',
      carrier_countries: ['BY'],
      countries: ['PL'],
    },
  ],
};

const hoursOf = (day: string) => Date.parse(`${day}T06:00:00Z`) / 3_600_000;
const DAYS = ['2021-06-01', '2022-03-10', '2023-06-01', '2025-02-01'];
const ENDS: (ShipmentEnds | undefined)[] = [
  undefined,
  { fromHome: true, toHome: false },
  { fromHome: true, toHome: true },
];
const WAIVE: string[][] = [[], ['eu-ru-air'], ['cn-cabotage'], ['eu-ru-air', 'by-hauliers']];

let network: Network;
let shared: RoutingIndex;
beforeAll(() => {
  network = drawNetwork(drawing);
  shared = compileIndex(network);
});

const plain = (a: ReturnType<typeof legalityFor>) => ({
  serviceReason: [...a.serviceReason],
  edgeBanned: a.edgeBanned ? [...a.edgeBanned] : null,
  bans: a.bans.map((b) => ({ rule: b.rule.id, service: b.serviceId, text: b.text })),
});

describe('legalityFor memo', () => {
  it('answers as a fresh computation does, in any order of days, ends and waivers', () => {
    const cases = DAYS.flatMap((day) =>
      ENDS.flatMap((ends) => WAIVE.map((waive) => ({ day, ends, waive }))),
    );
    // twice through, the second time backwards: the memo is filled, then read out of order
    for (const c of [...cases, ...[...cases].reverse()]) {
      const fresh = legalityFor(compileIndex(network), hoursOf(c.day), c.waive, c.ends);
      expect(
        plain(legalityFor(shared, hoursOf(c.day), c.waive, c.ends)),
        JSON.stringify(c),
      ).toEqual(plain(fresh));
    }
  });

  it('gives different answers on either side of a rule date and when a rule is waived', () => {
    const ends = { fromHome: true, toHome: false };
    const rules = (a: ReturnType<typeof legalityFor>) => a.bans.map((b) => b.rule.id).sort();
    const before = legalityFor(shared, hoursOf('2021-06-01'), [], ends);
    const after = legalityFor(shared, hoursOf('2023-06-01'), [], ends);
    const later = legalityFor(shared, hoursOf('2025-02-01'), [], ends);
    expect(rules(before)).toEqual(['cn-cabotage']);
    expect(rules(after)).toEqual(['by-hauliers', 'eu-ru-air']);
    expect(rules(later)).toEqual(['by-hauliers', 'cn-cabotage', 'eu-ru-air']);
    // a domestic leg of the same day: the relay exception does not admit it
    const domestic = legalityFor(shared, hoursOf('2023-06-01'), [], {
      fromHome: true,
      toHome: true,
    });
    expect(rules(domestic)).toEqual(['by-hauliers', 'cn-cabotage', 'eu-ru-air']);
    const waived = legalityFor(shared, hoursOf('2023-06-01'), ['eu-ru-air'], ends);
    expect(rules(waived)).toEqual(['by-hauliers']);
    // same hour and same day: the one answer
    expect(legalityFor(shared, hoursOf('2023-06-01') + 10, [], ends)).toBe(after);
  });
});
