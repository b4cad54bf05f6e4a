/** F04: handling between modes inside a terminal: the network default, or the terminal's own rule. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

describe('F04 transfer costs', () => {
  it('rail→sea at Tianjin uses the default handling (12 h, 80 USD/TEU)', () => {
    const planner = createPlanner(drawNetwork(miniCorridors()));
    const r = planner.plan(query({ from: 'baotou', to: 'rotterdam', shipment: { teu: 3 } }));
    const route = r.routes[0]!;
    expect(route.summary).toMatch(
      /^baotou \[customs general export 12h\] \(wait 8h\) ~RAIL 841km 21h2m~ tianjin \[transfer rail→sea 12h\] \(wait 10h5\dm\) ~SEA 20500km 30d~ rotterdam \[cost 6090\.0 usd, /,
    );
    expect(route.transfer_events).toHaveLength(1);
    expect(route.transfer_events[0]!.cost_usd).toBe(240);
    expect(route.cost).toMatchObject({
      handling_usd: 240,
      customs_usd: 150,
      line_haul_usd: 3 * (400 + 1500),
      border_usd: 0,
      subsidy_usd: 0,
    });
    expect(route.cost.total_usd).toBe(6090);
    expect(route.transfers).toBe(1);
  });

  it("a terminal's own handling rule overrides the default", () => {
    const d = miniCorridors();
    d.terminals.tianjin!.handling = [{ modes: ['sea', 'rail'], time_h: 30, usd_per_teu: 200 }];
    const r = createPlanner(drawNetwork(d)).plan(query({ from: 'baotou', to: 'rotterdam' }));
    expect(r.routes[0]!.summary).toContain('tianjin [transfer rail→sea 1d6h]');
    expect(r.routes[0]!.cost.handling_usd).toBe(200);
  });

  it('a terminal without a rule for a pair of modes allows no transfer between them', () => {
    const d = miniCorridors();
    d.handling = [{ modes: ['rail', 'road'], time_h: 4, usd_per_teu: 50 }];
    const r = createPlanner(drawNetwork(d)).plan(query({ from: 'baotou', to: 'rotterdam' }));
    expect(r.status).toBe('no_route');
  });
});
