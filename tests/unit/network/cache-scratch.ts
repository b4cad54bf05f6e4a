/**
 * Scratch folders for the network cache tests: per test a fresh cache folder (CORRIDOR_CACHE_DIR
 * points at it) and a fresh network folder, and the load with the cache off to compare with.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { loadNetwork, type NetworkFileText } from '../../../src/network/index.ts';

export interface CacheScratch {
  /** this test's cache folder */
  readonly cache: string;
  /** this test's network folder */
  readonly folder: string;
  /** writes the files into the network folder, over what is there */
  writeFolder(files: readonly NetworkFileText[]): void;
  /** empties the network folder and writes the files */
  prepare(files: readonly NetworkFileText[]): void;
  /** loads the network folder with the cache off */
  fresh(): ReturnType<typeof loadNetwork>;
}

/** Registers the hooks of a test file and gives its scratch folders. */
export function useCacheScratch(prefix: string): CacheScratch {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let run = 0;
  const scratch = {
    cache: '',
    folder: '',
    writeFolder(files: readonly NetworkFileText[]) {
      for (const { name, text } of files) writeFileSync(join(scratch.folder, name), text);
    },
    prepare(files: readonly NetworkFileText[]) {
      rmSync(scratch.folder, { recursive: true, force: true });
      mkdirSync(scratch.folder, { recursive: true });
      scratch.writeFolder(files);
    },
    async fresh() {
      process.env.CORRIDOR_CACHE_DIR = 'off';
      const result = await loadNetwork(scratch.folder);
      process.env.CORRIDOR_CACHE_DIR = scratch.cache;
      return result;
    },
  };
  beforeEach(() => {
    run++;
    scratch.cache = join(root, `cache-${run}`);
    scratch.folder = join(root, `net-${run}`);
    process.env.CORRIDOR_CACHE_DIR = scratch.cache;
  });
  afterEach(() => {
    delete process.env.CORRIDOR_CACHE_DIR;
  });
  return scratch;
}
