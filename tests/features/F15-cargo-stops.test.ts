/**
 * F15: cargo boards a service only at its loading stops and leaves only at its unloading stops
 * (Service.cargo_stops; absent: the first stop loads and the last unloads): a block train's crew and
 * transit stops are not places to hop off onto a cheaper train, nor to board it half way. The return
 * service swaps the two lists.
 */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

function drawing(cargoStops: boolean): Drawing {
  return {
    terminals: {
      a: { country: 'CN', at: [109.84, 40.66], modes: ['rail', 'road'] },
      b: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
      c: { country: 'CN', at: [114.5, 44.0], modes: ['rail', 'road'] },
      d: { country: 'CN', at: [117.0, 44.5], modes: ['rail'] },
    },
    services: {
      // the block train: loads at a only, unloads at d only (b and c are crew/transit stops)
      block: {
        mode: 'rail',
        stops: ['a', 'b', 'c', 'd'],
        km: [400, 400, 400],
        weekly: ['Mon 08:00'],
        usd: 1000,
        both_directions: true,
        // filed as every stop, or left to the default (boards at a, leaves at d)
        ...(cargoStops ? {} : { loads_at: 'every' as const, unloads_at: 'every' as const }),
      },
      // a cheap shuttle from the transit stop b on to d
      shuttle: {
        mode: 'rail',
        stops: ['b', 'd'],
        km: [800],
        per_week: 7,
        usd: 100,
        both_directions: true,
      },
      // an expensive truck a ↔ c
      truck: {
        mode: 'road',
        stops: ['a', 'c'],
        km: [1000],
        on_demand_h: 2,
        usd: 2000,
        both_directions: true,
      },
    },
  };
}

const withStops = createPlanner(drawNetwork(drawing(true)));
const everyStop = createPlanner(drawNetwork(drawing(false)));
const services = (p: typeof withStops, from: string, to: string) =>
  p.plan(query({ from, to })).routes[0]!.legs.map((l) => l.service_id);

describe('F15 cargo stops (cargo_stops, default first and last stop)', () => {
  it('without cargo stops the cheapest a → d hops off the block train at b onto the shuttle', () => {
    expect(services(everyStop, 'a', 'd')).toEqual(['block', 'shuttle']);
  });

  it('with cargo stops a → d stays on the through block train', () => {
    const r = withStops.plan(query({ from: 'a', to: 'd' }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['block']);
    expect(r.routes[0]!.cost.line_haul_usd).toBeCloseTo(1000, 6);
    expect(r.routes[0]!.transfers).toBe(0);
  });

  it('cargo cannot leave the block train at c, so a → c takes the truck', () => {
    expect(services(everyStop, 'a', 'c')).toEqual(['block']);
    expect(services(withStops, 'a', 'c')).toEqual(['truck']);
  });

  it('the return service loads at d and unloads at a: d → a stays on it, c → a cannot board it', () => {
    expect(services(everyStop, 'd', 'a')).toEqual(['shuttle-return', 'block-return']);
    expect(services(withStops, 'd', 'a')).toEqual(['block-return']);
    expect(services(withStops, 'c', 'a')).toEqual(['truck-return']);
  });

  it('cargo at the transit stop b cannot board the return train there: it rides the shuttle to d first', () => {
    expect(services(everyStop, 'b', 'a')).toEqual(['block-return']);
    expect(services(withStops, 'b', 'a')).toEqual(['shuttle', 'block-return']);
  });
});
