import { describe, expect, it } from 'vitest';
import { EventLoop } from '../../../src/simulation/event-loop.ts';

describe('EventLoop', () => {
  it('runs arrivals, epoch starts and due steps in time order, ties first in first out, and stops at the horizon', () => {
    const log: string[] = [];
    const loop = new EventLoop(
      [{ ready_h: 0 }, { ready_h: 10 }, { ready_h: 30 }, { ready_h: 60 }],
      [0, 10, 40],
      50,
    );
    loop.run({
      arrival: (k) => {
        log.push(`arrival ${k}`);
        // shipment k's next step falls due 15 h later
        loop.schedule(k * 10 + 15, k);
      },
      epochStart: (e, h) => log.push(`epoch ${e} at ${h}`),
      shipmentDue: (i) => log.push(`ship ${i}`),
    });
    expect(log).toEqual([
      'arrival 0',
      // epoch 1 was queued before arrival 1 (both at 10 h)
      'epoch 1 at 10',
      'arrival 1',
      // due at 15 and 25 h
      'ship 0',
      'ship 1',
      'arrival 2',
      'ship 2',
      'epoch 2 at 40',
      // arrival 3 at 60 h is after the horizon
    ]);
  });

  it('keeps a single arrival pending: arrival k+1 is queued only when arrival k runs', () => {
    const seen: number[] = [];
    const loop = new EventLoop([{ ready_h: 5 }, { ready_h: 5 }, { ready_h: 5 }], [0], 100);
    loop.run({
      arrival: (k) => {
        seen.push(k);
        // a step due at the same time as the next arrival runs after it: the arrival was queued first
        loop.schedule(5, k);
      },
      epochStart: () => {
        throw new Error('no epoch events after the first');
      },
      shipmentDue: (i) => seen.push(100 + i),
    });
    expect(seen).toEqual([0, 1, 100, 2, 101, 102]);
  });
});
