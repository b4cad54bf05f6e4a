/**
 * A border's dwell by the direction of travel (docs/decisions.md T15): a truck entering Poland at
 * Brest–Terespol takes the dwell filed for `terespol`, one entering Belarus the one for `brest`,
 * whether it changes trucks at the border or crosses on board.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/network/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { routeToOption } from '../../../src/simulation/index.ts';
import { drawNetwork, type Drawing } from '../../support/draw-network.ts';
import { query } from '../../support/route-query.ts';

function drawing(onBoard: boolean, directed = true): Drawing {
  return {
    terminals: {
      minsk: { country: 'BY', at: [27.56, 53.9], modes: ['road'] },
      brest: { country: 'BY', at: [23.69, 52.1], modes: ['road'] },
      terespol: { country: 'PL', at: [23.62, 52.08], modes: ['road'] },
      warsaw: { country: 'PL', at: [21.01, 52.23], modes: ['road'] },
    },
    services: onBoard
      ? {
          through: {
            mode: 'road',
            stops: ['minsk', 'brest', 'terespol', 'warsaw'],
            on_demand_h: 2,
            both_directions: true,
          },
        }
      : {
          'by-truck': {
            mode: 'road',
            stops: ['minsk', 'brest'],
            on_demand_h: 2,
            both_directions: true,
          },
          'pl-truck': {
            mode: 'road',
            stops: ['terespol', 'warsaw'],
            on_demand_h: 2,
            both_directions: true,
          },
        },
    borders: {
      'brest-terespol': {
        mode: 'road',
        sides: ['brest', 'terespol'],
        dwell_h: 20,
        ...(directed ? { dwell_into: { terespol: { p50: 40, p90: 60 }, brest: 14 } } : {}),
      },
    },
  };
}

const plan = (d: Drawing, from: string, to: string) => {
  const network = drawNetwork(d);
  const r = createPlanner(network).plan(query({ from, to, objective: 'time' }));
  expect(r.status).toBe('ok');
  return { route: r.routes[0]!, network };
};

describe('border dwell by direction', () => {
  for (const onBoard of [false, true]) {
    const how = onBoard ? 'crossing on board' : 'changing trucks at the border';
    it(`westbound and eastbound take their own dwell, ${how}`, () => {
      const west = plan(drawing(onBoard), 'minsk', 'warsaw').route;
      const east = plan(drawing(onBoard), 'warsaw', 'minsk').route;
      const [wb, eb] = [west.border_events[0]!, east.border_events[0]!];
      expect(wb.service_id).toBe(onBoard ? 'through' : undefined);
      expect([wb.from.id, wb.to.id, wb.dwell_h]).toEqual(['brest', 'terespol', 40]);
      expect(wb.dwell_p90_h).toBeCloseTo(60, 6);
      expect([eb.from.id, eb.to.id, eb.dwell_h, eb.dwell_p90_h]).toEqual([
        'terespol',
        'brest',
        14,
        14,
      ]);
      // the same trip but for the border: the plan is 40 − 14 = 26 h longer westbound
      expect(west.duration_p50_h - east.duration_p50_h).toBeCloseTo(26, 6);
      expect(Date.parse(wb.end) - Date.parse(wb.start)).toBe(40 * 3_600_000);
      expect(Date.parse(eb.end) - Date.parse(eb.start)).toBe(14 * 3_600_000);
      // the draws: only the westbound dwell has a spread (a fixed 14 h eastbound)
      expect(west.duration_p90_h - west.duration_p50_h).toBeGreaterThan(10);
      expect(east.duration_p90_h - east.duration_p50_h).toBeCloseTo(0, 6);
    });
  }

  it('without a dwell by direction both directions take dwell_h', () => {
    for (const onBoard of [false, true]) {
      const west = plan(drawing(onBoard, false), 'minsk', 'warsaw').route;
      const east = plan(drawing(onBoard, false), 'warsaw', 'minsk').route;
      expect(west.border_events[0]!.dwell_h).toBe(20);
      expect(east.border_events[0]!.dwell_h).toBe(20);
      expect(west.duration_p50_h - east.duration_p50_h).toBeCloseTo(0, 6);
    }
  });

  it('the simulation replays each crossing into the side it enters', () => {
    for (const onBoard of [false, true]) {
      const w = plan(drawing(onBoard), 'minsk', 'warsaw');
      const e = plan(drawing(onBoard), 'warsaw', 'minsk');
      const into = (o: ReturnType<typeof routeToOption>) =>
        o.steps.flatMap((s) => (s.kind === 'border' ? [s.into] : []));
      expect(into(routeToOption(w.route, w.network))).toEqual(['terespol']);
      expect(into(routeToOption(e.route, e.network))).toEqual(['brest']);
    }
  });

  it('the network graph gives each border edge the dwell of its direction', () => {
    const g = buildGraph(drawNetwork(drawing(false)));
    const dwell = (from: string, to: string) => {
      const a = g.getEdgeAttributes(`border:brest-terespol:${from}>${to}`);
      return a.kind === 'border' ? a.dwell_p50_h : NaN;
    };
    expect(dwell('brest', 'terespol')).toBe(40);
    expect(dwell('terespol', 'brest')).toBe(14);
  });
});
