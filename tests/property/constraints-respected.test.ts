/** Property: no route the planner returns violates the query's constraints (avoided terminals, modes, transfers, budget). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { randomNetwork } from '../support/random-network.ts';
import { query } from '../support/route-query.ts';

describe('constraints are respected', () => {
  it('routes avoid what they must, use allowed modes, and stay within transfers and budget', () => {
    fc.assert(
      fc.property(
        randomNetwork({ minTerminals: 4 }),
        fc.array(fc.integer({ min: 2, max: 6 }), { maxLength: 2 }),
        fc.subarray(['rail', 'road'] as const, { minLength: 1 }),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        fc.option(fc.integer({ min: 500, max: 10_000 }), { nil: undefined }),
        fc.constantFrom('cost', 'time', 'co2', 'pareto') as fc.Arbitrary<
          'cost' | 'time' | 'co2' | 'pareto'
        >,
        (rn, avoidIdx, modes, maxTransfers, budget, objective) => {
          const avoid = [...new Set(avoidIdx.map((i) => rn.ids[i % rn.ids.length]!))].filter(
            (id) => id !== 't0' && id !== 't1',
          );
          const planner = createPlanner(drawNetwork(rn.drawing));
          const r = planner.plan(
            query({
              from: 't0',
              to: 't1',
              objective,
              constraints: {
                avoid_terminals: avoid,
                modes: [...modes],
                ...(maxTransfers !== undefined ? { max_transfers: maxTransfers } : {}),
                ...(budget ? { budget_usd: budget } : {}),
              },
            }),
          );
          if (r.status === 'no_route') {
            expect(r.reason).toBeTruthy();
            return;
          }
          for (const route of r.routes) {
            for (const leg of route.legs) {
              expect(modes).toContain(leg.mode);
              for (const t of [leg.from, leg.to, ...leg.via]) expect(avoid).not.toContain(t.id);
            }
            if (maxTransfers !== undefined)
              expect(route.transfers).toBeLessThanOrEqual(maxTransfers);
            if (budget !== undefined)
              expect(route.cost.total_usd).toBeLessThanOrEqual(budget + 1e-6);
            expect(route.from.id).toBe('t0');
            expect(route.to.id).toBe('t1');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
