import { describe, expect, it } from 'vitest';
import { blocked, reopenAt, replan } from '../../../src/simulation/closures.ts';
import { OptionCache } from '../../../src/simulation/option-cache.ts';
import { OptionPicker } from '../../../src/simulation/option-picker.ts';
import type { ScenarioEvent } from '../../../src/simulation/scenario.schema.ts';
import { follow, newShip } from '../../../src/simulation/ship.ts';
import { parts } from './parts.ts';
import { fixedProvider, spec, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const closure = (target: Partial<ScenarioEvent>, from: string, days: number): ScenarioEvent =>
  ({ type: 'closure', from, days, assumption: 'test closure', ...target }) as ScenarioEvent;

describe('closures', () => {
  const viaB1 = trainOption('t1', 'b1', 'o', 500, 'B1');

  it('blocked sees a closed border, service, terminal or country on the rest of the path only', () => {
    const network = tinyNetwork();
    const epochOf = (e: ScenarioEvent) => parts(network, tinyScenario({ events: [e] })).epochs[1]!;
    expect(
      blocked(network, viaB1.steps, 0, epochOf(closure({ border: 'b1' }, '2024-01-02', 3))),
    ).toBe(true);
    expect(
      blocked(network, viaB1.steps, 0, epochOf(closure({ border: 'b2' }, '2024-01-02', 3))),
    ).toBe(false);
    expect(
      blocked(network, viaB1.steps, 0, epochOf(closure({ service: 't1' }, '2024-01-02', 3))),
    ).toBe(true);
    expect(
      blocked(network, viaB1.steps, 0, epochOf(closure({ terminal: 'd' }, '2024-01-02', 3))),
    ).toBe(true);
    // MN is a side of b1 (y1)
    expect(
      blocked(network, viaB1.steps, 0, epochOf(closure({ country: 'MN' }, '2024-01-02', 3))),
    ).toBe(true);
    // past the border step (index 2), a closed border is behind the shipment
    expect(
      blocked(network, viaB1.steps, 3, epochOf(closure({ border: 'b1' }, '2024-01-02', 3))),
    ).toBe(false);
    // an epoch with nothing closed
    expect(blocked(network, viaB1.steps, 0, parts(network).epochs[0]!)).toBe(false);
  });

  it('reopenAt: the end of the closure, now when open, Infinity when it stays closed to the horizon', () => {
    const { epochs } = parts(
      tinyNetwork(),
      tinyScenario({
        events: [
          closure({ border: 'b1' }, '2024-01-02', 3),
          closure({ border: 'b2' }, '2024-01-10', 100),
        ],
      }),
    );
    expect(reopenAt(epochs, 'b1', 30)).toBe(96);
    expect(reopenAt(epochs, 'b1', 10)).toBe(10);
    expect(reopenAt(epochs, 'b1', 100)).toBe(100);
    expect(reopenAt(epochs, 'b2', 300)).toBe(Number.POSITIVE_INFINITY);
  });

  it('replan moves a shipment to the open option from where it is, says same or none otherwise', () => {
    const viaB2 = trainOption('t2', 'b2', 'o', 900, 'B2');
    const scenario = tinyScenario({ events: [closure({ border: 'b1' }, '2024-01-02', 10)] });
    const { network, epochs, departures, finder } = parts(tinyNetwork(), scenario);
    const ledger = { version: 0, exhausted: new Set<string>() };
    const replanning = (byOrigin: Parameters<typeof fixedProvider>[0]) => {
      const options = new OptionCache({
        scenario,
        epochs,
        provider: fixedProvider(byOrigin),
        ledger,
        departures,
      });
      return { options, finder, picker: new OptionPicker(network, scenario.choice, 1, finder) };
    };
    const ship = newShip(spec('o', 1));
    follow(ship, viaB1, finder.boardingsOf(viaB1));
    ship.step = 2;
    ship.now = 30; // b1 is closed now
    const how = { live: false, relaxed: true };
    expect(replan(ship, 'o', how, replanning({ o: [viaB1, viaB2] }))).toBe('changed');
    expect(ship.option).toBe(viaB2);
    expect(ship.step).toBe(0);
    expect(ship.replanned).toBe(true);
    expect(ship.boardings).toBe(finder.boardingsOf(viaB2));
    expect(replan(ship, 'o', how, replanning({ o: [viaB1, viaB2] }))).toBe('same');
    expect(replan(ship, 'o', how, replanning({ o: [viaB1] }))).toBe('none');
  });
});
