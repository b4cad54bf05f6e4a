/**
 * Experiments on the built-in network (one flow, four weeks, two cells × two replications, so the
 * test stays small): the tables written, resuming, sharding and merging byte for byte, the CLI.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { createMemoryIo } from '../../../src/cli/io.ts';
import {
  inThreadExecutor,
  loadExperiment,
  mergeRuns,
  runUnits,
  type LoadedExperiment,
} from '../../../src/experiment/index.ts';
import { smallScenario } from '../../support/small-scenario.ts';

const BASE = smallScenario({ days: 28, seed: 11, replications: 3 });
const DESIGN = `id: frequency-sweep
scenario: base.yaml
design: grid
replications: 2
parameters:
  - name: trains
    path: events[0].factor
    values: [1, 2]
`;

let dir = '';
let loaded: LoadedExperiment;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridor-exp-'));
  await writeFile(join(dir, 'base.yaml'), BASE);
  await writeFile(join(dir, 'design.yaml'), DESIGN);
  loaded = await loadExperiment(join(dir, 'design.yaml'));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under a folder, relative path → bytes. */
async function tree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      if ((await stat(p)).isDirectory()) await walk(p);
      else out.set(relative(root, p), await readFile(p));
    }
  };
  await walk(root);
  return out;
}

