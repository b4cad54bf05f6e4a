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
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/model/index.ts';
import { loadNetwork } from '../../../src/network/index.ts';
import {
  CHECKED_NETWORKS_KEPT,
  codeSignature,
  networkKey,
  readCheckedNetwork,
  writeCheckedNetwork,
} from '../../../src/network/parse-cache.ts';
import { useCacheScratch } from './cache-scratch.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const scratch = useCacheScratch('corridor-network-cache-');

const entries = () =>
  readdirSync(scratch.cache).filter((n) => /^network-[0-9a-f]{64}\.v8$/.test(n));

/** An answer no check ever gives: seeing it proves the load came from the entry. */
const MARKER: Issue = { severity: 'warning', file: 'marker.yaml', path: '(marker)', message: 'm' };
function plantMarker(): void {
  for (const name of entries())
    writeFileSync(join(scratch.cache, name), serialize({ issues: [MARKER] }));
}

describe('the checked-network cache', () => {
  it('reads a scratch.folder checked before back whole, equal to a fresh check', async () => {
    scratch.prepare(fixtureTexts());
    const first = await loadNetwork(scratch.folder);
    expect(entries()).toHaveLength(1);
    const second = await loadNetwork(scratch.folder);
    const expected = await scratch.fresh();
    expect(second.network).toBeDefined();
    // same classes, Maps and values as the objects the checks built
    expect(second.network).toStrictEqual(expected.network);
    expect(second.network).toStrictEqual(first.network);
    expect(second.issues).toStrictEqual(expected.issues);
  });

  it('answers from the entry: a second load of the same files does not check again', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    plantMarker();
    expect(await loadNetwork(scratch.folder)).toEqual({ issues: [MARKER] });
  });

  it('checks a changed network file afresh, never answering from the older entry', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    plantMarker();
    scratch.prepare(edit(fixtureTexts(), 'services.yaml', '    mode: air\n', '    mode: plane\n'));
    const after = await loadNetwork(scratch.folder);
    expect(after.issues).not.toContainEqual(MARKER);
    expect(after.network).toBeUndefined();
    expect(after.issues).toEqual((await scratch.fresh()).issues);
    // the invalid folder's answer is cached too, issues and lines alike
    expect(entries()).toHaveLength(2);
    expect((await loadNetwork(scratch.folder)).issues).toEqual(after.issues);
  });

  it('checks afresh when a network file is removed', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    plantMarker();
    const [first] = fixtureTexts();
    rmSync(join(scratch.folder, first!.name));
    const after = await loadNetwork(scratch.folder);
    expect(after.issues).not.toContainEqual(MARKER);
    expect(after.issues).toEqual((await scratch.fresh()).issues);
  });

  it('ignores a damaged entry', async () => {
    scratch.prepare(fixtureTexts());
    await loadNetwork(scratch.folder);
    for (const name of entries())
      writeFileSync(join(scratch.cache, name), 'not a V8 serialization');
    const { network, issues } = await loadNetwork(scratch.folder);
    expect(issues).toEqual([]);
    expect(network).toStrictEqual((await scratch.fresh()).network);
  });

  it('writes nothing with CORRIDOR_CACHE_DIR=off', async () => {
    scratch.prepare(fixtureTexts());
    process.env.CORRIDOR_CACHE_DIR = 'off';
    await loadNetwork(scratch.folder);
    expect(() => readdirSync(scratch.cache)).toThrow();
  });

  it('keeps only the most recently written entries', async () => {
    const files = fixtureTexts();
    const total = CHECKED_NETWORKS_KEPT + 4;
    for (let i = 0; i < total; i++) {
      await writeCheckedNetwork(scratch.cache, files, { issues: [] }, `code-${i}`);
      // distinct modification times, oldest first
      const [newest] = entries().filter(
        (n) => n === `network-${networkKey(`code-${i}`, files)}.v8`,
      );
      utimesSync(
        join(scratch.cache, newest!),
        new Date(),
        new Date(Date.now() - (total - i) * 60_000),
      );
    }
    await writeCheckedNetwork(scratch.cache, files, { issues: [] }, 'code-last');
    expect(entries()).toHaveLength(CHECKED_NETWORKS_KEPT);
    expect(await readCheckedNetwork(scratch.cache, files, 'code-last')).toEqual({ issues: [] });
    expect(await readCheckedNetwork(scratch.cache, files, `code-${total - 1}`)).toBeDefined();
    expect(await readCheckedNetwork(scratch.cache, files, 'code-0')).toBeUndefined();
  });

  it('never reads an entry written under another code signature', async () => {
    const files = fixtureTexts();
    await writeCheckedNetwork(scratch.cache, files, { issues: [MARKER] }, 'code-a');
    expect(await readCheckedNetwork(scratch.cache, files, 'code-a')).toEqual({ issues: [MARKER] });
    expect(await readCheckedNetwork(scratch.cache, files, 'code-b')).toBeUndefined();
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
  const packages = mkdtempSync(join(tmpdir(), 'corridor-code-signature-'));
  afterAll(() => rmSync(packages, { recursive: true, force: true }));

  function makePackage(name: string) {
    const root = join(packages, name);
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
