import { describe, expect, it } from 'vitest';
import { book } from '../../../src/simulation/capacity.ts';
import {
  firstDeparture,
  leaveAt,
  NO_DEPARTURE,
  ON_DEMAND,
} from '../../../src/simulation/departure-finder.ts';
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
    expect(firstDeparture(step, boarding, 0, 1)).toBe(0);
    expect(firstDeparture(step, boarding, 1, 1)).toBe(1);
    expect(leaveAt(step, boarding, 1, 1)).toBe(168);
    book(boarding.d, 0, boarding.a, boarding.b, 2);
    // full: the next one with room
    expect(firstDeparture(step, boarding, 0, 1)).toBe(1);
    // past the last departure of the horizon
    expect(firstDeparture(step, boarding, 505, 1)).toBe(NO_DEPARTURE);
    expect(leaveAt(step, boarding, NO_DEPARTURE, 505)).toBeNaN();
  });

  it('an offset boarding (a stop down the line) leaves offset hours after the departure from the first stop', () => {
    const { finder } = parts();
    const step = board('t1', 'x1', 10);
    const boarding = finder.boardingsOf(option('x', 'x1', [step], 1, 'X', ['t1'], []))[0]!;
    // ready at 12 h at x1: the 0 h train passed it at 10 h, so the next leaves x1 at 178 h
    const found = firstDeparture(step, boarding, 12, 1);
    expect(leaveAt(step, boarding, found, 12)).toBe(178);
    expect([boarding.a, boarding.b]).toEqual([1, 2]);
  });

  it('an on-demand service leaves after its lead time and books nothing; no boarding finds nothing', () => {
    const { finder } = parts();
    const step = board('f', 'o');
    const boarding = finder.boardingsOf(option('x', 'o', [step], 1, 'X', ['f'], []))[0]!;
    expect(firstDeparture(step, boarding, 7.5, 1)).toBe(ON_DEMAND);
    expect(leaveAt(step, boarding, ON_DEMAND, 7.5)).toBe(7.5);
    expect(firstDeparture(step, undefined, 0, 1)).toBe(NO_DEPARTURE);
  });
});
