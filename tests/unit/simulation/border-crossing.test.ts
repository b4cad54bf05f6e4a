import { describe, expect, it } from 'vitest';
import type { BorderCrossing as Border, Network } from '../../../src/model/index.ts';
import { book } from '../../../src/simulation/capacity.ts';
import type { ScenarioEvent } from '../../../src/simulation/scenario.schema.ts';
import type { BorderStep } from '../../../src/simulation/ship.ts';
import { newShip } from '../../../src/simulation/ship.ts';
import { parts } from './parts.ts';
import { spec, tinyNetwork, tinyScenario } from './tiny.ts';

const crossB1 = (through?: string): BorderStep => ({
  kind: 'border',
  border: 'b1',
  into: 'y1',
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

/** the tiny network with border b1 changed */
function withB1(change: Partial<Border>): Network {
  const network = tinyNetwork();
  const b1 = network.borders.get('b1')!;
  (network.borders as Map<string, Border>).set('b1', { ...b1, ...change });
  return network;
}

const event = (e: Partial<ScenarioEvent>): ScenarioEvent =>
  ({ border: 'b1', from: '2024-01-02', days: 3, assumption: 'test event', ...e }) as ScenarioEvent;

describe('BorderCrossing', () => {
  it('a through train crosses as one: its first shipment queues the train, the others leave with it', () => {
    // b1: 1 train per day, 5 h fixed dwell
    const { crossing } = parts(tinyNetwork());
    const first = onTrain(1, 0, 10, 1);
    const second = onTrain(1, 0, 11, 2);
    expect(crossing.leaveTime(first, crossB1('t1'), 0)).toBe(15);
    // the same train, released at 15 h (one unit served, not two)
    expect(crossing.leaveTime(second, crossB1('t1'), 0)).toBe(15);
    // the next train (departure 1) waits for the crossing to be free: 10 + 24 h
    expect(crossing.leaveTime(onTrain(1, 1, 12, 3), crossB1('t1'), 0)).toBe(39);
    const q = crossing.queues.get('b1')!;
    expect(q.units).toBe(2);
    expect(q.waits_h).toBe(22);
  });

  it('dwells as filed for the side it enters (docs/decisions.md T15)', () => {
    // b1: 5 h both ways, 9 h into y1; each crossing its own train (departures 0 and 1, a day apart)
    const network = withB1({
      dwell_h_by_direction: { y1: { dist: 'fixed', value: 9, assumption: 'test dwell into y1' } },
    });
    const { crossing } = parts(network);
    expect(crossing.leaveTime(onTrain(1, 0, 10, 1), crossB1('t1'), 0)).toBe(10 + 9);
    const back: BorderStep = { ...crossB1('t1'), into: 'x1' };
    expect(crossing.leaveTime(onTrain(1, 1, 40, 2), back, 0)).toBe(40 + 5);
  });

  it('waits for a closed border to open and adds the extra dwell after the regular one', () => {
    const scenario = tinyScenario({ events: [event({ type: 'closure' })] });
    const { crossing } = parts(tinyNetwork(), scenario);
    // closed from 24 h for 3 days: open again at 96 h
    expect(crossing.leaveTime(onTrain(1, 0, 30, 1), crossB1('t1'), 3)).toBe(96 + 5 + 3);
  });

  it('a capacity event on a border scales its daily capacity; a factor of 0 closes it', () => {
    const half = parts(
      tinyNetwork(),
      tinyScenario({ events: [event({ type: 'capacity', factor: 0.5 })] }),
    );
    // at half capacity a train takes 48 h of the crossing: the next starts at 30 + 48 h
    half.crossing.leaveTime(onTrain(1, 0, 30, 1), crossB1('t1'), 0);
    expect(half.crossing.leaveTime(onTrain(1, 1, 31, 2), crossB1('t1'), 0)).toBe(78 + 5);
    // a train that starts before the event takes 24 h; the next starts at 24 h, in the event
    const before = parts(
      tinyNetwork(),
      tinyScenario({ events: [event({ type: 'capacity', factor: 0.5 })] }),
    );
    before.crossing.leaveTime(onTrain(1, 0, 0, 1), crossB1('t1'), 0);
    expect(before.crossing.leaveTime(onTrain(1, 1, 1, 2), crossB1('t1'), 0)).toBe(24 + 5);
    before.crossing.leaveTime(onTrain(1, 2, 2, 3), crossB1('t1'), 0);
    expect(before.crossing.queues.get('b1')!.waits_h).toBe(23 + 70);
    const shut = parts(
      tinyNetwork(),
      tinyScenario({ events: [event({ type: 'capacity', factor: 0 })] }),
    );
    expect(shut.crossing.leaveTime(onTrain(1, 0, 30, 1), crossB1('t1'), 0)).toBe(96 + 5);
  });

  it('other traffic queues in the same line: a closure builds a queue of all of it, counted by day', () => {
    // 4 other trains a day against a capacity of 12; b1 closed from day 1 for 3 days
    const network = withB1({
      capacity_per_day: { value: 12, unit: 'trains', assumption: 'test capacity' },
      background_per_day: { value: 4, assumption: 'test traffic' },
    });
    const scenario = tinyScenario({ events: [event({ type: 'closure' })] });
    const { crossing } = parts(network, scenario);
    // the region's train arrives at 30 h: the other trains of 24–30 h are ahead of it
    // (arrivals every 6 h from 3 h: 27 h is the only one in the closure so far)
    const leave = crossing.leaveTime(onTrain(1, 0, 30, 1), crossB1('t1'), 0);
    expect(leave).toBe(96 + 2 + 5);
    crossing.finish(28 * 24);
    const byDay = crossing.queues.get('b1')!.queueByDay(28);
    // at 00:00 of day 2: the other trains of 27, 33, 39 and 45 h and the region's; day 3: four more;
    // day 4 (96 h): the crossing reopens and the first starts; day 5: 17 served from 96 h at 2 h each
    // plus arrivals, 4 still waiting
    expect(byDay.slice(0, 7)).toEqual([0, 0, 5, 9, 12, 4, 0]);
    // only the region's train counts in waits and units
    expect(crossing.queues.get('b1')!.units).toBe(1);
  });

  it('the transfer yard of a gauge change takes each train at its TEU a day', () => {
    // 4 trains a day at the border, a yard of 200 TEU a day: a 100-TEU train takes 12 h of the yard
    const network = withB1({
      capacity_per_day: { value: 4, unit: 'trains', assumption: 'test capacity' },
      gauge_change: {
        method: 'container_transfer',
        time_h: { value: 0, assumption: 'test gauge change' },
        cost_usd_per_teu: { value: 0, assumption: 'test gauge change' },
        capacity_teu_per_day: { value: 200, assumption: 'test yard' },
      },
    });
    const { crossing } = parts(network);
    expect(crossing.leaveTime(onTrain(1, 0, 0, 1), crossB1('t1'), 0)).toBe(5);
    // the border is free at 6 h, the yard at 12 h
    expect(crossing.leaveTime(onTrain(1, 1, 0, 2), crossB1('t1'), 0)).toBe(12 + 5);
  });

  it('a border counting TEU queues a through train by its TEU on board', () => {
    const network = withB1({
      capacity_per_day: { value: 48, unit: 'teu', assumption: 'test capacity' },
    });
    const { crossing, departures } = parts(network);
    book(departures.get('t1')!, 0, 0, 2, 2); // two TEU on board
    crossing.leaveTime(onTrain(1, 0, 0, 1), crossB1('t1'), 0);
    // 2 TEU at 48 a day take 1 h: the next train starts at 1 h
    expect(crossing.leaveTime(onTrain(1, 1, 0, 2), crossB1('t1'), 0)).toBe(1 + 5);
  });

  it('a truck crossing counts trucks (two TEU each) at the border capacity', () => {
    // bt: 2 trucks a day (12 h each), 1 h dwell
    const { crossing } = parts(tinyNetwork({ truckBorderPerDay: 2 }));
    const step: BorderStep = {
      kind: 'border',
      border: 'bt',
      into: 'y1',
      extra_h: 0,
      cost_usd: 0,
    };
    const truck = (teu: number, key: number) => newShip(spec('x1', teu, 0, key));
    expect(crossing.leaveTime(truck(4, 1), step, 0)).toBe(1); // two trucks: 24 h of the crossing
    expect(crossing.leaveTime(truck(2, 2), step, 0)).toBe(25);
    expect(crossing.queues.get('bt')!.units).toBe(3);
  });

  it('knows the network borders only', () => {
    const { crossing } = parts();
    expect(crossing.has('b1')).toBe(true);
    expect(crossing.has('elsewhere')).toBe(false);
  });
});
