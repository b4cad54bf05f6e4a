/**
 * Strict scenario files: each class of bad file fails with every issue in one report (file, line,
 * field), exits non-zero and writes no output; `extends` merges flows, events and policies by id.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../../src/cli/io.ts';
import { runCli } from '../../../src/cli/main.ts';
import {
  buildScenario,
  CorridorError,
  formatIssue,
  type ScenarioInput,
} from '../../../src/index.ts';
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
    - id: h-d
      from: h
      to: d
      teu_per_week: 2
      shipment: { teu: 1 }
      value_usd: 10000
      assumption: a second flow for the test
policies:
  - { type: subsidy, id: p1, per: teu, amount_usd: 100, assumption: a policy for the test }
`;
const files: Record<string, string> = { 'base.yaml': base };
const readFile = (name: string) => files[name];
const report = (file: string, text: string) =>
  parseScenario(file, text, { readFile, network }).issues.map(formatIssue);

describe('strict scenario files', () => {
  it('misspelt keys are refused with a suggestion, each at its own line, all in one report', () => {
    const text = `extends: base.yaml
replicatons: 3
events:
  - type: closure
    border: b1
    form: "2024-01-05"
    dayz: 14
    assumption: a closure for the test
`;
    expect(report('typo.yaml', text)).toEqual([
      'typo.yaml:6 events[0].form: unknown field "form"; did you mean "from"?',
      'typo.yaml:7 events[0].dayz: unknown field "dayz"; did you mean "days"?',
      'typo.yaml:2 replicatons: unknown field "replicatons"; did you mean "replications"?',
    ]);
  });

  it('a date that is not in the calendar is refused (2024-02-30 is not 1 March)', () => {
    const text = `extends: base.yaml
events:
  - { type: closure, border: b1, from: "2024-02-30", days: 2, assumption: a closure for the test }
`;
    const issues = report('date.yaml', text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^date\.yaml:3 events\[0\]\.from: not a date of the calendar/);
  });

  it('dates outside the horizon and an end before the start are refused', () => {
    const text = `extends: base.yaml
events:
  - { type: closure, border: b1, from: "2023-12-20", days: 2, assumption: a closure for the test }
  - { type: closure, border: b2, from: "2024-01-10", until: "2024-03-01", assumption: a closure for the test }
policies:
  - { type: subsidy, id: p2, per: teu, amount_usd: 5, from: "2024-01-20", until: "2024-01-10", assumption: a policy for the test }
`;
    expect(report('window.yaml', text)).toEqual([
      'window.yaml:3 events[0].from: 2023-12-20 is outside the horizon (2024-01-01 to 2024-01-29, 28 days)',
      'window.yaml:4 events[1].until: 2024-03-01 is outside the horizon (2024-01-01 to 2024-01-29, 28 days)',
      'window.yaml:6 policies[0].until: until (2024-01-10) must be after from (2024-01-20)',
    ]);
  });

  it('shape errors and unknown references come back in the same pass, with the base file named', () => {
    files['broken-base.yaml'] = base.replace(
      'to: d\n      teu_per_week: 2',
      'to: dd\n      teu_per_week: 2',
    );
    const text = `extends: broken-base.yaml
seed: -1
events:
  - { type: closure, border: b-1, days: 3, assumption: a closure for the test }
  - { type: capacity, service: t9, factor: 2, assumption: a capacity change for the test }
`;
    expect(report('mixed.yaml', text)).toEqual([
      'mixed.yaml:2 seed: Too small: expected number to be >=0',
      'broken-base.yaml:15 demand.flows[1].to: unknown terminal "dd"; did you mean "d"?',
      'mixed.yaml:4 events[0].border: unknown border "b-1"; did you mean "b1"?',
      'mixed.yaml:5 events[1].service: unknown service "t9"; did you mean "t1" or "t2"?',
    ]);
  });

  it('extends merges flows, events and policies by id; remove drops one and names an id that is not there', () => {
    const child = `extends: base.yaml
remove: { policies: [p1] }
demand:
  flows:
    - { id: o-d, from: o, to: d, teu_per_week: 9, shipment: { teu: 1 }, value_usd: 10000, assumption: the flow doubled }
    - { id: new, from: h, to: d, teu_per_week: 1, shipment: { teu: 1 }, value_usd: 10000, assumption: a new flow }
`;
    const { scenario, issues } = parseScenario('child.yaml', child, { readFile, network });
    expect(issues).toEqual([]);
    expect(scenario!.demand.flows.map((f) => [f.id, f.teu_per_week])).toEqual([
      ['o-d', 9],
      ['h-d', 2],
      ['new', 1],
    ]);
    expect(scenario!.policies).toEqual([]);
    const removeFlow = parseScenario(
      'drop.yaml',
      'extends: base.yaml\nremove: { flows: [h-d, o-x] }\n',
      { readFile, network },
    );
    expect(removeFlow.issues.map(formatIssue)).toEqual([
      'drop.yaml:2 remove.flows[1]: "o-x" is not in the file it extends; did you mean "o-d"?',
    ]);
    const kept = parseScenario('drop.yaml', 'extends: base.yaml\nremove: { flows: [h-d] }\n', {
      readFile,
      network,
    });
    expect(kept.scenario!.demand.flows.map((f) => f.id)).toEqual(['o-d']);
  });

  it('buildScenario takes a typed scenario and still validates at run time', () => {
    const typed: ScenarioInput = {
      horizon: { start: '2024-01-01', days: 28 },
      demand: {
        flows: [
          {
            id: 'o-d',
            from: 'o',
            to: 'd',
            teu_per_week: 1,
            shipment: { teu: 1 },
            value_usd: 1000,
            assumption: 'a flow for the test',
          },
        ],
      },
    };
    expect(buildScenario(typed, { network }).demand.flows).toHaveLength(1);
    // a value from outside the type checker (JSON, a cast) is still checked
    const untyped = { ...typed, replicatons: 3 } as unknown as ScenarioInput;
    try {
      buildScenario(untyped, { network });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CorridorError);
      expect((error as CorridorError).issues?.map(formatIssue)).toEqual([
        'script.yaml:14 replicatons: unknown field "replicatons"; did you mean "replications"?',
      ]);
    }
  });
});

describe('the CLI on bad scenario files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corridor-strict-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const bad = `horizon: { start: "2024-01-01", days: 7 }
replicatons: 2
demand:
  flows:
    - { id: f, from: ordos-rail, to: moskow, teu_per_week: 1, shipment: { teu: 1 }, value_usd: 1, assumption: a test flow }
events:
  - { type: closure, border: erenhot-zamyn-uud-rail, from: "2024-02-30", assumption: a test closure }
`;

  it('corridor simulate reports every issue at once, exits 1 and writes nothing', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, bad);
    const out = join(dir, 'out');
    const io = createMemoryIo();
    const code = await runCli(
      ['node', 'corridor', 'simulate', file, '--workers', '1', '--out', out],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/bad\.yaml:2 replicatons: unknown field/);
    expect(io.stderr).toMatch(
      /bad\.yaml:5 demand\.flows\[0\]\.to: unknown terminal "moskow"; did you mean "moscow"\?/,
    );
    expect(io.stderr).toMatch(/bad\.yaml:7 events\[0\]\.from: not a date of the calendar/);
    expect(existsSync(out)).toBe(false);
  });

  it('corridor validate accepts a scenario file: every issue and exit 1, or valid and exit 0', async () => {
    const file = join(dir, 'bad2.yaml');
    await writeFile(file, bad);
    const io = createMemoryIo();
    expect(await runCli(['node', 'corridor', 'validate', file], io)).toBe(1);
    expect(io.stdout.match(/^error/gm)).toHaveLength(3);
    const good = createMemoryIo();
    const shipped = join('networks', 'inner-mongolia', 'scenarios', 'erenhot-halt-2021.yaml');
    expect(await runCli(['node', 'corridor', 'validate', shipped], good)).toBe(0);
    expect(good.stdout).toMatch(/erenhot-halt-2021\.yaml: valid scenario/);
  });
});
