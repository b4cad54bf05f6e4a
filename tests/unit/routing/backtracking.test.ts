/** Back-tracking chains (docs/decisions.md R17): the rule on drawn chains, and the planner's alternatives. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { backtrackReason, type ChainStep } from '../../../src/routing/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

const chifeng = { lon: 118.89, lat: 42.26 };
const tianjin = { lon: 117.74, lat: 38.98 };
const dalian = { lon: 121.65, lat: 38.92 };
const ordos = { lon: 109.78, lat: 39.61 };
const baotou = { lon: 109.84, lat: 40.66 };
const moscow = { lon: 37.62, lat: 55.75 };
const duisburg = { lon: 6.76, lat: 51.43 };
const busan = { lon: 129.04, lat: 35.1 };

const land = (from: ChainStep['from'], to: ChainStep['to']): ChainStep => ({
  from,
  to,
  land: true,
});

describe('backtrackReason', () => {
  it('finds a change of service on land further from the destination than the origin', () => {
    expect(
      backtrackReason([land(ordos, tianjin), land(tianjin, chifeng), land(chifeng, moscow)]),
    ).toMatch(/^changes service on land 5\d\d km further/);
  });

  it('finds a turn back between two land rides', () => {
    // Tianjin → Chifeng → Dalian: north 378 km and back south-east to a port 347 km from Tianjin
    expect(backtrackReason([land(tianjin, chifeng), land(chifeng, dalian)])).toMatch(
      /^turns back on land \(8\d\d km of great circle for 3\d\d km\)$/,
    );
  });

  it('finds a place passed twice', () => {
    expect(
      backtrackReason([
        { from: baotou, to: tianjin, land: true },
        { from: tianjin, to: baotou, land: false },
        { from: baotou, to: duisburg, land: false },
      ]),
    ).toBe('passes the same place twice');
  });

  it('lets a direct chain and a move to the sea through', () => {
    expect(backtrackReason([land(ordos, baotou), land(baotou, duisburg)])).toBeNull();
    expect(
      backtrackReason([land(baotou, tianjin), { from: tianjin, to: busan, land: false }]),
    ).toBeNull();
    expect(backtrackReason([land(chifeng, moscow)])).toBeNull();
  });
});

describe('alternatives on the built-in network', () => {
  let planner: Planner;
  beforeAll(async () => {
    ({ planner } = await loadBuiltIn());
  });
  const ask = (from: string, to: string) =>
    planner.plan(
      RouteQuery.parse({
        from,
        to,
        depart: '2025-03-03',
        shipment: { feu: 1 },
        objective: 'cost',
        alternatives: 3,
      }),
    );

  it('Chifeng → Moscow and Ordos → Moscow offer no chain through Tianjin', () => {
    for (const [from, to] of [
      ['Chifeng', 'Moscow'],
      ['Ordos', 'Moscow'],
    ] as const) {
      const answer = ask(from, to);
      expect(answer.routes.length).toBeGreaterThan(0);
      for (const r of answer.routes)
        expect(r.legs.map((l) => l.to.id)).not.toContain('tianjin-port');
    }
  });

  it('keeps a back-tracking chain when nothing else reaches the destination', () => {
    // Manzhouli has no service towards Mongolia: every route trucks 1,250 km south to Chifeng first
    const answer = ask('Manzhouli', 'Ulaanbaatar');
    expect(answer.status).toBe('ok');
    expect(answer.routes.length).toBeGreaterThan(0);
  });
});
