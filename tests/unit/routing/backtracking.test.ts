/** Back-tracking chains (docs/decisions.md R17): the rule on drawn chains, and the planner's alternatives. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import {
  backtrackPruning,
  backtrackReason,
  compileIndex,
  landRidesBarred,
  type ChainStep,
} from '../../../src/routing/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

const chifeng = { lon: 118.89, lat: 42.26 };
const tianjin = { lon: 117.74, lat: 38.98 };
const dalian = { lon: 121.65, lat: 38.92 };
const ordos = { lon: 109.78, lat: 39.61 };
const baotou = { lon: 109.84, lat: 40.66 };
const moscow = { lon: 37.62, lat: 55.75 };
const duisburg = { lon: 6.76, lat: 51.43 };
const busan = { lon: 129.04, lat: 35.1 };
const erenhot = { lon: 111.98, lat: 43.65 };
const hohhot = { lon: 111.75, lat: 40.84 };

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

  it('finds a place passed again on board', () => {
    // Chifeng → Erenhot by truck, back south to Hohhot, then a truck line that runs through Erenhot
    const line = { from: hohhot, to: duisburg, land: true, passes: [erenhot] };
    expect(backtrackReason([land(chifeng, erenhot), land(erenhot, hohhot), line])).toBe(
      'passes the same place twice',
    );
    // the same line boarded where the chain starts passes Erenhot once
    expect(backtrackReason([land(baotou, hohhot), line])).toBeNull();
    // a ride on past a place where it takes no cargo off, and back to it, is how a box gets there
    // (the Duisburg train through Małaszewicze to Warsaw, a truck back): not refused
    const pastBusan = { from: tianjin, to: dalian, land: false, passes: [busan] };
    expect(backtrackReason([pastBusan, { from: dalian, to: busan, land: false }])).toBeNull();
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
  let network: Awaited<ReturnType<typeof loadBuiltIn>>['network'];
  beforeAll(async () => {
    ({ planner, network } = await loadBuiltIn());
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
  /** the time answer for 1 FEU booked 2025-03-09 */
  const fastest = (from: string, to: string, cargo: 'reefer'[] = [], alternatives = 3) =>
    planner.plan(
      RouteQuery.parse({
        from,
        to,
        depart: '2025-03-09',
        shipment: { feu: 1, cargo },
        objective: 'time',
        alternatives,
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

  it('the pruning table bars land rides only where the check after the search refuses them', () => {
    const index = compileIndex(network);
    // Tianjin lies 194 km further from Moscow than Chifeng (R17's smallest back-track): barred;
    // Hohhot is nearer to Duisburg than Baotou and Baotou's own terminals are the origin: not
    const toMoscow = backtrackPruning(index, [chifeng], [moscow]);
    const toDuisburg = backtrackPruning(index, [baotou], [duisburg]);
    const at = (id: string) => index.terminalIndex.get(id)!;
    expect(toMoscow.awayKm[at('tianjin-port')]).toBeGreaterThan(150);
    expect(landRidesBarred(toMoscow, at('tianjin-port'))).toBe(true);
    expect(landRidesBarred(toDuisburg, at('hohhot-rail'))).toBe(false);
    expect(landRidesBarred(toDuisburg, at('baotou-rail'))).toBe(false);
    // and the check after the search refuses the chain the table bars
    expect(backtrackReason([land(chifeng, tianjin), land(tianjin, moscow)])).toMatch(
      /^changes service on land 19\d km further/,
    );
  });

  it('the fastest reefer box Baotou → Duisburg is the train, not a sailing behind a refused chain', () => {
    // Ranked by time, the search's best was a truck to Ulanqab for its train (refused as a back-track),
    // and the exploration's gateway bans reached the 62-day sailing before the direct train
    // and a refused chain takes no alternative's place, so asking for fewer changes nothing
    for (const alternatives of [1, 2, 3]) {
      const answer = fastest('Baotou', 'Duisburg', ['reefer'], alternatives);
      expect(answer.status).toBe('ok');
      const best = answer.routes[0]!;
      expect(best.legs.map((l) => l.mode)).toEqual(['rail']);
      const days =
        (Date.parse(best.arrive_p50) - Date.parse('2025-03-09T00:00:00+08:00')) / 86_400_000;
      expect(days).toBeLessThan(30);
    }
  });

  it('no route of a time answer from Chifeng to Europe passes Erenhot twice', () => {
    for (const to of ['Duisburg', 'Hamburg', 'Frankfurt']) {
      const answer = fastest('Chifeng', to);
      for (const r of answer.routes) {
        // cargo that reached Erenhot's road port and left it for another place does not come back
        // through the Erenhot – Zamyn-Uud crossing on board
        const reached = r.legs.findIndex((l) => l.to.id === 'erenhot-road');
        if (reached < 0) continue;
        for (const leg of r.legs.slice(reached + 1).filter((l) => l.from.id !== 'erenhot-road')) {
          const onBoard = r.border_events.filter(
            (b) =>
              b.border_id === 'erenhot-zamyn-uud-road' &&
              b.start >= leg.depart &&
              b.start <= leg.arrive,
          );
          expect(onBoard).toEqual([]);
        }
      }
    }
  });

  it('the pruning table bars no land ride the check after the search would accept', () => {
    // every pair of the network's cities (each a set of terminals), every terminal between: a chain
    // from an origin terminal to it and on to a destination terminal is refused whenever it is barred
    const index = compileIndex(network);
    const byCity = new Map<string, { lon: number; lat: number }[]>();
    for (const t of network.terminals.values())
      byCity.set(t.city, [...(byCity.get(t.city) ?? []), t.location]);
    const cities = [...byCity.values()];
    let barred = 0;
    for (const from of cities)
      for (const to of cities) {
        if (from === to) continue;
        const pruning = backtrackPruning(index, from, to);
        index.terminals.forEach((t, i) => {
          if (!landRidesBarred(pruning, i)) return;
          barred++;
          for (const o of from)
            for (const d of to)
              expect(
                backtrackReason([land(o, t.location), land(t.location, d)], from),
              ).not.toBeNull();
        });
      }
    expect(barred).toBeGreaterThan(1000);
  });

  it('a notice names no option the answer could only reach by back-tracking', () => {
    // Erenhot's fastest reefer box to Moscow is its train. The Hohhot truck via Mongolia, which refuses
    // reefers, is reached from Erenhot only by trucking south to Hohhot and back through Erenhot, and is
    // never named; the truck that loads at Erenhot's road port (decisions T17) refuses them too, and is
    const answer = fastest('Erenhot', 'Moscow', ['reefer']);
    expect(answer.status).toBe('ok');
    const named = answer.notices
      .filter((n) => n.code === 'CARGO_RESTRICTED_OPTION')
      .map((n) => n.params['service']);
    expect(named).toEqual(['ftl-erenhot-moscow']);
  });
});
