/**
 * Onward trucking in Europe from the rail reloading hubs: a box for the Port of Rotterdam leaves the
 * China-Europe train at Duisburg and is trucked on through the Emmerich – Zevenaar crossing, instead
 * of a back-tracking sailing via Tianjin (docs/decisions.md R17, R30).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../src/model/index.ts';
import type { Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';

let planner: Planner;
beforeAll(async () => {
  ({ planner } = await loadBuiltIn());
});

const ask = (from: string, objective: 'cost' | 'time') =>
  planner.plan(
    RouteQuery.parse({
      from,
      to: 'Rotterdam',
      depart: '2025-03-09',
      shipment: { feu: 1 },
      objective,
    }),
  );

describe('onward trucking to Rotterdam', () => {
  it('Erenhot → Rotterdam by cost rides the Erenhot train and a truck from Duisburg', () => {
    const r = ask('Erenhot', 'cost');
    expect(r.status).toBe('ok');
    const best = r.routes[0]!;
    expect(best.legs.map((l) => [l.mode, l.to.id])).toEqual([
      ['rail', 'duisburg'],
      ['road', 'rotterdam-port'],
    ]);
    expect(best.border_events.map((b) => b.border_id)).toContain('emmerich-zevenaar-road');
    expect(r.notices.map((n) => n.code)).not.toContain('BACKTRACKING_ROUTE');
  });

  it('Baotou → Rotterdam offers a train to a German hub and a truck on among its answers by time', () => {
    const r = ask('Baotou', 'time');
    expect(
      r.routes.some(
        (x) =>
          x.legs.some((l) => l.mode === 'rail' && ['duisburg', 'hamburg-port'].includes(l.to.id)) &&
          x.legs.at(-1)!.mode === 'road' &&
          x.legs.at(-1)!.to.id === 'rotterdam-port',
      ),
    ).toBe(true);
  });
});
