/**
 * F18: a service's price is a table of (boarding stop, alighting stop, unit) → price by direction
 * (docs/decisions.md R15). A pair without an entry is not sold unless the service declares a rule:
 * through_rate (the through ride's rate), distance_share, or per_km for trucks.
 */
import { describe, expect, it } from 'vitest';
import type { TariffRule } from '../../src/model/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const RULE_SRC = { source: 'drawn' };

function drawing(rule: TariffRule | null): Drawing {
  return {
    terminals: {
      a: { country: 'CN', at: [109.84, 40.66], modes: ['rail', 'road'] },
      b: { country: 'CN', at: [111.98, 43.65], modes: ['rail', 'road'] },
      c: { country: 'CN', at: [114.5, 44.0], modes: ['rail', 'road'] },
      d: { country: 'CN', at: [117.0, 44.5], modes: ['rail', 'road'] },
    },
    services: {
      // a block train collecting at a and b, delivering at c and d; only a → d and back are filed
      block: {
        mode: 'rail',
        stops: ['a', 'b', 'c', 'd'],
        km: [400, 400, 400],
        weekly: ['Mon 08:00'],
        usd: 1000,
        both_directions: true,
        loads_at: ['a', 'b'],
        unloads_at: ['c', 'd'],
        tariffs: [
          { from: 'a', to: 'c', usd: 900 },
          { from: 'd', to: 'a', usd: 400 },
        ],
        tariff_rule: rule,
      },
      // an expensive truck b ↔ d for cargo the train does not sell
      truck: {
        mode: 'road',
        stops: ['b', 'd'],
        km: [800],
        on_demand_h: 2,
        unit: 'truck',
        usd: 5000,
        both_directions: true,
      },
    },
  };
}

const firstRoute = (rule: TariffRule | null, from: string, to: string) =>
  createPlanner(drawNetwork(drawing(rule))).plan(
    query({ from, to, objective: 'cost', shipment: { teu: 1 } }),
  ).routes[0]!;

describe('F18 stop-to-stop tariffs by direction', () => {
  it('prices a filed pair by its own entry: a → c pays 900, a → d 1000', () => {
    expect(firstRoute(null, 'a', 'c').cost.line_haul_usd).toBe(900);
    expect(firstRoute(null, 'a', 'd').cost.line_haul_usd).toBe(1000);
  });

  it('does not sell a pair without an entry when the service has no rule: b → d takes the truck', () => {
    const r = firstRoute(null, 'b', 'd');
    expect(r.legs.map((l) => l.service_id)).toEqual(['truck']);
  });

  it('through_rate: b → d pays the a → d rate, b → c the a → c rate', () => {
    const rule = { kind: 'through_rate' as const, ...RULE_SRC };
    const bd = firstRoute(rule, 'b', 'd');
    expect(bd.legs.map((l) => l.service_id)).toEqual(['block']);
    expect(bd.cost.line_haul_usd).toBe(1000);
    expect(firstRoute(rule, 'b', 'c').cost.line_haul_usd).toBe(900);
  });

  it('distance_share: b → d pays two thirds of the a → d rate', () => {
    const r = firstRoute({ kind: 'distance_share', ...RULE_SRC }, 'b', 'd');
    expect(r.legs.map((l) => l.service_id)).toEqual(['block']);
    expect(r.cost.line_haul_usd).toBe(666.67);
  });

  it('the return direction has its own price: d → a pays 400, not the outbound 1000', () => {
    const r = firstRoute(null, 'd', 'a');
    expect(r.legs.map((l) => l.service_id)).toEqual(['block-return']);
    expect(r.cost.line_haul_usd).toBe(400);
  });

  it('per_km: a ride pays rate × km × trucks, at least the minimum charge', () => {
    const d = drawing(null);
    d.services!['truck'] = {
      mode: 'road',
      stops: ['b', 'c', 'd'],
      km: [400, 400],
      on_demand_h: 2,
      usd: 0,
      loads_at: ['b', 'c'],
      unloads_at: ['c', 'd'],
      tariffs: [],
      tariff_rule: {
        kind: 'per_km',
        unit: 'truck',
        usd_per_km: 2,
        min_usd: 1000,
        date: '2024',
        ...RULE_SRC,
      },
    };
    const p = createPlanner(drawNetwork(d));
    const ride = (from: string, to: string, feu: number) =>
      p.plan(query({ from, to, objective: 'cost', shipment: { feu } })).routes[0]!;
    expect(ride('b', 'd', 2).cost.line_haul_usd).toBe(2 * 800 * 2);
    expect(ride('b', 'c', 1).cost.line_haul_usd).toBe(1000);
  });
});
