/** F07: customs regimes decide where clearance happens and where a route may end. */
import { describe, expect, it } from 'vitest';
import { CorridorError } from '../../src/model/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(drawNetwork(miniCorridors()));

function invalidPath(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorridorError && e.code === 'QUERY_INVALID') return e.issues[0]?.path;
    throw e;
  }
  return undefined;
}

describe('F07 customs regimes', () => {
  it('9810 export clears at an equipped Chinese terminal before leaving China and ends at an overseas warehouse', () => {
    const r = planner.compare(
      query({ from: 'baotou', to: 'duisburg', shipment: { feu: 2, regime: '9810' } }),
    );
    expect(r.routes.length).toBe(3);
    for (const route of r.routes) {
      expect(route.customs_events).toHaveLength(1);
      const c = route.customs_events[0]!;
      expect(c).toMatchObject({ regime: '9810', direction: 'export', time_h: 8, cost_usd: 120 });
      expect(c.at.id).toBe('baotou'); // the only terminal equipped for 9810
      const leaves = [
        ...route.border_events.map((b) => b.start),
        ...route.legs.filter((l) => l.mode === 'sea').map((l) => l.depart),
      ];
      for (const t of leaves) expect(c.end <= t).toBe(true);
    }
  });

  it('9810 to a destination without an overseas warehouse is no_route with the reason', () => {
    const r = planner.plan(
      query({ from: 'baotou', to: 'moscow', shipment: { teu: 1, regime: '9810' } }),
    );
    expect(r.status).toBe('no_route');
    expect(r.reason).toBe('9810 must end at an overseas warehouse; none of moscow has one');
  });

  it('general trade may clear at the border station (Manzhouli) when that is best', () => {
    const r = planner.plan(query({ from: 'baotou', to: 'moscow', objective: 'time' }));
    expect(r.routes[0]!.summary).toContain('manzhouli [customs general export 12h]');
  });

  it('a regime no terminal on the way can clear gives no_route naming the regime', () => {
    const r = planner.plan(
      query({ from: 'chifeng', to: 'moscow', shipment: { teu: 1, regime: '9710' } }),
    );
    expect(r.status).toBe('no_route');
    expect(r.reason).toBe(
      'no terminal on the remaining corridors clears regime 9710 (shipment.regime)',
    );
  });

  it('9610 is for parcels: a TEU shipment under 9610 is QUERY_INVALID on shipment.regime', () => {
    expect(
      invalidPath(() =>
        planner.plan(
          query({ from: 'baotou', to: 'duisburg', shipment: { teu: 1, regime: '9610' } }),
        ),
      ),
    ).toBe('shipment.regime');
  });

  it('9610 parcels by weight are planned, clearing where 9610 is equipped', () => {
    const d = miniCorridors();
    d.terminals.baotou!.customs = ['general', '9610'];
    const withParcels = createPlanner(drawNetwork(d));
    const none = planner.plan(
      query({ from: 'baotou', to: 'duisburg', shipment: { kg: 800, pieces: 400, regime: '9610' } }),
    );
    expect(none.status).toBe('no_route');
    const r = withParcels.plan(
      query({ from: 'baotou', to: 'duisburg', shipment: { kg: 800, pieces: 400, regime: '9610' } }),
    );
    expect(r.status).toBe('ok');
    expect(r.routes[0]!.customs_events[0]!.regime).toBe('9610');
  });

  it('an export regime on an import into China is QUERY_INVALID', () => {
    expect(
      invalidPath(() =>
        planner.plan(
          query({ from: 'rotterdam', to: 'baotou', shipment: { teu: 1, regime: '9710' } }),
        ),
      ),
    ).toBe('shipment.regime');
  });

  describe('1210 bonded imports', () => {
    const imports = createPlanner(
      drawNetwork({
        terminals: {
          rotterdam: { country: 'NL', at: [4.48, 51.92], modes: ['sea'] },
          tianjin: {
            country: 'CN',
            at: [117.74, 38.98],
            modes: ['sea', 'rail'],
            customs: ['general'],
          },
          'baotou-bonded': {
            country: 'CN',
            at: [109.9, 40.6],
            modes: ['rail'],
            kinds: ['rail_terminal', 'bonded_zone'],
            customs: ['1210'],
          },
        },
        services: {
          sea: {
            mode: 'sea',
            stops: ['rotterdam', 'tianjin'],
            km: [20500],
            hours: [720],
            weekly: ['Mon 10:00'],
            usd: 1500,
          },
          rail: {
            mode: 'rail',
            kind: 'rail_sea_train',
            stops: ['tianjin', 'baotou-bonded'],
            per_week: 7,
            usd: 400,
          },
        },
      }),
    );
    it('clears after entering China, at the bonded zone where the route ends', () => {
      const r = imports.plan(
        query({ from: 'rotterdam', to: 'baotou-bonded', shipment: { teu: 1, regime: '1210' } }),
      );
      const route = r.routes[0]!;
      expect(route.summary).toMatch(
        /baotou-bonded \[customs 1210 import 1d\] \[cost 2180\.0 usd, /,
      );
      expect(route.customs_events[0]!.at.id).toBe('baotou-bonded');
    });
    it('a 1210 import ending outside a bonded zone is no_route', () => {
      const r = imports.plan(
        query({ from: 'rotterdam', to: 'tianjin', shipment: { teu: 1, regime: '1210' } }),
      );
      expect(r.status).toBe('no_route');
      expect(r.reason).toContain('a bonded zone');
    });
  });
});
