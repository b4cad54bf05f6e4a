/** Experiment designs: cells of grids, lists and Latin hypercubes; paths into scenarios; strict validation. */
import { describe, expect, it } from 'vitest';
import {
  gridCells,
  latinHypercube,
  parseDesign,
  parseShard,
  setAtPath,
  shardOf,
} from '../../../src/experiment/index.ts';

describe('experiment cells', () => {
  it('a grid gives every combination, the first parameter varying slowest', () => {
    expect(
      gridCells([
        { name: 'a', values: [1, 2] },
        { name: 'b', values: ['x', 'y', 'z'] },
      ]),
    ).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 1, b: 'z' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
      { a: 2, b: 'z' },
    ]);
  });

  it('a Latin hypercube puts one value in each stratum of each parameter, the same for the same seed', () => {
    const params = [
      { name: 'subsidy', min: 0, max: 2000 },
      { name: 'scale', min: 0.5, max: 1.5 },
    ];
    const cells = latinHypercube(params, 10, 7);
    expect(cells).toEqual(latinHypercube(params, 10, 7));
    expect(cells).not.toEqual(latinHypercube(params, 10, 8));
    for (const p of params) {
      const strata = cells
        .map((c) => Math.floor(((c[p.name] as number) - p.min) / ((p.max - p.min) / 10)))
        .sort((a, b) => a - b);
      expect(strata).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('shards are disjoint, cover every unit and differ in size by at most one', () => {
    const units = Array.from({ length: 23 }, (_, i) => i);
    const parts = [1, 2, 3].map((k) => shardOf(units, { k, n: 3 }));
    expect(parts.flat().sort((a, b) => a - b)).toEqual(units);
    expect(parts.map((p) => p.length)).toEqual([8, 8, 7]);
    expect(parseShard('2/3')).toEqual({ k: 2, n: 3 });
    expect(parseShard('4/3')).toBeUndefined();
    expect(parseShard('0/3')).toBeUndefined();
    expect(parseShard('a/b')).toBeUndefined();
  });
});

describe('paths into a scenario', () => {
  const scenario = {
    demand: { scale: 1, flows: [{ id: 'ordos-moscow', teu_per_week: 60 }] },
    policies: [{ id: 'im-tir-truck-trip', amount_usd: 1500 }],
  };
  it('sets a value by key, by id and by index, on a copy', () => {
    const a = setAtPath(scenario, 'policies[im-tir-truck-trip].amount_usd', 500);
    expect(a).toEqual({
      value: { ...scenario, policies: [{ id: 'im-tir-truck-trip', amount_usd: 500 }] },
    });
    expect(scenario.policies[0]!.amount_usd).toBe(1500);
    const b = setAtPath(scenario, 'demand.flows[0].teu_per_week', 90);
    expect('value' in b && b.value.demand.flows[0]!.teu_per_week).toBe(90);
  });
  it('names a misspelt key or id with a did-you-mean, and a value of the wrong type', () => {
    expect(setAtPath(scenario, 'demand.scael', 2)).toEqual({
      error: 'demand has no "scael"; did you mean "scale"?',
    });
    expect(setAtPath(scenario, 'policies[im-tir-truk-trip].amount_usd', 2)).toEqual({
      error: 'policies has no item with id "im-tir-truk-trip"; did you mean "im-tir-truck-trip"?',
    });
    expect(setAtPath(scenario, 'demand.scale', 'high')).toEqual({
      error: 'demand.scale holds a number (1), not a string',
    });
  });
});

describe('design files', () => {
  it('reports every issue at once with file:line, unknown keys with a did-you-mean', () => {
    const text = [
      'id: sweep', //                   1
      'scenario: base.yaml', //         2
      'desing: grid', //                3  misspelt key
      'replicatons: 3', //              4  misspelt key
      'parameters:', //                 5
      '  - name: subsidy', //           6
      '    path: demand.scale', //      7
      '    valeus: [1, 2]', //          8  misspelt key
      '  - name: subsidy', //           9
      '    path: demand.scale', //      10
      '    values: [1]', //             11
    ].join('\n');
    const { issues } = parseDesign('sweep.yaml', text);
    const lines = issues.map(
      (i) => `${i.line} ${i.path}: ${i.message}${i.hint ? ` ${i.hint}` : ''}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '3 desing: unknown key "desing" did you mean "design"?',
        '4 replicatons: unknown key "replicatons" did you mean "replications"?',
        '8 parameters[0].valeus: unknown key "valeus" did you mean "values"?',
      ]),
    );
    expect(issues.length).toBe(3);
  });

  it('checks the rules of each design kind in one pass', () => {
    const text = [
      'id: lhs-study',
      'scenario: base.yaml',
      'design: lhs',
      'parameters:',
      '  - name: scale',
      '    path: demand.scale',
      '    min: 2',
      '    max: 1',
      '  - name: scale',
      '    path: demand.scale',
      '    values: [1, 2]',
    ].join('\n');
    const { issues } = parseDesign('lhs.yaml', text);
    expect(issues.map((i) => `${i.line} ${i.message}`)).toEqual(
      expect.arrayContaining([
        '8 max 1 is not above min 2',
        '9 parameter "scale" is named twice',
        '11 values belong to grid designs, not lhs',
        '1 a Latin hypercube design needs `samples`',
      ]),
    );
  });

  it('a list design names cell keys that are not parameters', () => {
    const text = [
      'id: listed',
      'scenario: base.yaml',
      'design: list',
      'parameters:',
      '  - { name: scale, path: demand.scale }',
      'cells:',
      '  - { scale: 1 }',
      '  - { scael: 2 }',
    ].join('\n');
    const { issues } = parseDesign('list.yaml', text);
    expect(issues.map((i) => `${i.line} ${i.message} ${i.hint ?? ''}`.trim())).toEqual([
      '8 "scael" is not a parameter did you mean "scale"?',
      '8 cell gives no value for "scale"',
    ]);
  });
});
