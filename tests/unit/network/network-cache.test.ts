/**
 * The checked-network cache (src/network/parse-cache.ts): a folder checked before under the same code
 * is read back whole, equal to a fresh check; a changed network file, a changed code file or a
 * reinstall of the packages gives a new key, so a stale entry is never read; a damaged entry only
 * costs a fresh check.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/model/index.ts';
import { loadNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import {
  CHECKED_NETWORKS_KEPT,
  codeSignature,
  networkKey,
  readCheckedNetwork,
  writeCheckedNetwork,
} from '../../../src/network/parse-cache.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corridor-network-cache-'));
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

function prepare(files: NetworkFileText[]): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const { name, text } of files) writeFileSync(join(folder, name), text);
}
const entries = () => readdirSync(cache).filter((n) => /^network-[0-9a-f]{64}\.v8$/.test(n));

async function fresh() {
  process.env.CORRIDOR_CACHE_DIR = 'off';
  const result = await loadNetwork(folder);
  process.env.CORRIDOR_CACHE_DIR = cache;
  return result;
}

/** An answer no check ever gives: seeing it proves the load came from the entry. */
const MARKER: Issue = { severity: 'warning', file: 'marker.yaml', path: '(marker)', message: 'm' };
function plantMarker(): void {
  for (const name of entries()) writeFileSync(join(cache, name), serialize({ issues: [MARKER] }));
}

describe('the checked-network cache', () => {
  it('reads a folder checked before back whole, equal to a fresh check', async () => {
    prepare(fixtureTexts());
    const first = await loadNetwork(folder);
    expect(entries()).toHaveLength(1);
    const second = await loadNetwork(folder);
    const expected = await fresh();
    expect(second.network).toBeDefined();
    // same classes, Maps and values as the objects the checks built
    expect(second.network).toStrictEqual(expected.network);
    expect(second.network).toStrictEqual(first.network);
    expect(second.issues).toStrictEqual(expected.issues);
  });

  it('answers from the entry: a second load of the same files does not check again', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    plantMarker();
    expect(await loadNetwork(folder)).toEqual({ issues: [MARKER] });
  });

  it('checks a changed network file afresh, never answering from the older entry', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    plantMarker();
    prepare(edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n'));
    const after = await loadNetwork(folder);
    expect(after.issues).not.toContainEqual(MARKER);
    expect(after.network).toBeUndefined();
    expect(after.issues).toEqual((await fresh()).issues);
    // the invalid folder's answer is cached too, issues and lines alike
    expect(entries()).toHaveLength(2);
    expect((await loadNetwork(folder)).issues).toEqual(after.issues);
  });

  it('checks afresh when a network file is removed', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    plantMarker();
    const [first] = fixtureTexts();
    rmSync(join(folder, first!.name));
    const after = await loadNetwork(folder);
    expect(after.issues).not.toContainEqual(MARKER);
    expect(after.issues).toEqual((await fresh()).issues);
  });

  it('ignores a damaged entry', async () => {
    prepare(fixtureTexts());
    await loadNetwork(folder);
    for (const name of entries()) writeFileSync(join(cache, name), 'not a V8 serialization');
    const { network, issues } = await loadNetwork(folder);
    expect(issues).toEqual([]);
    expect(network).toStrictEqual((await fresh()).network);
  });

  it('writes nothing with CORRIDOR_CACHE_DIR=off', async () => {
    prepare(fixtureTexts());
    process.env.CORRIDOR_CACHE_DIR = 'off';
    await loadNetwork(folder);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('keeps only the most recently written entries', async () => {
    const files = fixtureTexts();
    const total = CHECKED_NETWORKS_KEPT + 4;
    for (let i = 0; i < total; i++) {
      await writeCheckedNetwork(cache, files, { issues: [] }, `code-${i}`);
      // distinct modification times, oldest first
      const [newest] = entries().filter(
        (n) => n === `network-${networkKey(`code-${i}`, files)}.v8`,
      );
      utimesSync(join(cache, newest!), new Date(), new Date(Date.now() - (total - i) * 60_000));
    }
    await writeCheckedNetwork(cache, files, { issues: [] }, 'code-last');
    expect(entries()).toHaveLength(CHECKED_NETWORKS_KEPT);
    expect(await readCheckedNetwork(cache, files, 'code-last')).toEqual({ issues: [] });
    expect(await readCheckedNetwork(cache, files, `code-${total - 1}`)).toBeDefined();
    expect(await readCheckedNetwork(cache, files, 'code-0')).toBeUndefined();
  });

  it('never reads an entry written under another code signature', async () => {
    const files = fixtureTexts();
    await writeCheckedNetwork(cache, files, { issues: [MARKER] }, 'code-a');
    expect(await readCheckedNetwork(cache, files, 'code-a')).toEqual({ issues: [MARKER] });
    expect(await readCheckedNetwork(cache, files, 'code-b')).toBeUndefined();
  });
});

