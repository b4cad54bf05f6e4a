/** Property: every Pareto route is non-dominated and none is missing, against enumerating all simple paths of small graphs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCostContext } from '../../src/costing/index.ts';
import { paretoFilter } from '../../src/planner/index.ts';
import {
  compileIndex,
  createSearchContext,
  edgeStatic,
  searchLabels,
  OUT_SIZE,
} from '../../src/routing/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { randomNetwork } from '../support/random-network.ts';
import { query } from '../support/route-query.ts';

type Triple = [number, number, number];
const key = (t: Triple) => t.map((x) => x.toFixed(6)).join('|');

function front(points: Triple[]): Set<string> {
  const nd = points.filter(
    (p) =>
      !points.some(
        (q) =>
          q[0] <= p[0] + 1e-9 &&
          q[1] <= p[1] + 1e-9 &&
          q[2] <= p[2] + 1e-9 &&
          (q[0] < p[0] - 1e-9 || q[1] < p[1] - 1e-9 || q[2] < p[2] - 1e-9),
      ),
  );
  return new Set(nd.map(key));
}

describe('Pareto search vs brute force', () => {
  it('returns exactly the non-dominated (money, time, CO2e) values of all paths', () => {
    fc.assert(
      fc.property(
        randomNetwork({ maxTerminals: 5, maxServices: 6 }),
        fc.nat(),
        fc.nat(),
        (rn, a, b) => {
          const network = drawNetwork(rn.drawing);
          const index = compileIndex(network);
          const ctx = createSearchContext(
            index,
            createCostContext(
              network.manifest,
              query({ from: 't0', to: 't1', shipment: { teu: 1 } }),
            ),
          );
          const s = a % index.nodeCount;
          const t = b % index.nodeCount;
          if (s === t) return;
          // brute force: every simple path s → t
          const out = new Float64Array(OUT_SIZE);
          const points: Triple[] = [];
          const onPath = new Uint8Array(index.nodeCount);
          let budget = 50_000;
          const walk = (v: number, m: number, h: number, c: number): void => {
            if (--budget < 0) return;
            if (v === t) {
              points.push([m, h, c]);
              return;
            }
            onPath[v] = 1;
            for (let e = index.offsets[v]!; e < index.offsets[v + 1]!; e++) {
              const u = index.eTo[e]!;
              if (onPath[u] || !edgeStatic(ctx, e, out)) continue;
              walk(u, m + out[0]!, h + out[1]!, c + out[2]!);
            }
            onPath[v] = 0;
          };
          walk(s, 0, 0, 0);
          if (budget < 0) return; // too many paths to enumerate: not a small graph
          const res = searchLabels(ctx, {
            sources: [s],
            targets: [t],
            departH: 0,
            objective: 'pareto',
            timeDependent: false,
          });
          const found = paretoFilter(res.pool, res.targets).map(
            (l) => [res.pool.money[l]!, res.pool.time[l]!, res.pool.co2[l]!] as Triple,
          );
          expect(new Set(found.map(key))).toEqual(front(points));
          expect(found.length).toBe(new Set(found.map(key)).size);
        },
      ),
      { numRuns: 80 },
    );
  });
});