describe('corridor experiment', () => {
  it('a whole run writes per-cell tables and long-format results (CSV and Parquet) with the cell parameters', async () => {
    const out = join(dir, 'whole');
    const report = await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {});
    expect(report).toMatchObject({ cells: 2, units: 4, ran: 4, skipped: 0, tables: true });
    const files = [...(await tree(out)).keys()].sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'experiment.json',
        'results.csv',
        'results.parquet',
        'cells/cell-0001/result.json',
        'cells/cell-0001/kpis.csv',
        'cells/cell-0001/cell.json',
        'cells/cell-0002/replications/r-00001.json',
      ]),
    );
    const csv = (await readFile(join(out, 'results.csv'), 'utf8')).split('\n');
    expect(csv[0]).toBe('cell,trains,kpi,estimate,ci95_lo,ci95_hi,sd,n');
    expect(csv.some((l) => l.startsWith('cell-0002,2,delivered_teu,'))).toBe(true);
    const buf = await readFile(join(out, 'results.parquet'));
    const rows = await parquetReadObjects({
      file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    });
    expect(rows.length).toBe(csv.length - 2);
    const row = rows.find((r) => r['cell'] === 'cell-0002' && r['kpi'] === 'delivered_teu')!;
    expect(row['trains']).toBe(2);
    expect(csv).toContain(
      `cell-0002,2,delivered_teu,${row['estimate']},${row['ci95_lo']},${row['ci95_hi']},${row['sd']},${row['n']}`,
    );
    // both cells share the seed: common random numbers, so their replications carry the same seeds
    const r1 = JSON.parse(
      await readFile(join(out, 'cells/cell-0001/replications/r-00001.json'), 'utf8'),
    );
    const r2 = JSON.parse(
      await readFile(join(out, 'cells/cell-0002/replications/r-00001.json'), 'utf8'),
    );
    expect(r1.seed).toBe(r2.seed);
  }, 120_000);

  it('shards 1/3, 2/3 and 3/3 merged equal the whole run byte for byte', async () => {
    const whole = await tree(join(dir, 'whole'));
    const shards = [1, 2, 3].map((k) => join(dir, `shard-${k}`));
    for (const [i, out] of shards.entries()) {
      const report = await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {
        shard: { k: i + 1, n: 3 },
      });
      expect(report.tables).toBe(false);
    }
    await mergeRuns(shards, join(dir, 'merged'));
    const merged = await tree(join(dir, 'merged'));
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of whole) expect(merged.get(name)!.equals(bytes), name).toBe(true);
    // a missing shard is refused, naming what is missing
    await expect(mergeRuns(shards.slice(0, 2), join(dir, 'merged-2'))).rejects.toThrow(
      /1 of 4 replications are in none of the folders/,
    );
  }, 120_000);

  it('resumes: a shard already run is not run again, and a finished cell is never rerun', async () => {
    const out = join(dir, 'resumed');
    await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {
      shard: { k: 1, n: 2 },
    });
    const rest = await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {});
    expect(rest).toMatchObject({ units: 4, ran: 2, skipped: 2, tables: true });
    const whole = await tree(join(dir, 'whole'));
    const resumed = await tree(out);
    for (const [name, bytes] of whole) expect(resumed.get(name)!.equals(bytes), name).toBe(true);
    await rm(join(out, 'cells/cell-0001/replications/r-00000.json'));
    const again = await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {});
    expect(again).toMatchObject({ ran: 0, tables: true });
  }, 120_000);

  it('refuses an output folder holding another experiment', async () => {
    const other = { ...loaded.manifest, fingerprint: 'another' };
    await expect(
      runUnits(join(dir, 'whole'), other, inThreadExecutor(loaded.network), {}),
    ).rejects.toThrow(/holds results of another experiment/);
  });

  it('the CLI: experiment (whole and --shard), merge, and simulate --shard merged equals simulate', async () => {
    const design = join(dir, 'design.yaml');
    const cli = async (...args: string[]) => {
      const io = createMemoryIo();
      const code = await runCli(['node', 'corridor', ...args], io);
      return { code, ...io };
    };
    const bad = await cli('experiment', design, '--shard', '4/3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard must be K\/N/);
    const whole = await cli(
      'experiment',
      design,
      '--workers',
      '1',
      '--out',
      join(dir, 'cli-whole'),
    );
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/results\.csv/);
    const sim = await cli(
      'simulate',
      join(dir, 'base.yaml'),
      '--workers',
      '1',
      '--out',
      join(dir, 'sim'),
    );
    expect(sim.code).toBe(0);
    for (const k of [1, 2])
      expect(
        (
          await cli(
            'simulate',
            join(dir, 'base.yaml'),
            '--workers',
            '1',
            '--shard',
            `${k}/2`,
            '--out',
            join(dir, `sim-${k}`),
          )
        ).code,
      ).toBe(0);
    const merged = await cli(
      'merge',
      join(dir, 'sim-1'),
      join(dir, 'sim-2'),
      '--out',
      join(dir, 'sim-merged'),
    );
    expect(merged.code).toBe(0);
    const a = await tree(join(dir, 'sim'));
    const b = await tree(join(dir, 'sim-merged'));
    // provenance.json records when and how a run was made, so it differs between any two runs;
    // a merge does not write one (yet): the tables are compared
    a.delete('provenance.json');
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  }, 180_000);

  it('a design whose parameter path does not exist fails with the line and a did-you-mean, writing nothing', async () => {
    await writeFile(
      join(dir, 'bad-design.yaml'),
      DESIGN.replace('events[0].factor', 'events[0].facter').replace(
        'replications: 2',
        'replications: 0',
      ),
    );
    const io = createMemoryIo();
    const code = await runCli(
      ['node', 'corridor', 'experiment', join(dir, 'bad-design.yaml'), '--out', join(dir, 'never')],
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/bad-design\.yaml:4 replications: /);
    await expect(stat(join(dir, 'never'))).rejects.toThrow();
  });

  it('takes a base scenario that extends another file (as the shipped scenarios do)', async () => {
    await writeFile(
      join(dir, 'child.yaml'),
      'id: child\nextends: base.yaml\nhorizon: { start: "2024-03-04", days: 14 }\n',
    );
    await writeFile(join(dir, 'child-design.yaml'), DESIGN.replace('base.yaml', 'child.yaml'));
    const child = await loadExperiment(join(dir, 'child-design.yaml'));
    expect(child.manifest.cells.map((c) => [c.scenario.baseline, c.scenario.horizon.days])).toEqual(
      [
        ['small', 14],
        ['small', 14],
      ],
    );
  });
});