describe('the checked-network key', () => {
  const files = fixtureTexts();
  const key = networkKey('code', files);

  it('changes with any file text, file name or the code signature, not with file order', () => {
    expect(
      networkKey('code', edit(files, 'services.yaml', '    mode: air\n', '    mode: rail\n')),
    ).not.toBe(key);
    expect(
      networkKey(
        'code',
        files.map((f, i) => (i === 0 ? { ...f, name: f.name.replace('.yaml', '.yml') } : f)),
      ),
    ).not.toBe(key);
    expect(networkKey('code', files.slice(1))).not.toBe(key);
    expect(networkKey('other code', files)).not.toBe(key);
    expect(networkKey('code', [...files].reverse())).toBe(key);
  });
});

describe('the code signature', () => {
  function makePackage(name: string) {
    const root = join(scratch, name);
    const code = join(root, 'code');
    mkdirSync(join(code, 'network'), { recursive: true });
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{}');
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"a": 1}');
    const checks = join(code, 'network', 'check-services.js');
    writeFileSync(checks, 'export const limit = 1;\n');
    return { root, code, checks };
  }

  it('of source code changes when a file is edited, added or removed, or packages reinstalled', async () => {
    const { root, code, checks } = makePackage('source');
    const before = await codeSignature(code, root);
    expect(await codeSignature(code, root)).toBe(before);

    // same size, later modification time: an edit that kept the length
    writeFileSync(checks, 'export const limit = 2;\n');
    utimesSync(checks, new Date(), new Date(Date.now() + 5_000));
    const edited = await codeSignature(code, root);
    expect(edited).not.toBe(before);

    // declarations and source maps do not run: they do not count
    writeFileSync(join(code, 'network', 'check-services.d.ts'), 'export {};\n');
    writeFileSync(join(code, 'network', 'check-services.js.map'), '{}');
    expect(await codeSignature(code, root)).toBe(edited);

    const added = join(code, 'network', 'check-more.ts');
    writeFileSync(added, 'export {};\n');
    expect(await codeSignature(code, root)).not.toBe(edited);
    rmSync(added);
    expect(await codeSignature(code, root)).toBe(edited);

    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"a": 2, "b": 3}');
    expect(await codeSignature(code, root)).not.toBe(edited);
  });

  it('of compiled code changes with every build, as tsc rewrites its build info', async () => {
    const { root, code } = makePackage('compiled');
    const info = join(code, '.tsbuildinfo');
    writeFileSync(info, '{"version":"5.9.3","root":[1]}');
    const before = await codeSignature(code, root);
    expect(await codeSignature(code, root)).toBe(before);
    // a build that recompiled something: the build info records the new file versions
    writeFileSync(info, '{"version":"5.9.3","root":[1,2]}');
    expect(await codeSignature(code, root)).not.toBe(before);
    const rebuilt = await codeSignature(code, root);
    // an incremental build that changed nothing rewrites it too, only costing one fresh check
    utimesSync(info, new Date(), new Date(Date.now() + 5_000));
    const touched = await codeSignature(code, root);
    expect(touched).not.toBe(rebuilt);
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"a": 2, "b": 3}');
    expect(await codeSignature(code, root)).not.toBe(touched);
  });
});
