/**
 * The comparison's data: one row per corridor row of the answer in its order, possible rows with the
 * best route's cost parts (that add up to the total), P50–P90 days and the P90 buffer, impossible
 * ones with their reason; the best of each column marked among the possible rows only.
 */
import { describe, expect, it } from 'vitest';
import type { CorridorRow, PlanResult, Route } from '../../../web/types.ts';
import { corridorTable, costParts } from '../../../web/view-model/corridor-table.ts';
import { makeRoute } from './route-fixture.ts';

const row = (over: Partial<CorridorRow> & Pick<CorridorRow, 'group'>): CorridorRow => ({
  short: over.group,
  short_zh: over.group,
  name: over.group,
  name_zh: over.group,
  mode: 'rail',
  possible: true,
  route_ids: [],
  ...over,
});

function answer(routes: Route[], corridors?: CorridorRow[]): PlanResult {
  return {
    status: 'ok',
    objective: 'generalized',
    from: routes[0]!.from,
    to: routes[0]!.to,
    routes,
    warnings: [],
    notices: [],
    stats: { labels: 1, elapsed_ms: 1 },
    network: 'n',
    ...(corridors ? { corridors } : {}),
  };
}

describe('corridorTable(answer)', () => {
  const erenhot = makeRoute({ id: 'a', cost: 9000, hours: 480, p90: 600, co2e: 800 });
  const manz = makeRoute({ id: 'b', cost: 8000, hours: 600, p90: 620, co2e: 1200 });
  const result = answer(
    [erenhot, manz],
    [
      row({ group: 'erenhot-rail', short: 'Erenhot rail', route_id: 'a', route_ids: ['a'] }),
      row({ group: 'manzhouli-rail', route_id: 'b', route_ids: ['b'] }),
      row({
        group: 'air-beijing',
        mode: 'air',
        possible: false,
        reason: 'containers do not fly',
        reason_code: 'CONTAINERS_DO_NOT_FLY',
        reason_params: {},
      }),
    ],
  );

  it('keeps the rows of the answer, in its order, possible or not', () => {
    const t = corridorTable(result);
    expect(t.rows.map((r) => [r.key, r.possible])).toEqual([
      ['erenhot-rail', true],
      ['manzhouli-rail', true],
      ['air-beijing', false],
    ]);
    expect(t.rows[2]?.reason).toEqual({
      code: 'CONTAINERS_DO_NOT_FLY',
      params: {},
      text: 'containers do not fly',
    });
    expect(t.rows[2]?.cost_usd).toBeUndefined();
  });

  it('gives days P50 and P90, the buffer between them, and marks the best of each column', () => {
    const [a, b] = corridorTable(result).rows;
    expect(a).toMatchObject({ p50_days: 20, p90_days: 25, buffer_days: 5, route_id: 'a' });
    expect(a?.best).toEqual({ cost_usd: false, days: true, co2e_kg: true, buffer_days: false });
    expect(b?.best).toEqual({ cost_usd: true, days: false, co2e_kg: false, buffer_days: true });
  });

  it('scales bars to the largest gross cost, slowest P90 and largest CO2e', () => {
    const t = corridorTable(result);
    expect(t.maxDays).toBeCloseTo(620 / 24);
    expect(t.maxCo2eKg).toBe(1200);
    expect(t.maxCostUsd).toBe(9000);
  });

  it('without corridor rows (an older server) makes one row per route corridor', () => {
    const t = corridorTable(answer([erenhot]));
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.best.cost_usd).toBe(false);
  });
});

describe('costParts(route)', () => {
  it('splits the total into its parts; what the named parts miss is a surcharge; the subsidy is negative', () => {
    const r = makeRoute({ cost: 9000 });
    r.cost.subsidy_usd = -500;
    const parts = costParts(r);
    expect(parts.map((p) => p.part)).toEqual([
      'line_haul',
      'handling',
      'border',
      'customs',
      'surcharges',
      'subsidy',
    ]);
    expect(parts.reduce((s, p) => s + p.usd, 0)).toBeCloseTo(9000);
    expect(parts.find((p) => p.part === 'surcharges')?.usd).toBe(1500);
  });

  it('shows the gauge change as its own part, not as a surcharge', () => {
    const r = makeRoute({ cost: 9000 });
    r.cost.gauge_change_usd = 700;
    const parts = costParts(r);
    expect(parts.find((p) => p.part === 'gauge_change')?.usd).toBe(700);
    expect(parts.find((p) => p.part === 'surcharges')?.usd).toBe(300);
    expect(parts.reduce((s, p) => s + p.usd, 0)).toBeCloseTo(9000);
  });

  it('leaves out parts of zero, and a rounding remainder is no surcharge', () => {
    const r = makeRoute({ cost: 8000.4 });
    expect(costParts(r).map((p) => p.part)).toEqual(['line_haul', 'handling', 'border', 'customs']);
  });
});
