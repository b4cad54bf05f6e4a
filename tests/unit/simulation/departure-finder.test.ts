import { describe, expect, it } from 'vitest';
import { book } from '../../../src/simulation/capacity.ts';
import {
  firstDeparture,
  leaveAt,
  NO_DEPARTURE,
  ON_DEMAND,
} from '../../../src/simulation/departure-finder.ts';
import { promisedAtBookingH } from '../../../src/simulation/promise.ts';
import type { BoardStep } from '../../../src/simulation/ship.ts';
import { parts } from './parts.ts';
import { option, tinyNetwork, trainOption } from './tiny.ts';

const board = (service: string, terminal: string, offset_h = 0): BoardStep => ({
  kind: 'board',
  service,
  terminal,
  offset_h,
  cost_usd: 0,
  co2e_kg: 0,
  distance_km: 0,
});

describe('DepartureFinder and the first departure with room', () => {
  it('boardingsOf resolves each board step once to its departures and legs, undefined for other steps', () => {
    const { finder, departures } = parts();
    const o = trainOption('t1', 'b1', 'o', 500, 'B1');
    const boardings = finder.boardingsOf(o);
    expect(boardings.map((b) => (b ? [b.a, b.b] : null))).toEqual([[0, 2], null, null, null, null]);
    expect(boardings[0]!.d).toBe(departures.get('t1'));
    // the same array for the same option: resolved once per replication
    expect(finder.boardingsOf(o)).toBe(boardings);
    // a service the network does not run has no boarding
    const ghost = option('g', 'o', [board('nope', 'o')], 1, 'G', ['nope'], []);
    expect(finder.boardingsOf(ghost)).toEqual([undefined]);
  });

  it('finds the first weekly train at or after the time that has room, and times the leave', () => {
    const { finder } = parts(tinyNetwork({ t1Capacity: 2 }));
    const step = board('t1', 'o');
    const boarding = finder.boardingsOf(option('x', 'o', [step], 1, 'X', ['t1'], []))[0]!;
    // departures on Mondays 00:00: 0, 168, 336, 504 h
    expect(firstDeparture(step, boarding, 0, 1, 0)).toBe(0);
    expect(firstDeparture(step, boarding, 1, 1, 0)).toBe(1);
    expect(leaveAt(step, boarding, 1, 1, 0)).toBe(168);
    book(boarding.d, 0, boarding.a, boarding.b, 2);
    // full: the next one with room
    expect(firstDeparture(step, boarding, 0, 1, 0)).toBe(1);
    // past the last departure of the horizon
    expect(firstDeparture(step, boarding, 505, 1, 0)).toBe(NO_DEPARTURE);
    expect(leaveAt(step, boarding, NO_DEPARTURE, 505, 0)).toBeNaN();
  });

  it('an offset boarding (a stop down the line) leaves offset hours after the departure from the first stop', () => {
    const { finder } = parts();
    const step = board('t1', 'x1', 10);
    const boarding = finder.boardingsOf(option('x', 'x1', [step], 1, 'X', ['t1'], []))[0]!;
    // ready at 12 h at x1: the 0 h train passed it at 10 h, so the next leaves x1 at 178 h
    const found = firstDeparture(step, boarding, 12, 1, 0);
    expect(leaveAt(step, boarding, found, 12, 0)).toBe(178);
    expect([boarding.a, boarding.b]).toEqual([1, 2]);
  });

  it('an on-demand service leaves after its lead time and books nothing; no boarding finds nothing', () => {
    const { finder } = parts();
    const step = board('f', 'o');
    const boarding = finder.boardingsOf(option('x', 'o', [step], 1, 'X', ['f'], []))[0]!;
    expect(firstDeparture(step, boarding, 7.5, 1, 0)).toBe(ON_DEMAND);
    expect(leaveAt(step, boarding, ON_DEMAND, 7.5, 0)).toBe(7.5);
    expect(firstDeparture(step, undefined, 0, 1, 0)).toBe(NO_DEPARTURE);
  });

  it('special cargo boards no sooner than its permits allow, counted from its own booking (C14)', () => {
    const { finder } = parts(tinyNetwork({ t1Capacity: 2 }));
    // departures on Mondays 00:00: 0, 168, 336, 504 h; a DG acceptance of 200 h
    const step: BoardStep = { ...board('t1', 'o'), lead_h: 200 };
    const o = option('x', 'o', [step], 1, 'X', ['t1'], []);
    const boarding = finder.boardingsOf(o)[0]!;
    // booked at 0: the trains of 0 and 168 h leave before the acceptance, the one of 336 h takes it
    expect(firstDeparture(step, boarding, 0, 1, 0)).toBe(2);
    expect(leaveAt(step, boarding, 2, 0, 0)).toBe(336);
    // booked at 100 (another shipment replaying the same option): not before 300 h, still 336 h
    expect(firstDeparture(step, boarding, 100, 1, 100)).toBe(2);
    // the promise quoted at booking holds the permit too
    const plain = option('p', 'o', [board('t1', 'o')], 1, 'P', ['t1'], []);
    const promised = promisedAtBookingH(o, finder.boardingsOf(o), 0);
    const promisedPlain = promisedAtBookingH(plain, finder.boardingsOf(plain), 0);
    expect(promised - promisedPlain).toBe(336);
    // an on-demand truck's own lead runs beside the permit: the later of the two
    const truck: BoardStep = { ...board('f', 'o'), lead_h: 120 };
    const tb = finder.boardingsOf(option('y', 'o', [truck], 1, 'Y', ['f'], []))[0]!;
    expect(leaveAt(truck, tb, ON_DEMAND, 7.5, 0)).toBe(120);
    expect(leaveAt(truck, tb, ON_DEMAND, 130, 0)).toBe(130);
  });
});
