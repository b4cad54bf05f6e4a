import { describe, expect, it } from 'vitest';
import { book } from '../../../src/simulation/capacity.ts';
import type { BorderStep } from '../../../src/simulation/ship.ts';
import { newShip } from '../../../src/simulation/ship.ts';
import { parts } from './parts.ts';
import { spec, tinyNetwork } from './tiny.ts';

const crossB1 = (through?: string): BorderStep => ({
  kind: 'border',
  border: 'b1',
  ...(through ? { through } : {}),
  extra_h: 0,
  cost_usd: 0,
});

/** a ship of `teu` TEU on departure `dep` of t1, at the border at `now` */
function onTrain(teu: number, dep: number, now: number, key: number) {
  const ship = newShip(spec('o', teu, 0, key));
  ship.onService = 't1';
  ship.onDeparture = dep;
  ship.now = now;
  return ship;
}

describe('BorderCrossing', () => {
  it('a through train crosses as one: its first shipment queues the train, the others leave with it', () => {
    // b1: 1 train per day, 5 h fixed dwell
    const { crossing } = parts(tinyNetwork());
    const first = onTrain(1, 0, 10, 1);
    const second = onTrain(1, 0, 11, 2);
    expect(crossing.leaveTime(first, crossB1('t1'), 10, 0)).toBe(15);
    // the same train, released at 15 h (one unit served, not two)
    expect(crossing.leaveTime(second, crossB1('t1'), 11, 0)).toBe(15);
    // the next train (departure 1) waits for the crossing to be free: 10 + 24 h
    expect(crossing.leaveTime(onTrain(1, 1, 12, 3), crossB1('t1'), 12, 0)).toBe(39);
    const q = crossing.queues.get('b1')!;
    expect(q.units).toBe(2);
    expect(q.waits_h).toBe(22);
  });

  it('waits for the border to open and adds the extra dwell after the regular one', () => {
    const { crossing } = parts(tinyNetwork());
    expect(crossing.leaveTime(onTrain(1, 0, 10, 1), crossB1('t1'), 96, 3)).toBe(96 + 5 + 3);
  });

  it('a border counting TEU queues a through train by its TEU on board', () => {
    const network = tinyNetwork();
    const b1 = network.borders.get('b1')!;
    (network.borders as Map<string, typeof b1>).set('b1', {
      ...b1,
      capacity_per_day: { value: 48, unit: 'teu', assumption: 'test capacity' },
    });
    const { crossing, departures } = parts(network);
    book(departures.get('t1')!, 0, 0, 2, 2); // two TEU on board
    crossing.leaveTime(onTrain(1, 0, 0, 1), crossB1('t1'), 0, 0);
    // 2 TEU at 48 a day take 1 h: the next train starts at 1 h
    expect(crossing.leaveTime(onTrain(1, 1, 0, 2), crossB1('t1'), 0, 0)).toBe(1 + 5);
  });

  it('a truck crossing counts trucks (two TEU each) at the border capacity', () => {
    // bt: 2 trucks a day (12 h each), 1 h dwell
    const { crossing } = parts(tinyNetwork({ truckBorderPerDay: 2 }));
    const step: BorderStep = { kind: 'border', border: 'bt', extra_h: 0, cost_usd: 0 };
    const truck = (teu: number, key: number) => newShip(spec('x1', teu, 0, key));
    expect(crossing.leaveTime(truck(4, 1), step, 0, 0)).toBe(1); // two trucks: 24 h of the crossing
    expect(crossing.leaveTime(truck(2, 2), step, 0, 0)).toBe(25);
    expect(crossing.queues.get('bt')!.units).toBe(3);
  });

  it('knows the network borders only', () => {
    const { crossing } = parts();
    expect(crossing.has('b1')).toBe(true);
    expect(crossing.has('elsewhere')).toBe(false);
  });
});
