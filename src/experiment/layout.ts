/**
 * The output folder of an experiment (and of a sharded simulation), one file per fact so a run can
 * stop anywhere and continue, and shards written on different machines merge by copying files:
 *
 *   experiment.json                      the design as run: cells, their values, fingerprints
 *   cells/cell-0001/replications/r-00000.json   one replication's result (the unit of work)
 *   cells/cell-0001/cell.json            written last: the cell is finished (never rerun)
 *   cells/cell-0001/result.json, *.csv   the simulator's tables for the cell
 *   results.csv, results.parquet         every cell's KPIs in long format
 *
 * Files appear whole (temp file + rename), so a killed run leaves no half-written replication.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ReplicationResult, Scenario } from '../simulation/index.ts';

export const EXPERIMENT_FILE = 'experiment.json';
export const CELL_DONE_FILE = 'cell.json';

export const cellDir = (out: string, cellId: string) => join(out, 'cells', cellId);
export const replicationFile = (out: string, cellId: string, replication: number) =>
  join(cellDir(out, cellId), 'replications', `r-${String(replication).padStart(5, '0')}.json`);

/** A digest of a scenario as it will run: cells and shards compare these, not the files they came from. */
export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export const writeReplication = (out: string, cellId: string, r: ReplicationResult) =>
  writeWhole(replicationFile(out, cellId, r.replication), JSON.stringify(r) + '\n');

export const readReplication = (out: string, cellId: string, replication: number) =>
  readJson<ReplicationResult>(replicationFile(out, cellId, replication));

/** One unit of work: a replication of a cell's scenario. */
export interface WorkUnit {
  cell: number;
  cellId: string;
  scenario: Scenario;
  replication: number;
}

/**
 * The K-th of N disjoint parts of the units (1-based K): unit u goes to shard (u mod N) + 1, so every
 * shard gets a share of every cell and the parts are as even as the count allows.
 */
export function shardOf<T>(units: readonly T[], shard: { k: number; n: number }): T[] {
  return units.filter((_, u) => u % shard.n === shard.k - 1);
}

/** Parses `K/N` (1 ≤ K ≤ N); undefined when it is not one. */
export function parseShard(text: string): { k: number; n: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : undefined;
}
