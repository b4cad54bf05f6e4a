/** F10: bad input gives a clear error naming the field and what is allowed. */
import { describe, expect, it } from 'vitest';
import { CorridorError, RouteQuery } from '../../src/model/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(drawNetwork(miniCorridors()));
function caught(fn: () => unknown): CorridorError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorridorError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('F10 bad input', () => {
  it('an unknown place is PLACE_NOT_FOUND with suggestions', () => {
    const e = caught(() => planner.plan(query({ from: 'baotuo', to: 'duisburg' })));
    expect(e.code).toBe('PLACE_NOT_FOUND');
    expect(e.issues[0]!.path).toBe('from');
    expect(e.issues[0]!.hint).toContain('"baotou"');
  });
  it('an unknown terminal in avoid_terminals names the field', () => {
    const e = caught(() =>
      planner.plan(
        query({ from: 'baotou', to: 'duisburg', constraints: { avoid_terminals: ['tianjn'] } }),
      ),
    );
    expect(e.code).toBe('QUERY_INVALID');
    expect(e.issues[0]!.path).toBe('constraints.avoid_terminals[0]');
    expect(e.issues[0]!.hint).toContain('tianjin');
  });
  it('an unknown border in avoid_borders lists the known ones', () => {
    const e = caught(() =>
      planner.plan(
        query({ from: 'baotou', to: 'duisburg', constraints: { avoid_borders: ['nowhere'] } }),
      ),
    );
    expect(e.issues[0]!.path).toBe('constraints.avoid_borders[0]');
    expect(e.issues[0]!.hint).toContain('erenhot-zamyn-uud');
  });
  it('zero or negative quantities are refused by the schema and by the planner', () => {
    expect(RouteQuery.safeParse({ from: 'a', to: 'b', shipment: { teu: 0 } }).success).toBe(false);
    expect(RouteQuery.safeParse({ from: 'a', to: 'b', shipment: { kg: -5 } }).success).toBe(false);
    const q = query({ from: 'baotou', to: 'duisburg' });
    const e = caught(() => planner.plan({ ...q, shipment: { ...q.shipment, teu: 0 } }));
    expect(e.issues[0]!.path).toBe('shipment.teu');
  });
  it('unknown regimes and cargo flags are refused by the schema', () => {
    expect(
      RouteQuery.safeParse({ from: 'a', to: 'b', shipment: { teu: 1, regime: '9999' } }).success,
    ).toBe(false);
    expect(
      RouteQuery.safeParse({ from: 'a', to: 'b', shipment: { teu: 1, cargo: ['explosive'] } })
        .success,
    ).toBe(false);
  });
  it('an impossible constraint set (origin in an avoided country) is QUERY_INVALID', () => {
    const e = caught(() =>
      planner.plan(
        query({ from: 'baotou', to: 'duisburg', constraints: { avoid_countries: ['CN'] } }),
      ),
    );
    expect(e.code).toBe('QUERY_INVALID');
    expect(e.issues[0]!.path).toBe('constraints.avoid_countries');
  });
  it('a deadline before the departure is QUERY_INVALID', () => {
    const e = caught(() =>
      planner.plan(
        query({
          from: 'baotou',
          to: 'duisburg',
          depart: '2026-12-10',
          constraints: { deadline: '2026-12-01' },
        }),
      ),
    );
    expect(e.issues[0]!.path).toBe('constraints.deadline');
  });
  it('no departure and no clock is QUERY_INVALID; with PlanOptions.now it plans from now', () => {
    const q = query({ from: 'baotou', to: 'erenhot' });
    delete (q as { depart?: string }).depart;
    expect(caught(() => planner.plan(q)).issues[0]!.path).toBe('depart');
    const r = planner.plan(q, { now: new Date('2026-12-01T00:00:00Z') });
    expect(r.routes[0]!.depart).toBe('2026-12-01T00:00:00.000Z');
  });
  it('a time budget of zero or an aborted signal throws SEARCH_ABORTED', () => {
    const ac = new AbortController();
    ac.abort();
    expect(
      caught(() =>
        planner.plan(query({ from: 'baotou', to: 'duisburg' }), {
          signal: ac.signal,
          maxLabels: 1e9,
        }),
      ).code,
    ).toBe('SEARCH_ABORTED');
  });
});

describe('F10 bounds', () => {
  it('a label cap too small to reach the destination is SEARCH_LIMIT', () => {
    const e = caught(() =>
      planner.plan(query({ from: 'baotou', to: 'duisburg' }), { maxLabels: 2 }),
    );
    expect(e.code).toBe('SEARCH_LIMIT');
  });
});
