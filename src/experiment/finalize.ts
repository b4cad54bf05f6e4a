/**
 * Replication files → the tables one run writes: every cell whose replications are all present is
 * aggregated (replication order, so the result does not depend on which machine or shard ran what)
 * into its folder, and the long-format results of all cells are written. Running it twice, or on
 * merged shards, writes the same bytes.
 */
import { join } from 'node:path';
import {
  aggregate,
  resultFiles,
  type ReplicationResult,
  type SimulationResult,
} from '../simulation/index.ts';
import { CELL_DONE_FILE, cellDir, readJson, readReplication, writeWhole } from './layout.ts';
import { longCsv, longParquet, longRows } from './long-table.ts';
import type { Manifest, ManifestCell } from './manifest.ts';

export const RESULTS_CSV = 'results.csv';
export const RESULTS_PARQUET = 'results.parquet';

async function replicationsOf(
  out: string,
  cell: ManifestCell,
): Promise<ReplicationResult[] | undefined> {
  const reps: ReplicationResult[] = [];
  for (let r = 0; r < cell.scenario.replications; r++) {
    const rep = await readReplication(out, cell.id, r);
    if (!rep) return undefined;
    reps.push(rep);
  }
  return reps;
}

/** Writes a result's files into `dir` (the same files `corridor simulate` writes). */
export async function writeResultFiles(dir: string, result: SimulationResult): Promise<void> {
  for (const [name, content] of Object.entries(resultFiles(result)))
    await writeWhole(join(dir, name), content);
}

/** Aggregates one cell if all its replications are there; answers its result (or undefined). */
async function finishCell(out: string, cell: ManifestCell): Promise<SimulationResult | undefined> {
  const dir = cellDir(out, cell.id);
  if (await readJson(join(dir, CELL_DONE_FILE)))
    return readJson<SimulationResult>(join(dir, 'result.json'));
  const reps = await replicationsOf(out, cell);
  if (!reps) return undefined;
  const result = aggregate(cell.scenario, reps);
  await writeResultFiles(dir, result);
  await writeWhole(
    join(dir, CELL_DONE_FILE),
    JSON.stringify({ id: cell.id, values: cell.values }, null, 1) + '\n',
  );
  return result;
}

/**
 * Finishes every complete cell and, when all are complete, writes the long-format results; answers
 * the ids of the cells still missing replications.
 */
export async function finalizeExperiment(out: string, manifest: Manifest): Promise<string[]> {
  const done: { id: string; values: ManifestCell['values']; result: SimulationResult }[] = [];
  const missing: string[] = [];
  for (const cell of manifest.cells) {
    const result = await finishCell(out, cell);
    if (result) done.push({ id: cell.id, values: cell.values, result });
    else missing.push(cell.id);
  }
  if (missing.length > 0) return missing;
  const rows = longRows(done);
  await writeWhole(join(out, RESULTS_CSV), longCsv(manifest.parameters, rows));
  await writeWhole(join(out, RESULTS_PARQUET), longParquet(manifest.parameters, rows));
  return [];
}
