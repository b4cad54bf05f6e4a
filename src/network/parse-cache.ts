/**
 * A cache of parsed network files on disk, keyed by the hash of each file's text: the YAML parse of
 * the built-in network takes most of a CLI start (about 0.6 s of 2 s), while reading its snapshot
 * back takes milliseconds. A changed file has a new hash, so a stale entry is never read; a missing,
 * unreadable or unwritable cache only costs the parse.
 *
 * Where: $CORRIDOR_CACHE_DIR, else node_modules/.cache/corridor-planner of this package (the
 * convention of eslint, babel and vite); CORRIDOR_CACHE_DIR=off turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSnapshot } from './parsed-file.ts';

/** Bumped when what a snapshot holds changes shape. */
const FORMAT = 'network-file-snapshot/1';

/** The cache folder, or undefined when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CORRIDOR_CACHE_DIR;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  // src/network/ and dist/network/ are both two folders below the package root
  return fileURLToPath(new URL('../../node_modules/.cache/corridor-planner/', import.meta.url));
}

/** The cache key of one file: its name and text (and the snapshot format). */
function keyOf(name: string, text: string): string {
  return createHash('sha256')
    .update(FORMAT)
    .update('\0')
    .update(name)
    .update('\0')
    .update(text)
    .digest('hex');
}

/** A snapshot read back, with its JSON text so a rewrite can start from the pristine data. */
export interface CachedSnapshot {
  snapshot: FileSnapshot;
  json: string;
}

/** The snapshot of this text, or undefined when there is none (or it cannot be read). */
export async function readSnapshot(
  dir: string,
  name: string,
  text: string,
): Promise<CachedSnapshot | undefined> {
  try {
    const json = await readFile(join(dir, `${keyOf(name, text)}.json`), 'utf8');
    const snapshot = JSON.parse(json) as FileSnapshot;
    if (typeof snapshot !== 'object' || snapshot === null || typeof snapshot.lines !== 'object') {
      return undefined;
    }
    return { snapshot, json };
  } catch {
    return undefined;
  }
}

/** Stores the snapshot of this text; written to a temporary name and renamed, so readers never see half a file. */
export async function writeSnapshot(
  dir: string,
  name: string,
  text: string,
  snapshot: FileSnapshot,
): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const target = join(dir, `${keyOf(name, text)}.json`);
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, JSON.stringify(snapshot));
    await rename(temporary, target);
  } catch {
    // a read-only install or a full disk: the next load parses again, nothing is lost
  }
}
