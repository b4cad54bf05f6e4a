/** F05: closures filed on a border, closures and extra dwell from Conditions. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

describe('F05 closed border', () => {
  it('waits at a border closed by its file until it reopens', () => {
    const d = miniCorridors();
    d.borders!['erenhot-zamyn-uud']!.closures = [{ from: '2026-12-01', to: '2026-12-10' }];
    const r = createPlanner(drawNetwork(d)).plan(
      query({ from: 'baotou', to: 'ulaanbaatar', objective: 'time' }),
    );
    const b = r.routes[0]!.border_events[0]!;
    expect(b.border_id).toBe('erenhot-zamyn-uud');
    expect(b.start).toBe('2026-12-11T00:00:00.000Z');
    expect(r.routes[0]!.timeline.some((s) => s.type === 'wait' && s.label.includes('closed'))).toBe(
      true,
    );
  });

  const planner = createPlanner(drawNetwork(miniCorridors()));
  it('a border closed by conditions removes its corridor without recompiling', () => {
    const open = planner.compare(query({ from: 'baotou', to: 'moscow' }));
    expect(open.routes.map((r) => r.corridor.id)).toContain('border:manzhouli-zabaikalsk');
    const closed = planner.compare(query({ from: 'baotou', to: 'moscow' }), {
      conditions: { closed_borders: ['manzhouli-zabaikalsk'] },
    });
    expect(closed.routes.length).toBeGreaterThan(0);
    for (const r of closed.routes) expect(r.summary).not.toContain('manzhouli-zabaikalsk');
  });

  it('when every corridor is closed the answer is no_route with the reason', () => {
    const r = planner.plan(query({ from: 'baotou', to: 'moscow' }), {
      conditions: { closed_borders: ['manzhouli-zabaikalsk', 'erenhot-zamyn-uud'] },
    });
    expect(r.status).toBe('no_route');
    expect(r.reason).toBe('the closures and conditions in force remove the last corridor');
  });

  it('extra dwell from conditions lengthens the border event and the trip', () => {
    const base = planner.plan(query({ from: 'baotou', to: 'ulaanbaatar' }));
    const slow = planner.plan(query({ from: 'baotou', to: 'ulaanbaatar' }), {
      conditions: { extra_dwell_h: { 'erenhot-zamyn-uud': 72 } },
    });
    expect(slow.routes[0]!.border_events[0]!.dwell_h).toBe(
      base.routes[0]!.border_events[0]!.dwell_h + 72,
    );
    expect(slow.routes[0]!.summary).toContain('[border erenhot-zamyn-uud 3d14h, gauge 1435→1520]');
  });
});
