/**
 * The parsed-file cache (src/network/parse-cache.ts): a load from snapshots gives the same network and
 * the same issues, with the same lines, as a fresh parse; a stale, damaged or incomplete cache never
 * changes an answer.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../../src/network/index.ts';
import { useCacheScratch } from './cache-scratch.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const scratch = useCacheScratch('corridor-parse-cache-');

const snapshotFiles = () => readdirSync(scratch.cache).filter((n) => n.endsWith('.json'));
/** Drops the checked networks (network-cache.test.ts), so the next load reads the file snapshots. */
const forgetCheckedNetworks = () => {
  for (const name of readdirSync(scratch.cache).filter((n) => n.startsWith('network-'))) {
    rmSync(join(scratch.cache, name));
  }
};

describe('the parsed-file cache', () => {
  it('writes one snapshot per file and loads the same network from them', async () => {
    scratch.prepare(fixtureTexts());
    const first = await loadNetwork(scratch.folder);
    expect(snapshotFiles()).toHaveLength(fixtureTexts().length);
    forgetCheckedNetworks();
    const second = await loadNetwork(scratch.folder);
    expect(second.issues).toEqual(first.issues);
    expect(second.network).toEqual(first.network);
    expect(second.network).toEqual((await scratch.fresh()).network);
  });

  it('gives the same issues, lines included, from snapshots as from a fresh parse', async () => {
    // an unknown mode (error) and a missing Chinese name (warning) in two files
    let files = edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n');
    files = edit(files, 'borders.yaml', '    name_zh: 二连浩特—扎门乌德（公路）\n', '');
    scratch.prepare(files);
    const expected = (await scratch.fresh()).issues;
    expect(expected.some((i) => i.line !== undefined)).toBe(true);
    await loadNetwork(scratch.folder); // writes the snapshots
    expect(snapshotFiles().length).toBeGreaterThan(0);
    forgetCheckedNetworks();
    expect((await loadNetwork(scratch.folder)).issues).toEqual(expected);
  });

  it('parses again for a line its snapshot lacks, and keeps that line for next time', async () => {
    let files = edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n');
    files = edit(files, 'borders.yaml', '    name_zh: 二连浩特—扎门乌德（公路）\n', '');
    scratch.prepare(files);
    const expected = (await scratch.fresh()).issues;
    await loadNetwork(scratch.folder);
    // forget every line the checks asked for, as if the checks had changed since
    for (const name of snapshotFiles()) {
      const path = join(scratch.cache, name);
      const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { lines: object };
      writeFileSync(path, JSON.stringify({ ...snapshot, lines: {} }));
    }
    forgetCheckedNetworks();
    expect((await loadNetwork(scratch.folder)).issues).toEqual(expected);
    const relearnt = snapshotFiles().some(
      (name) =>
        Object.keys(
          (JSON.parse(readFileSync(join(scratch.cache, name), 'utf8')) as { lines: object }).lines,
        ).length > 0,
    );
    expect(relearnt).toBe(true);
  });

  it('never reads the snapshot of an older text: an edited file is parsed afresh', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    scratch.writeFolder(
      edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n'),
    );
    const after = await loadNetwork(scratch.folder);
    expect(after.network).toBeUndefined();
    expect(after.issues.map((i) => i.path)).toContain((await scratch.fresh()).issues[0]!.path);
    expect(after.issues).toEqual((await scratch.fresh()).issues);
  });

  it('ignores a damaged snapshot, and a syntax error is never cached away', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    for (const name of snapshotFiles()) writeFileSync(join(scratch.cache, name), '{"data": [1, 2');
    forgetCheckedNetworks();
    const { network, issues } = await loadNetwork(scratch.folder);
    expect(issues).toEqual([]);
    expect(network).toEqual((await scratch.fresh()).network);

    scratch.writeFolder(
      edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: [air\n'),
    );
    const broken = await loadNetwork(scratch.folder);
    const again = await loadNetwork(scratch.folder);
    expect(broken.issues.some((i) => i.path === '(syntax)')).toBe(true);
    expect(again.issues).toEqual(broken.issues);
  });

  it('is off with CORRIDOR_CACHE_DIR=off: nothing is written', async () => {
    scratch.prepare(fixtureTexts());
    process.env.CORRIDOR_CACHE_DIR = 'off';
    await loadNetwork(scratch.folder);
    expect(() => readdirSync(scratch.cache)).toThrow();
  });
});
