/**
 * A route option carries each ride's cost before subsidy, so the run's ledger, which pays subsidies
 * within their budgets, subtracts them once: the planner's answer already has them in each leg's
 * cost_usd, and replaying that net cost and then the ledger's payment counted every subsidy twice.
 * The choice model still sees the net cost (the subsidy is what moves shippers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNetwork } from '../../../src/files/index.ts';
import { RouteQuery, type Network } from '../../../src/model/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { routeToOption } from '../../../src/simulation/route-option.ts';

let network: Network;
beforeAll(async () => {
  network = await openNetwork();
});

const stepCosts = (steps: readonly { kind: string; cost_usd?: number }[]) =>
  steps.reduce((a, s) => a + (s.cost_usd ?? 0), 0);

describe('route options under a subsidy', () => {
  it('replay each ride at its cost before subsidy; the option is chosen at the net cost', () => {
    const planner = createPlanner(network);
    const q = RouteQuery.parse({
      from: 'chifeng-bonded',
      to: 'seoul-incheon',
      shipment: { kg: 800, pieces: 1000, value_usd: 30_000 },
      regime: '9610',
      depart: '2024-03-04',
    });
    const subsidies = [
      {
        id: 'chifeng-inland',
        per: 'piece' as const,
        amount_usd: 0.02,
        service_ids: [
          'truck-chifeng-tianjin',
          'truck-chifeng-dalian',
          'express-pek-chifeng-return',
        ],
      },
    ];
    const answer = planner.plan(q, { conditions: { subsidies } });
    const subsidised = answer.routes.filter((r) => r.cost.subsidy_usd < 0);
    expect(subsidised.length).toBeGreaterThan(0);
    for (const route of subsidised) {
      const legSubsidy = route.legs.reduce((a, l) => a + (l.subsidy_usd ?? 0), 0);
      expect(legSubsidy).toBeCloseTo(route.cost.subsidy_usd, 2);
      const option = routeToOption(route, network);
      // each event is rounded to the cent on its own
      const gross = route.cost.total_usd - route.cost.subsidy_usd;
      expect(Math.abs(stepCosts(option.steps) - gross)).toBeLessThanOrEqual(
        0.01 * option.steps.length,
      );
      expect(option.cost_usd).toBeCloseTo(route.cost.total_usd, 2);
    }
  });
});
