/**
 * Replication files → the tables one run writes: every cell whose replications are all present is
 * aggregated (replication order, so the result does not depend on which machine or shard ran what)
 * into its folder, and the long-format results of all cells are written. Running it twice, or on
 * merged shards, writes the same bytes.
 */
import { join } from 'node:path';
import { aggregate, resultFiles, } from "../simulation/index.js";
import { CELL_DONE_FILE, cellDir, readJson, readReplication, writeWhole } from "./layout.js";
import { longCsv, longParquet, longRows } from "./long-table.js";
export const RESULTS_CSV = 'results.csv';
export const RESULTS_PARQUET = 'results.parquet';
async function replicationsOf(out, cell) {
    const reps = [];
    for (let r = 0; r < cell.scenario.replications; r++) {
        const rep = await readReplication(out, cell.id, r);
        if (!rep)
            return undefined;
        reps.push(rep);
    }
    return reps;
}
/** Writes a result's files into `dir` (the same files `corridor simulate` writes). */
export async function writeResultFiles(dir, result) {
    for (const [name, content] of Object.entries(resultFiles(result)))
        await writeWhole(join(dir, name), content);
}
/** Aggregates one cell if all its replications are there; answers its result (or undefined). */
async function finishCell(out, cell) {
    const dir = cellDir(out, cell.id);
    if (await readJson(join(dir, CELL_DONE_FILE)))
        return readJson(join(dir, 'result.json'));
    const reps = await replicationsOf(out, cell);
    if (!reps)
        return undefined;
    const result = aggregate(cell.scenario, reps);
    await writeResultFiles(dir, result);
    await writeWhole(join(dir, CELL_DONE_FILE), JSON.stringify({ id: cell.id, values: cell.values }, null, 1) + '\n');
    return result;
}
/**
 * Finishes every complete cell and, when all are complete, writes the long-format results; answers
 * the ids of the cells still missing replications.
 */
export async function finalizeExperiment(out, manifest) {
    const done = [];
    const missing = [];
    for (const cell of manifest.cells) {
        const result = await finishCell(out, cell);
        if (result)
            done.push({ id: cell.id, values: cell.values, result });
        else
            missing.push(cell.id);
    }
    if (missing.length > 0)
        return missing;
    const rows = longRows(done);
    await writeWhole(join(out, RESULTS_CSV), longCsv(manifest.parameters, rows));
    await writeWhole(join(out, RESULTS_PARQUET), longParquet(manifest.parameters, rows));
    return [];
}
//# sourceMappingURL=finalize.js.map