/** `corridor simulate` through runCli with a memory io (bad input; small runs on the built-in network), and its progress bar. */
import { readdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { createMemoryIo } from '../../../src/cli/io.ts';
import { progressBar } from '../../../src/cli/commands/simulate.ts';
import { NETWORKS_DIR } from '../../../src/index.ts';
import { smallScenario } from '../../support/small-scenario.ts';

const NETWORK = join(NETWORKS_DIR, 'inner-mongolia');
/** one flow, six weeks (Ordos–Moscow takes about 16 days): small enough for a unit test, through the real planner and network */
const small = (id: string, trainsPerWeek: number) =>
  smallScenario({ id, days: 42, seed: 7, replications: 2, trainsPerWeek });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridor-sim-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corridor simulate', () => {
  it('corridor simulate names the file, line and field of a bad scenario and exits 1', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      'horizon: { start: "2024-01-01", days: 7 }\nseed: -1\ndemand:\n  flows: []\n',
    );
    const io = createMemoryIo();
    const code = await runCli(
      ['node', 'corridor', 'simulate', file, '--workers', '1', '--out', join(dir, 'out')],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/bad\.yaml:2 seed: /);
  });

  it('corridor simulate rejects a bad --replications with exit code 2', async () => {
    const io = createMemoryIo();
    const code = await runCli(
      ['node', 'corridor', 'simulate', join(dir, 'x.yaml'), '--replications', 'zero'],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toContain('--replications must be a positive integer');
  });

  it('corridor simulate runs a small scenario, prints the KPI table and writes result.json and the CSVs', async () => {
    const file = join(dir, 'small.yaml');
    await writeFile(file, small('small', 1));
    const out = join(dir, 'run1');
    const io = createMemoryIo();
    const code = await runCli(
      [
        'node',
        'corridor',
        'simulate',
        file,
        '--workers',
        '1',
        '--network',
        NETWORK,
        '--out',
        out,
        '--tables',
      ],
      io,
    );
    expect(io.stderr).toContain(`files to ${out}`);
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/small \(small\): 42 days from 2024-03-04, 2 replications, seed 7/);
    expect(io.stdout).toMatch(/delivered_teu\s+\d+/);
    expect(io.stdout).toMatch(/mode share\s+.*rail/);
    const files = (await readdir(out)).sort();
    expect(files).toContain('result.json');
    expect(files.some((f) => f.endsWith('.csv'))).toBe(true);
    const result = JSON.parse(await readFile(join(out, 'result.json'), 'utf8'));
    expect(result.replications).toHaveLength(2);
    expect(result.kpis.shipments.mean).toBeGreaterThan(10);
    expect(result.kpis.delivered_teu.mean).toBeGreaterThan(0);
    // research tables stay out of result.json; provenance names the code, network and resolved scenario
    expect(result.replications[0].tables).toBeUndefined();
    expect((await readdir(join(out, 'tables', 'shipments'))).sort()).toEqual([
      'r000.csv',
      'r000.parquet',
      'r001.csv',
      'r001.parquet',
    ]);
    const shipmentsCsv = await readFile(join(out, 'tables', 'shipments', 'r000.csv'), 'utf8');
    expect(shipmentsCsv.split('\n')[0]).toMatch(
      /^replication,flow,flow_seq,from,to,teu,status,mode/,
    );
    const provenance = JSON.parse(await readFile(join(out, 'provenance.json'), 'utf8'));
    expect(provenance.network.content_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(provenance.scenario.demand.flows[0].id).toBe('ordos-moscow');
    expect(provenance.seed).toBe(7);
    expect(provenance.replications).toBe(2);
    expect(typeof provenance.code_version.package).toBe('string');
    // no progress bar when stderr is not a terminal: no control codes in what was written
    expect(io.stderr).not.toContain('\u001b');
    expect(io.stderr).not.toContain('replications [');
  }, 60_000);

  it('corridor simulate --baseline runs both with the same seeds and writes baseline/, scenario/ and the comparison', async () => {
    await writeFile(join(dir, 'base.yaml'), small('base', 1));
    await writeFile(join(dir, 'twice.yaml'), small('twice', 2));
    const out = join(dir, 'run2');
    const io = createMemoryIo();
    const code = await runCli(
      [
        'node',
        'corridor',
        'simulate',
        join(dir, 'twice.yaml'),
        '--baseline',
        join(dir, 'base.yaml'),
        '--workers',
        '1',
        '--network',
        NETWORK,
        '--out',
        out,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toContain('twice vs base (paired by replication');
    expect(io.stdout).toMatch(/kpi\s+baseline\s+scenario\s+delta/);
    expect(io.stdout).toMatch(/transit_mean_days\s+[\d.]+\s+[\d.]+\s+-?[\d.]+ \[/);
    expect((await readdir(out)).sort()).toEqual(
      expect.arrayContaining(['baseline', 'scenario', 'comparison.json', 'comparison.csv']),
    );
    const comparison = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    expect(comparison.baseline.id).toBe('base');
    expect(comparison.scenario.id).toBe('twice');
    expect(comparison.baseline.seed).toBe(comparison.scenario.seed);
    // a second train a week shortens the wait for a departure
    expect(comparison.kpis.transit_mean_days.delta.mean).toBeLessThan(0);
  }, 90_000);

  it('the progress bar is drawn on a terminal stream only', () => {
    const written: string[] = [];
    const fake = (isTTY: boolean) =>
      ({
        isTTY,
        columns: 80,
        write: (s: string) => written.push(s),
        on: () => undefined,
        removeListener: () => undefined,
        cursorTo: () => true,
        clearLine: () => true,
        moveCursor: () => true,
      }) as unknown as NodeJS.WriteStream;
    expect(progressBar(fake(false), 'x')).toBeUndefined();
    const bar = progressBar(fake(true), 'label');
    expect(bar).toBeDefined();
    bar!.start(3, 1);
    bar!.stop();
    expect(written.join('')).toContain('label');
    expect(written.join('')).toContain('1/3 replications');
  });
});
