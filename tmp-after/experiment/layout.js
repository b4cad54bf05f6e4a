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
export const EXPERIMENT_FILE = 'experiment.json';
export const CELL_DONE_FILE = 'cell.json';
export const cellDir = (out, cellId) => join(out, 'cells', cellId);
export const replicationFile = (out, cellId, replication) => join(cellDir(out, cellId), 'replications', `r-${String(replication).padStart(5, '0')}.json`);
/** A digest of a scenario as it will run: cells and shards compare these, not the files they came from. */
export const fingerprint = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
export async function writeWhole(file, content) {
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, content);
    await rename(temp, file);
}
export async function readJson(file) {
    try {
        return JSON.parse(await readFile(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
export const writeReplication = (out, cellId, r) => writeWhole(replicationFile(out, cellId, r.replication), JSON.stringify(r) + '\n');
export const readReplication = (out, cellId, replication) => readJson(replicationFile(out, cellId, replication));
/**
 * The K-th of N disjoint parts of the units (1-based K): unit u goes to shard (u mod N) + 1, so every
 * shard gets a share of every cell and the parts are as even as the count allows.
 */
export function shardOf(units, shard) {
    return units.filter((_, u) => u % shard.n === shard.k - 1);
}
/** Parses `K/N` (1 ≤ K ≤ N); undefined when it is not one. */
export function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const k = Number(m[1]);
    const n = Number(m[2]);
    return k >= 1 && n >= 1 && k <= n ? { k, n } : undefined;
}
//# sourceMappingURL=layout.js.map