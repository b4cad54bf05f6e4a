/** reviveOption: an option that crossed a thread comes back field for field, with absent fields kept absent. */
import { describe, expect, it } from 'vitest';
import { reviveOption, type Step } from '../../../src/simulation/route-option.ts';
import { option, trainOption } from './tiny.ts';

describe('reviveOption', () => {
  it('rebuilds a structured clone to the same JSON, optional fields present or absent', () => {
    const steps: Step[] = [
      {
        kind: 'board',
        service: 's1',
        terminal: 'o',
        alight: 'x',
        offset_h: 2,
        cost_usd: 10,
        co2e_kg: 5,
        distance_km: 80,
      },
      { kind: 'border', border: 'b9', into: 'x', extra_h: 3, cost_usd: 40 },
      { kind: 'alight', service: 's1', terminal: 'x', delay_share: 0.4 },
      // special cargo's permit lead time on a board step (decisions C14)
      {
        kind: 'board',
        service: 's2',
        terminal: 'x',
        alight: 'y',
        offset_h: 0,
        cost_usd: 10,
        co2e_kg: 5,
        distance_km: 80,
        lead_h: 168,
      },
    ];
    for (const o of [
      trainOption('t1', 'b1', 'o', 500, 'B1'),
      option('k', 'o', steps, 50, 'C', ['s1'], ['b9']),
    ]) {
      const revived = reviveOption(structuredClone(o));
      expect(JSON.stringify(revived)).toBe(JSON.stringify(o));
      expect(revived.steps.map((s) => Object.keys(s))).toEqual(o.steps.map((s) => Object.keys(s)));
      // a copy, so the worker's cache owns its arrays
      expect(revived.steps).not.toBe(o.steps);
    }
  });
});
