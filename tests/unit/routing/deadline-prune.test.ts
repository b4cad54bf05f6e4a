/**
 * A time search under a deadline drops a label once even its least remaining hours (the A* bound)
 * would land it after the deadline (docs/decisions.md R22). Exact: with the deadline at the earliest
 * arrival the same route is found, a minute before it none is; cost-objective plans find the same
 * faster option as before (tests/unit/planner/city-places-and-faster-option.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext } from '../../../src/costing/index.ts';
import { RouteQuery, type Network } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { createSearchContext, releasePool, searchLabels } from '../../../src/routing/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  ({ network, planner } = await loadBuiltIn());
});

const PAIRS = [
  ['baotou-rail', 'duisburg'],
  ['chifeng-rail', 'moscow'],
  ['ordos-rail', 'ningbo-port'],
  ['hohhot-rail', 'hamburg-port'],
  ['baotou-rail', 'ulaanbaatar'],
  ['erenhot-rail', 'warsaw'],
];

describe('time search under a deadline', () => {
  it('finds the earliest route when the deadline is its arrival, and none a minute earlier', () => {
    const index = planner.index;
    const nodes = (id: string) => [...index.terminalNodes[index.terminalIndex.get(id)!]!];
    const departH = Date.parse('2026-12-01T00:00:00+08:00') / 3_600_000;
    let checked = 0;
    for (const [from, to] of PAIRS) {
      if (!index.terminalIndex.has(from!) || !index.terminalIndex.has(to!)) continue;
      const q = RouteQuery.parse({ from, to, shipment: { feu: 1 }, depart: '2026-12-01' });
      const ctx = createSearchContext(index, createCostContext(network.manifest, q));
      const base = {
        sources: nodes(from!),
        targets: nodes(to!),
        departH,
        objective: 'time' as const,
      };
      const free = searchLabels(ctx, base);
      const first = free.targets[0];
      expect(first, `${from} → ${to}`).toBeDefined();
      const arrive = free.pool.time[first!]!;
      const money = free.pool.money[first!]!;
      releasePool(free.pool);
      const atDeadline = searchLabels(ctx, { ...base, deadlineH: arrive + 1e-6 });
      expect(atDeadline.targets.length).toBeGreaterThan(0);
      expect(atDeadline.pool.time[atDeadline.targets[0]!]).toBeCloseTo(arrive, 9);
      expect(atDeadline.pool.money[atDeadline.targets[0]!]).toBeCloseTo(money, 6);
      expect(atDeadline.labels).toBeLessThanOrEqual(free.labels);
      releasePool(atDeadline.pool);
      const tooEarly = searchLabels(ctx, { ...base, deadlineH: arrive - 1 / 60 });
      expect(tooEarly.targets).toEqual([]);
      releasePool(tooEarly.pool);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
