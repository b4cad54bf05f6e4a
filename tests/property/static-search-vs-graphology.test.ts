/** Property: static single-objective costs equal graphology-shortest-path's bidirectional Dijkstra on the same graph. */
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { createCostContext } from '../../src/costing/index.ts';
import {
  compileIndex,
  createSearchContext,
  searchStatic,
  staticWeight,
  type StaticObjective,
} from '../../src/routing/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { randomNetwork } from '../support/random-network.ts';
import { query } from '../support/route-query.ts';

describe('static search vs graphology-shortest-path', () => {
  it('finds the same optimal cost for every objective', () => {
    fc.assert(
      fc.property(
        randomNetwork(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<StaticObjective>('cost', 'time', 'co2', 'generalized'),
        (rn, a, b, objective) => {
          const network = drawNetwork(rn.drawing);
          const index = compileIndex(network);
          const q = query({
            from: 't0',
            to: 't1',
            shipment: { teu: 2, value_usd: 100_000 },
            carbon_price_usd_per_t: 80,
          });
          const ctx = createSearchContext(index, createCostContext(network.manifest, q));
          const g = new MultiDirectedGraph<Record<string, never>, { w: number }>();
          for (let v = 0; v < index.nodeCount; v++) g.addNode(String(v));
          for (let e = 0; e < index.edgeCount; e++) {
            const w = staticWeight(ctx, e, objective);
            expect(Number.isFinite(w)).toBe(true);
            if (w >= 0) g.addEdge(String(index.eFrom[e]), String(index.eTo[e]), { w });
          }
          const s = a % index.nodeCount;
          const t = b % index.nodeCount;
          if (s === t) return;
          const mine = searchStatic(ctx, [s], [t], objective);
          const path = dijkstra.bidirectional(g, String(s), String(t), 'w') as string[] | null;
          if (!path) {
            expect(mine.weight).toBe(Infinity);
            return;
          }
          let oracle = 0;
          for (let k = 1; k < path.length; k++) {
            oracle += Math.min(
              ...g.outEdges(path[k - 1]!, path[k]!).map((e) => g.getEdgeAttribute(e, 'w')),
            );
          }
          expect(mine.weight).toBeCloseTo(oracle, 6);
        },
      ),
      { numRuns: 60 },
    );
  });
});
