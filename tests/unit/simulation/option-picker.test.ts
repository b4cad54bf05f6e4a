import { describe, expect, it } from 'vitest';
import { book } from '../../../src/simulation/capacity.ts';
import { OptionPicker } from '../../../src/simulation/option-picker.ts';
import { newShip } from '../../../src/simulation/ship.ts';
import { parts } from './parts.ts';
import { spec, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

describe('OptionPicker', () => {
  const viaB1 = trainOption('t1', 'b1', 'o', 500, 'B1');
  const viaB2 = trainOption('t2', 'b2', 'o', 900, 'B2');

  it('etaH times an option against the real departures with room, borders at their median dwell', () => {
    const { network, finder, departures } = parts(tinyNetwork({ t1Capacity: 2 }));
    const picker = new OptionPicker(network, tinyScenario().choice, 1, finder);
    const ship = newShip(spec('o', 1));
    // the Monday 00:00 train: 10 h + 5 h dwell + 10 h
    expect(picker.etaH(viaB1, ship)).toBe(25);
    ship.now = 1;
    // the next train is a week later: 167 h of waiting
    expect(picker.etaH(viaB1, ship)).toBe(167 + 25);
    // the 168 h train full: two weeks
    book(departures.get('t1')!, 1, 0, 2, 2);
    expect(picker.etaH(viaB1, ship)).toBe(167 + 168 + 25);
    ship.now = 600; // no train with room before the horizon ends
    expect(picker.etaH(viaB1, ship)).toBe(Number.POSITIVE_INFINITY);
  });

  it('pick takes the cheaper option that can leave, the other when the cheaper has no room before the horizon', () => {
    const { network, finder, departures } = parts(tinyNetwork({ t1Capacity: 2 }));
    const picker = new OptionPicker(network, tinyScenario().choice, 1, finder);
    const ship = newShip(spec('o', 1));
    expect(picker.pick(ship, [viaB2, viaB1], 0)).toBe(viaB1);
    const t1 = departures.get('t1')!;
    for (let i = 0; i < t1.times_h.length; i++) book(t1, i, 0, 2, 2);
    expect(picker.pick(ship, [viaB2, viaB1], 0)).toBe(viaB2);
    expect(picker.pick(ship, [viaB1], 0)).toBeUndefined();
    expect(picker.pick(ship, [], 0)).toBeUndefined();
  });

  it('with a value of time, a faster dearer option wins over a cheaper one a week later', () => {
    const { network, finder, departures } = parts(tinyNetwork({ t1Capacity: 2 }));
    // 10 USD/h: a week is 1,680 USD, more than the 400 USD between the two
    const choice = {
      model: 'least_cost' as const,
      carbon_price_usd_per_t: 0,
      value_of_time_usd_per_h: 10,
    };
    const picker = new OptionPicker(network, choice, 1, finder);
    book(departures.get('t1')!, 0, 0, 2, 2);
    expect(picker.pick(newShip(spec('o', 1)), [viaB1, viaB2], 0)).toBe(viaB2);
  });
});
