import { describe, expect, it } from 'vitest';
import type { BorderCrossing as Border, Network } from '../../../src/model/index.ts';
import { OptionCache } from '../../../src/simulation/option-cache.ts';
import { OptionPicker } from '../../../src/simulation/option-picker.ts';
import type { RouteOption } from '../../../src/simulation/route-option.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { follow, newShip } from '../../../src/simulation/ship.ts';
import { StepMachine } from '../../../src/simulation/step-machine.ts';
import { SubsidyLedger } from '../../../src/simulation/subsidy-ledger.ts';
import { parts } from './parts.ts';
import { fixedProvider, spec, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

function machine(network: Network, scenario: Scenario, byOrigin: Record<string, RouteOption[]>) {
  const { epochs, departures, finder, crossing } = parts(network, scenario);
  const ledger = new SubsidyLedger(scenario.policies);
  const options = new OptionCache({
    scenario,
    epochs,
    provider: fixedProvider(byOrigin),
    ledger,
    departures,
  });
  const picker = new OptionPicker(network, scenario.choice, 1, finder);
  const scheduled: [number, number][] = [];
  const steps = new StepMachine({
    network,
    epochs,
    departures,
    seed: 1,
    horizonH: scenario.horizon.days * 24,
    overflowReplanH: scenario.overflow_replan_h,
    ledger,
    crossing,
    replanning: { options, picker, finder },
    schedule: (h, index) => scheduled.push([h, index]),
  });
  const start = (o: RouteOption, ready_h = 0, teu = 1) => {
    const ship = newShip(spec('o', teu, ready_h));
    follow(ship, o, finder.boardingsOf(o));
    return ship;
  };
  /** advances `ship` as the event loop would: each shared step it schedules runs when due */
  const drive = (ship: ReturnType<typeof start>) => {
    let progress = steps.advance(ship, 0, true);
    while (progress === 'waiting' && scheduled.length > 0) {
      const [h] = scheduled.shift()!;
      expect(h).toBe(ship.now);
      progress = steps.advance(ship, 0, true);
    }
    return progress;
  };
  return { steps, scheduled, start, drive, departures };
}

describe('StepMachine', () => {
  const viaB1 = trainOption('t1', 'b1', 'o', 500, 'B1');
  const viaB2 = trainOption('t2', 'b2', 'o', 900, 'B2');

  it('schedules a shared step that is not due yet, then boards, books, crosses and delivers', () => {
    const { steps, scheduled, start, departures } = machine(tinyNetwork(), tinyScenario(), {});
    const ship = start(viaB1, 3);
    expect(steps.advance(ship, 7, false)).toBe('waiting');
    expect(scheduled).toEqual([[3, 7]]);
    // boards the 168 h train, then the border is a shared step: due at 178 h
    expect(steps.advance(ship, 7, true)).toBe('waiting');
    expect(scheduled).toEqual([
      [3, 7],
      [178, 7],
    ]);
    expect(steps.advance(ship, 7, true)).toBe('delivered');
    // the next Monday train at 168 h, 10 h, 5 h dwell, 10 h
    expect(ship.now).toBe(193);
    expect(ship.departed_h).toBe(168);
    expect(ship.border_h).toBe(5);
    expect(ship.cost_usd).toBe(500);
    // the promise is made at booking (engine.ts, promise.ts), not when the shipment leaves
    expect(ship.promised_h).toBe(-1);
    expect(departures.get('t1')!.remaining_teu[1]).toBe(1);
  });

  it('strands a shipment whose path is closed when no open route exists, re-plans when one does', () => {
    const scenario = tinyScenario({
      events: [{ type: 'closure', border: 'b1', days: 28, assumption: 'test closure' }],
    });
    const alone = machine(tinyNetwork(), scenario, { o: [viaB1] });
    expect(alone.steps.advance(alone.start(viaB1), 0, true)).toBe('stranded');
    const both = machine(tinyNetwork(), scenario, { o: [viaB1, viaB2] });
    const ship = both.start(viaB1);
    expect(both.drive(ship)).toBe('delivered');
    expect(ship.option).toBe(viaB2);
    expect(ship.replanned).toBe(true);
    expect(ship.now).toBe(25);
  });

  it('re-plans once when capacity would hold the shipment longer than overflow_replan_h', () => {
    // a value of time, so the week's wait counts in the choice again
    const scenario = tinyScenario({
      overflow_replan_h: 24,
      choice: { model: 'least_cost', carbon_price_usd_per_t: 0, value_of_time_usd_per_h: 10 },
    });
    const m = machine(tinyNetwork({ t1Capacity: 1 }), scenario, { o: [viaB1, viaB2] });
    const first = m.start(viaB1);
    expect(m.drive(first)).toBe('delivered');
    // the 0 h train of t1 is full: a week's wait is over 24 h, so the second takes t2 at 0 h
    const second = m.start(viaB1);
    expect(m.drive(second)).toBe('delivered');
    expect(second.option).toBe(viaB2);
    expect(second.overflowChecked).toBe(true);
    expect(second.now).toBe(25);
  });

  it('leaves a shipment beyond the horizon in the backlog', () => {
    const { steps, scheduled, start } = machine(tinyNetwork(), tinyScenario(), {});
    const ship = start(viaB1, 28 * 24 + 1);
    expect(steps.advance(ship, 0, false)).toBe('waiting');
    expect(scheduled).toEqual([]);
    expect(ship.step).toBe(0);
  });
});

/**
 * R20 in the simulation: a train whose service has its own delay distribution (its observed
 * punctuality, border waits included) dwells the border's median; its delay is drawn at alighting, so
 * the border's spread is not drawn twice. A service without one (a truck line) draws the border's
 * spread. Queues, closures and events still act on both.
 */
describe("StepMachine: a train's punctuality holds its border waits (R20)", () => {
  const viaB1 = trainOption('t1', 'b1', 'o', 500, 'B1');
  const WEEKS = 52;
  const year = tinyScenario({ horizon: { start: '2024-01-01', days: 371 } });
  const delay = {
    dist: 'lognormal',
    p50: 6,
    p90: 48,
    assumption: 'a train delay for the test',
  } as const;
  const wide: Border['dwell_h'] = {
    dist: 'lognormal',
    p50: 10,
    p90: 120,
    assumption: 'a long-tailed border dwell for the test',
  };
  const atMedian: Border['dwell_h'] = { dist: 'fixed', value: 10, assumption: 'its median' };

  /** one shipment on each weekly departure of t1: hours from departure to delivery, and at the border */
  function ride(network: Network, scenario: Scenario = year, o: RouteOption = viaB1) {
    const m = machine(network, scenario, {});
    const transit: number[] = [];
    const border: number[] = [];
    for (let w = 0; w < WEEKS; w++) {
      const ship = m.start(o, w * 168);
      expect(m.drive(ship)).toBe('delivered');
      expect(ship.departed_h).toBe(w * 168);
      transit.push(ship.now - ship.departed_h);
      border.push(ship.border_h);
    }
    return { transit, border };
  }
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

  it("a train with delay_h: transit is the ride, the median dwell and its own delay draw, whatever the border's spread", () => {
    const wideDwell = ride(tinyNetwork({ delay, dwell: wide }));
    const fixedDwell = ride(tinyNetwork({ delay, dwell: atMedian }));
    // the same delay draws per departure: the border's spread adds nothing
    expect(wideDwell.transit).toEqual(fixedDwell.transit);
    expect(new Set(wideDwell.border)).toEqual(new Set([10]));
    // the delay is still drawn: 20 h riding + 10 h at the border + the delay, which varies
    for (const t of wideDwell.transit) expect(t).toBeGreaterThanOrEqual(30);
    expect(spread(wideDwell.transit)).toBeGreaterThan(20);
    // and its spread is the delay's: without the delay the transit is 30 h every week
    const noDelayFixed = ride(tinyNetwork({ dwell: atMedian }));
    expect(new Set(noDelayFixed.transit)).toEqual(new Set([30]));
  });

  it('a service without delay_h (a truck line) still draws the border spread', () => {
    const { transit, border } = ride(tinyNetwork({ dwell: wide }));
    expect(transit.map((t, i) => t - border[i]!)).toEqual(Array(WEEKS).fill(20));
    expect(spread(border)).toBeGreaterThan(50);
    expect(Math.min(...border)).toBeLessThan(10);
    expect(Math.max(...border)).toBeGreaterThan(60);
  });

  it('a closure still holds a train with delay_h until the border reopens', () => {
    // 30 h to the border, so a train of Monday 00:00 is on board when a closure from Tuesday begins
    const late = {
      ...viaB1,
      steps: viaB1.steps.map((st, i) =>
        i === 1 && st.kind === 'fixed' ? { ...st, hours: 30 } : st,
      ),
    };
    const closed = tinyScenario({
      horizon: { start: '2024-01-01', days: 371 },
      events: [
        {
          type: 'closure',
          border: 'b1',
          from: '2024-01-09',
          days: 3,
          assumption: 'test closure',
        } as Scenario['events'][number],
      ],
    });
    const network = () => tinyNetwork({ delay, dwell: wide });
    const open = ride(network(), year, late);
    const shut = ride(network(), closed, late);
    expect(new Set(open.border)).toEqual(new Set([10]));
    // the train of week 1 reaches b1 at 198 h, in the closure (192–264 h): it leaves at 264 + 10 h
    expect(shut.border[1]).toBe(264 + 10 - 198);
    expect(shut.transit[1]).toBe(open.transit[1]! + (264 - 198));
    // the other weeks are untouched
    expect(shut.transit.filter((_, w) => w !== 1)).toEqual(open.transit.filter((_, w) => w !== 1));
  });

  it('an extra-dwell event still adds its hours to a train with delay_h', () => {
    const slow = tinyScenario({
      horizon: { start: '2024-01-01', days: 371 },
      events: [
        {
          type: 'dwell',
          border: 'b1',
          from: '2024-01-08',
          days: 3,
          extra_h: 30,
          assumption: 'test extra dwell',
        } as Scenario['events'][number],
      ],
    });
    const open = ride(tinyNetwork({ delay, dwell: wide }));
    const held = ride(tinyNetwork({ delay, dwell: wide }), slow);
    expect(held.border[1]).toBe(10 + 30);
    expect(held.transit[1]).toBe(open.transit[1]! + 30);
  });
});
