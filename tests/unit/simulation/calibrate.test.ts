/**
 * `calibrate`: on a hand-made case the fitted constant is the one the logit's odds give by hand; on
 * the shipped observed-shares file the command reproduces the shares within the file's tolerance.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createMemoryIo } from '../../../src/cli/io.ts';
import { runCli } from '../../../src/cli/main.ts';
import { NETWORKS_DIR } from '../../../src/index.ts';
import { calibrate, type CalibrationResult } from '../../../src/simulation/index.ts';
import type { DemandFlow } from '../../../src/simulation/scenario.schema.ts';
import { fixedProvider, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const SCENARIOS = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios');
const OBSERVED = join(NETWORKS_DIR, 'inner-mongolia', 'calibration', 'observed-shares-2024.yaml');

const flow: DemandFlow = {
  id: 'f',
  from: 'o',
  to: 'd',
  teu_per_week: 10,
  shipment: { teu: 1 },
  cargo: [],
  regime: 'general',
  value_usd: 10_000,
  assumption: 'a flow for a hand-computed test',
};

describe('calibrate on a hand-made case', () => {
  // two trains leaving at the same hour and taking the same time: only money and constants differ
  const network = tinyNetwork();
  const provider = fixedProvider({
    o: [trainOption('t1', 'b1', 'o', 100, 'A'), trainOption('t2', 'b2', 'o', 200, 'B')],
  });
  const scenario = tinyScenario({
    demand: { scale: 1, flows: [flow], shipments: [] },
    choice: {
      model: 'logit',
      scale_per_usd: 0.01,
      carbon_price_usd_per_t: 0,
      value_of_time_usd_per_h: 0,
    },
  });

  it('fits the corridor constant the odds give: p_A / p_B = exp(−λ (100 + c_A − 200))', () => {
    const result = calibrate({
      network,
      scenario,
      provider,
      observed: {
        tolerance_pp: 0.01,
        targets: [
          {
            id: 't',
            by: 'corridor',
            shares: { A: 0.25, B: 0.75 },
            assumption: 'shares chosen for a hand-computed test',
          },
        ],
      },
    });
    // p_A / p_B = 1/3 ⇒ λ (c_A − 100) = ln 3 ⇒ c_A = 100 + ln 3 / 0.01 = 209.86; B (largest) stays at 0
    expect(result.choice.corridor_constants_usd).toEqual({ A: 209.86, B: 0 });
    expect(result.start.find((f) => f.key === 'A')!.predicted).toBeCloseTo(
      Math.exp(1) / (1 + Math.exp(1)),
      5,
    );
    for (const f of result.fit) expect(Math.abs(f.error_pp)).toBeLessThan(0.001);
    expect(result.within_tolerance).toBe(true);
  });

  it('refuses a share that no option of the flows can take, naming it', () => {
    expect(() =>
      calibrate({
        network,
        scenario,
        provider,
        observed: {
          tolerance_pp: 1,
          targets: [
            {
              id: 'air-too',
              by: 'mode',
              shares: { rail: 0.9, air: 0.1 },
              assumption: 'a share no option can take',
            },
          ],
        },
      }),
    ).toThrow(/target air-too: no route option of the flows is of mode "air"/);
  });

  it('refuses a least-cost choice model', () => {
    expect(() =>
      calibrate({
        network,
        scenario: tinyScenario({ demand: { scale: 1, flows: [flow], shipments: [] } }),
        provider,
        observed: {
          tolerance_pp: 1,
          targets: [
            { id: 't', by: 'corridor', shares: { A: 0.5, B: 0.5 }, assumption: 'even shares' },
          ],
        },
      }),
    ).toThrow(/fits a logit choice model/);
  });
});

describe('corridor calibrate on the shipped files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corridor-calibrate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reproduces observed-shares-2024.yaml within its stated tolerance and writes a choice block', async () => {
    const io = createMemoryIo();
    const out = join(dir, 'choice.yaml');
    const code = await runCli(
      [
        'node',
        'corridor',
        'calibrate',
        '--scenario',
        join(SCENARIOS, 'baseline-2024.yaml'),
        '--observed',
        OBSERVED,
        '--json',
        '--out',
        out,
      ],
      io,
    );
    expect(io.stderr).toMatch(/wrote the fitted choice block/);
    expect(code).toBe(0);
    const result = JSON.parse(io.stdout) as CalibrationResult;
    const observed = parseYaml(await readFile(OBSERVED, 'utf8')) as {
      tolerance_pp: number;
      targets: { shares: Record<string, number> }[];
    };
    expect(result.tolerance_pp).toBe(observed.tolerance_pp);
    expect(result.fit).toHaveLength(
      observed.targets.reduce((a, t) => a + Object.keys(t.shares).length, 0),
    );
    for (const f of result.fit) {
      expect(f.observed).toBe(
        observed.targets.flatMap((t) => Object.entries(t.shares)).find(([k]) => k === f.key)![1],
      );
      expect(Math.abs(f.predicted - f.observed) * 100).toBeLessThanOrEqual(observed.tolerance_pp);
    }
    // the constants the baseline ships reproduce the shares too: a change of the network or the
    // planner that moves the fitted flow's options calls for a refit, and this says so
    for (const f of result.start)
      expect(
        Math.abs(f.predicted - f.observed) * 100,
        `${f.target} ${f.key}: the shipped constants miss; refit baseline-2024.yaml with corridor calibrate`,
      ).toBeLessThanOrEqual(observed.tolerance_pp);
    // the block written is a scenario's choice block: the constants it fitted, as a scenario reads them
    const block = parseYaml(await readFile(out, 'utf8')) as { choice: Record<string, unknown> };
    expect(block.choice.model).toBe('logit');
    expect(block.choice.mode_constants_usd).toEqual(result.choice.mode_constants_usd);
  });

  it('names the file, line and field of a bad observed-shares file and exits 1', async () => {
    const file = join(dir, 'bad-observed.yaml');
    await writeFile(
      file,
      [
        'tolerance_pp: 0.5',
        'targets:',
        '  - id: t',
        '    by: mode',
        '    flows: [hohhot-hamburgg]',
        '    shares: { rail: 0.5, sea: 0.5 }',
        '    source: no-such-source',
        '',
      ].join('\n'),
    );
    const io = createMemoryIo();
    const code = await runCli(
      [
        'node',
        'corridor',
        'calibrate',
        '--scenario',
        join(SCENARIOS, 'baseline-2024.yaml'),
        '--observed',
        file,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr).toMatch(
      /bad-observed\.yaml:5 targets\[0\]\.flows\[0\]: unknown flow "hohhot-hamburgg"/,
    );
    expect(io.stderr).toMatch(/did you mean "hohhot-hamburg"/);
    expect(io.stderr).toMatch(
      /bad-observed\.yaml:7 targets\[0\]\.source: unknown source "no-such-source"/,
    );
  });
});
