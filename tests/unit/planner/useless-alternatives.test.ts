/**
 * plan() leaves out an alternative that a better-ranked one beats on money, arrival and CO2e when it is
 * more than 25 % worse on the objective (docs/decisions.md R8). For the time objective that is 25 % more
 * transit time, counted from the departure, not 25 % of the arrival's epoch hours.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let planner: Planner;
beforeAll(async () => {
  ({ planner } = await loadBuiltIn());
});

describe('useless alternatives under the time objective', () => {
  it('Baotou → Singapore shows no train to Hamburg and ship back', () => {
    const answer = planner.plan(
      RouteQuery.parse({
        from: 'Baotou',
        to: 'Singapore',
        depart: '2026-12-01',
        shipment: { feu: 1 },
        objective: 'time',
        alternatives: 3,
      }),
    );
    expect(answer.status).toBe('ok');
    const best = answer.routes[0]!;
    for (const r of answer.routes) expect(r.legs.map((l) => l.to.id)).not.toContain('hamburg-port');
    for (const r of answer.routes.slice(1)) {
      const dominated =
        best.cost.total_usd <= r.cost.total_usd &&
        Date.parse(best.arrive) <= Date.parse(r.arrive) &&
        best.co2e_kg <= r.co2e_kg;
      if (dominated) expect(r.duration_h).toBeLessThanOrEqual(best.duration_h * 1.25 + 1e-6);
    }
  });
});
