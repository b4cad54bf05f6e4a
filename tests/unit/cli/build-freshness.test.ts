/**
 * bin/build-freshness.js: the `corridor` command builds again when src/ changed after the last build,
 * so a pull or checkout never answers with the previous build's model.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript next to the executable, no declaration file
import { buildState } from '../../../bin/build-freshness.js';

const state = buildState as (root: string) => 'fresh' | 'stale' | 'unbuilt';
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, number>): string {
  root = mkdtempSync(join(tmpdir(), 'corridor-build-'));
  for (const [path, seconds] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  }
  return root;
}

describe('buildState', () => {
  it('is fresh when every file under src/ is older than the build stamp', () => {
    expect(state(tree({ 'src/a.ts': 100, 'src/deep/b.ts': 200, 'dist/.built': 300 }))).toBe(
      'fresh',
    );
  });

  it('is stale when a file deep under src/ changed after the build', () => {
    expect(state(tree({ 'src/a.ts': 100, 'src/deep/b.ts': 400, 'dist/.built': 300 }))).toBe(
      'stale',
    );
  });

  it('is unbuilt without a stamp, and fresh for an installed package without src/', () => {
    expect(state(tree({ 'src/a.ts': 100 }))).toBe('unbuilt');
    expect(state(tree({ 'dist/.built': 100 }))).toBe('fresh');
  });
});
