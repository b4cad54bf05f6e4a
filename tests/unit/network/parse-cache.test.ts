/**
 * The parsed-file cache (src/network/parse-cache.ts): a load from snapshots gives the same network and
 * the same issues, with the same lines, as a fresh parse; a stale, damaged or incomplete cache never
 * changes an answer.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-parse-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let cache: string;
let folder: string;
let run = 0;
beforeEach(() => {
  run++;
  cache = join(scratch, `cache-${run}`);
  folder = join(scratch, `net-${run}`);
  process.env.CORRIDOR_CACHE_DIR = cache;
});
afterEach(() => {
  delete process.env.CORRIDOR_CACHE_DIR;
});

function writeFolder(files: NetworkFileText[]): void {
  for (const { name, text } of files) {
    writeFileSync(join(folder, name), text, { flag: 'w' });
  }
}
function prepare(files: NetworkFileText[]): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFolder(files);
}
const snapshotFiles = () => readdirSync(cache).filter((n) => n.endsWith('.json'));
/** Drops the checked networks (network-cache.test.ts), so the next load reads the file snapshots. */
const forgetCheckedNetworks = () => {
  for (const name of readdirSync(cache).filter((n) => n.startsWith('network-'))) {
    rmSync(join(cache, name));
  }
};

async function fresh() {
  process.env.CORRIDOR_CACHE_DIR = 'off';
  const result = await loadNetwork(folder);
  process.env.CORRIDOR_CACHE_DIR = cache;
  return result;
}

describe('the parsed-file cache', () => {
  it('writes one snapshot per file and loads the same network from them', async () => {
    prepare(fixtureTexts());
    const first = await loadNetwork(folder);
    expect(snapshotFiles()).toHaveLength(fixtureTexts().length);
    forgetCheckedNetworks();
    const second = await loadNetwork(folder);
    expect(second.issues).toEqual(first.issues);
    expect(second.network).toEqual(first.network);
    expect(second.network).toEqual((await fresh()).network);
  });

  it('gives the same issues, lines included, from snapshots as from a fresh parse', async () => {
    // an unknown mode (error) and a missing Chinese name (warning) in two files
    let files = edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n');
    files = edit(files, 'borders.yaml', '    name_zh: 二连浩特—扎门乌德（公路）\n', '');
    prepare(files);
    const expected = (await fresh()).issues;
    expect(expected.some((i) => i.line !== undefined)).toBe(true);
    await loadNetwork(folder); // writes the snapshots
    expect(snapshotFiles().length).toBeGreaterThan(0);
    forgetCheckedNetworks();
    expect((await loadNetwork(folder)).issues).toEqual(expected);
  });

  it('parses again for a line its snapshot lacks, and keeps that line for next time', async () => {
    let files = edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n');
    files = edit(files, 'borders.yaml', '    name_zh: 二连浩特—扎门乌德（公路）\n', '');
    prepare(files);
    const expected = (await fresh()).issues;
    await loadNetwork(folder);
    // forget every line the checks asked for, as if the checks had changed since
    for (const name of snapshotFiles()) {
      const path = join(cache, name);
      const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { lines: object };
      writeFileSync(path, JSON.stringify({ ...snapshot, lines: {} }));
    }
    forgetCheckedNetworks();
    expect((await loadNetwork(folder)).issues).toEqual(expected);
    const relearnt = snapshotFiles().some(
      (name) =>
        Object.keys(
          (JSON.parse(readFileSync(join(cache, name), 'utf8')) as { lines: object }).lines,
        ).length > 0,
    );
    expect(relearnt).toBe(true);
  });

  it('never reads the snapshot of an older text: an edited file is parsed afresh', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    writeFolder(edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n'));
    const after = await loadNetwork(folder);
    expect(after.network).toBeUndefined();
    expect(after.issues.map((i) => i.path)).toContain((await fresh()).issues[0]!.path);
    expect(after.issues).toEqual((await fresh()).issues);
  });

  it('ignores a damaged snapshot, and a syntax error is never cached away', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    for (const name of snapshotFiles()) writeFileSync(join(cache, name), '{"data": [1, 2');
    forgetCheckedNetworks();
    const { network, issues } = await loadNetwork(folder);
    expect(issues).toEqual([]);
    expect(network).toEqual((await fresh()).network);

    writeFolder(edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: [air\n'));
    const broken = await loadNetwork(folder);
    const again = await loadNetwork(folder);
    expect(broken.issues.some((i) => i.path === '(syntax)')).toBe(true);
    expect(again.issues).toEqual(broken.issues);
  });

  it('is off with CORRIDOR_CACHE_DIR=off: nothing is written', async () => {
    prepare(fixtureTexts());
    process.env.CORRIDOR_CACHE_DIR = 'off';
    await loadNetwork(folder);
    expect(() => readdirSync(cache)).toThrow();
  });
});
