/** Scenario files: errors name the file, line and field (with a suggestion); extends merges; CSV demand. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/model/index.ts';
import { parseScenario } from '../../../src/simulation/parse-scenario.ts';
import { tinyNetwork } from './tiny.ts';

const network = tinyNetwork();
const base = `id: base
horizon: { start: "2024-01-01", days: 28 }
seed: 3
demand:
  flows:
    - id: o-d
      from: o
      to: d
      teu_per_week: 4
      shipment: { teu: 1 }
      value_usd: 10000
      assumption: a flow for the test
`;
const files: Record<string, string> = { 'base.yaml': base };
const readFile = (name: string) => files[name];

describe('parseScenario', () => {
  it('parseScenario names file, line and field of an unknown border, with a suggestion', () => {
    const text = `extends: base.yaml
events:
  - type: closure
    border: b-1
    days: 14
    assumption: a closure for the test
`;
    const { scenario, issues } = parseScenario('halt.yaml', text, { readFile, network });
    expect(scenario).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      'halt.yaml:4 events[0].border: unknown border "b-1"; did you mean "b1"?',
    ]);
  });

  it('parseScenario reports a wrong type with its line and a missing provenance', () => {
    const text = `${base.replace('teu_per_week: 4', 'teu_per_week: many').replace('      assumption: a flow for the test\n', '')}`;
    const { issues } = parseScenario('bad.yaml', text, { network });
    expect(issues.map(formatIssue)[0]).toMatch(/^bad\.yaml:9 demand\.flows\[0\]\.teu_per_week: /);
    const { issues: prov } = parseScenario(
      'noprov.yaml',
      base.replace('      assumption: a flow for the test\n', ''),
      { network },
    );
    expect(prov.map(formatIssue)).toEqual([
      'noprov.yaml:6 demand.flows[0]: give a source id or an assumption for the numbers here',
    ]);
  });

  it('parseScenario reports an unknown terminal and a missing base file', () => {
    const { issues } = parseScenario('x.yaml', base.replace('to: d', 'to: dd'), { network });
    expect(issues.map(formatIssue)).toEqual([
      'x.yaml:8 demand.flows[0].to: unknown terminal "dd"; did you mean "d"?',
    ]);
    const missing = parseScenario('y.yaml', 'extends: nowhere.yaml\n', { readFile, network });
    expect(missing.issues.map(formatIssue)).toEqual([
      'y.yaml:1 extends: cannot read "nowhere.yaml" beside y.yaml',
    ]);
  });

  it('parseScenario merges extends: the child overrides fields and adds events to the base', () => {
    files['base.yaml'] =
      `${base}events:\n  - { type: dwell, border: b1, extra_h: 5, assumption: base event for the test }\n`;
    const { scenario, issues } = parseScenario(
      'child.yaml',
      'extends: base.yaml\nseed: 9\nevents:\n  - { type: closure, service: t1, assumption: child event for the test }\n',
      { readFile, network },
    );
    files['base.yaml'] = base;
    expect(issues).toEqual([]);
    expect(scenario!.id).toBe('child');
    expect(scenario!.baseline).toBe('base');
    expect(scenario!.seed).toBe(9);
    expect(scenario!.horizon).toEqual({ start: '2024-01-01', days: 28 });
    expect(scenario!.events.map((e) => e.type)).toEqual(['dwell', 'closure']);
  });

  it('parseScenario keeps the flows of the base when the child gives only demand.scale', () => {
    const { scenario, issues } = parseScenario(
      'x.yaml',
      'extends: base.yaml\ndemand: { scale: 2.5 }\n',
      { readFile, network },
    );
    expect(issues).toEqual([]);
    expect(scenario!.demand.scale).toBe(2.5);
    expect(scenario!.demand.flows.map((f) => f.id)).toEqual(['o-d']);
    // a child's flows merge with the base's by id (tests/unit/simulation/strict-scenario.test.ts)
    const own = parseScenario(
      'y.yaml',
      'extends: base.yaml\ndemand:\n  flows:\n    - { id: other, from: o, to: d, teu_per_week: 1, shipment: { teu: 1 }, value_usd: 1, assumption: another test flow }\n',
      { readFile, network },
    );
    expect(own.scenario!.demand.flows.map((f) => f.id)).toEqual(['o-d', 'other']);
    expect(own.scenario!.demand.scale).toBe(1);
  });

  it('parseScenario reads a shipments CSV and names its bad rows', () => {
    files['ship.csv'] = 'day,from,to,teu,value_usd\n0,o,d,2,5000\n1.5,o,dx,1,5000\n';
    const text = 'horizon: { start: "2024-01-01", days: 7 }\ndemand:\n  shipments_csv: ship.csv\n';
    const { issues } = parseScenario('csv.yaml', text, { readFile, network });
    expect(issues.map(formatIssue)).toEqual([
      'ship.csv:3 to: unknown terminal "dx"; did you mean "d"?',
    ]);
    files['ship.csv'] = 'day,from,to,teu,value_usd\n0,o,d,2,5000\n1.5,o,d,1,5000\n';
    const ok = parseScenario('csv.yaml', text, { readFile, network });
    expect(ok.scenario!.demand.shipments.map((s) => s.day)).toEqual([0, 1.5]);
  });
});
