import { describe, expect, it } from 'vitest';
import {
  arrivalEvent,
  decodeEvent,
  epochEvent,
  eventIndex,
  eventKind,
  MAX_EVENT_INDEX,
  shipmentEvent,
} from '../../../src/simulation/event-id.ts';

describe('event ids', () => {
  it('decodeEvent gives back the kind and index each encoder packed, at the ends of each range', () => {
    for (const index of [0, 1, 2, 1000, 123_456, MAX_EVENT_INDEX]) {
      expect(decodeEvent(shipmentEvent(index))).toEqual({ kind: 'shipment', index });
      expect(decodeEvent(arrivalEvent(index))).toEqual({ kind: 'arrival', index });
      expect(decodeEvent(epochEvent(index))).toEqual({ kind: 'epoch', index });
    }
  });

  it('the three kinds never share an id, and every id fits the event list int32 slot', () => {
    const ids = [0, 1, MAX_EVENT_INDEX].flatMap((i) => [
      shipmentEvent(i),
      arrivalEvent(i),
      epochEvent(i),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(new Int32Array([id])[0]).toBe(id);
    expect(eventKind(arrivalEvent(MAX_EVENT_INDEX))).toBe('arrival');
    expect(eventKind(epochEvent(0))).toBe('epoch');
    expect(eventIndex(epochEvent(0))).toBe(0);
  });

  it('refuses an index that would fall into another kind or out of int32', () => {
    expect(() => arrivalEvent(MAX_EVENT_INDEX + 1)).toThrow(RangeError);
    expect(() => epochEvent(-1)).toThrow(/outside/);
    expect(() => shipmentEvent(1.5)).toThrow(RangeError);
  });
});
