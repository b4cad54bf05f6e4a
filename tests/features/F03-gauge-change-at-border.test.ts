/** F03: gauge change 1435→1520 at a border, for cargo changing trains there and for a through train. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork, greatCircleKm } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const drawing = miniCorridors();
const planner = createPlanner(drawNetwork(drawing));
const km = (a: string, b: string) =>
  Math.ceil(greatCircleKm(drawing.terminals[a]!.at, drawing.terminals[b]!.at) * 1.2) + 1;

describe('F03 gauge change at a border', () => {
  it('changing trains at Erenhot: border dwell 9 h + gauge change 5 h, fees per TEU', () => {
    const r = planner.plan(query({ from: 'baotou', to: 'ulaanbaatar', shipment: { teu: 2 } }));
    const route = r.routes[0]!;
    // export clearance may be done at Erenhot before the crossing
    expect(route.summary).toMatch(
      /~RAIL 765km 1d2h~ erenhot (\[customs general export 12h\] )?\[border erenhot-zamyn-uud 14h, gauge 1435→1520\] zamyn-uud/,
    );
    const border = route.border_events[0]!;
    expect(border.gauge_change).toEqual({
      from_mm: 1435,
      to_mm: 1520,
      method: 'container_transfer',
      time_h: 5,
      cost_usd: 120,
      co2e_kg: 0, // the drawn network has no hub factor (F23 gives one)
    });
    expect(border.cost_usd).toBe(2 * (100 + 60));
    expect(border.service_id).toBeUndefined();
    expect(route.cost.border_usd).toBe(200);
    expect(route.cost.gauge_change_usd).toBe(120);
  });

  it('a through train keeps the cargo on board across Manzhouli–Zabaikalsk; dwell and gauge change are in its timetable', () => {
    const r = planner.plan(query({ from: 'chifeng', to: 'moscow', objective: 'time' }));
    const dist =
      km('chifeng', 'manzhouli') + km('manzhouli', 'zabaikalsk') + km('zabaikalsk', 'moscow');
    expect(r.routes[0]!.summary).toBe(
      `chifeng [customs general export 12h] (wait 3d) ~RAIL ${dist}km 9d21h [border manzhouli-zabaikalsk 16h, gauge 1435→1520]~ moscow [cost 3730.0 usd, 13d9h]`,
    );
    const b = r.routes[0]!.border_events[0]!;
    expect(b.service_id).toBe('cf-moscow');
    expect(b.gauge_change?.to_mm).toBe(1520);
  });

  it('gauge goes back 1520→1435 at Brest–Małaszewicze', () => {
    const r = planner.plan(query({ from: 'moscow', to: 'duisburg' }));
    expect(r.routes[0]!.summary).toContain('[border brest-malaszewicze 20h, gauge 1520→1435]');
  });
});
