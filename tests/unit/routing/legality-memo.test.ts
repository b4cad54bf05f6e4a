/**
 * legalityFor keeps its answer per index, rules in force on the departure day, waived rules and
 * shipment ends (docs/decisions.md R21): an answer read back from the memo equals one computed
 * afresh, whatever order the days are asked in, and days on either side of a rule's dates get
 * different answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../../src/model/index.ts';
import { compileIndex, type RoutingIndex } from '../../../src/routing/index.ts';
import { legalityFor, type ShipmentEnds } from '../../../src/routing/legality-bans.ts';
import { drawNetwork } from '../../support/draw-network.ts';
import { legalityDrawing } from '../../support/legality-drawing.ts';

const hoursOf = (day: string) => Date.parse(`${day}T06:00:00Z`) / 3_600_000;
// days on both sides of each rule's and exception's dates, and days alike in the rules in force
// (kept as one answer) that are not the same day
const DAYS = [
  '2021-06-01',
  '2021-07-15',
  '2022-03-10',
  '2022-04-15',
  '2022-04-16',
  '2023-06-01',
  '2024-12-31',
  '2025-01-01',
  '2025-02-01',
];
const ENDS: (ShipmentEnds | undefined)[] = [
  undefined,
  { fromHome: true, toHome: false },
  { fromHome: true, toHome: true },
];
const WAIVE: string[][] = [[], ['eu-ru-air'], ['cn-cabotage'], ['eu-ru-air', 'eu-ru-by-hauliers']];

let network: Network;
let shared: RoutingIndex;
beforeAll(() => {
  network = drawNetwork(legalityDrawing);
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
    expect(rules(after)).toEqual(['eu-ru-air', 'eu-ru-by-hauliers']);
    expect(rules(later)).toEqual(['cn-cabotage', 'eu-ru-air', 'eu-ru-by-hauliers']);
    // a domestic leg of the same day: the relay exception does not admit it
    const domestic = legalityFor(shared, hoursOf('2023-06-01'), [], {
      fromHome: true,
      toHome: true,
    });
    expect(rules(domestic)).toEqual(['cn-cabotage', 'eu-ru-air', 'eu-ru-by-hauliers']);
    const waived = legalityFor(shared, hoursOf('2023-06-01'), ['eu-ru-air'], ends);
    expect(rules(waived)).toEqual(['eu-ru-by-hauliers']);
    // same hour and same day: the one answer
    expect(legalityFor(shared, hoursOf('2023-06-01') + 10, [], ends)).toBe(after);
  });
});
