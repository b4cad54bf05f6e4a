/** Simulation results on disk: written whole (temp file + rename) and read back. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { comparisonFiles, researchTableFiles, resultFiles, } from "../simulation/index.js";
/**
 * Writes a result (or comparison) as JSON and CSV into `dir`; each file appears whole (temp file +
 * rename). A result whose replications carry research tables also gets `tables/<table>/r000.csv`
 * and `.parquet` (one file per replication, long format) and `tables/README.md` (the columns).
 */
export async function writeResults(dir, result) {
    const files = 'replications' in result
        ? { ...resultFiles(result), ...researchTableFiles(result.replications) }
        : comparisonFiles(result);
    const written = [];
    for (const [name, content] of Object.entries(files)) {
        const target = join(dir, name);
        await mkdir(dirname(target), { recursive: true });
        const temp = `${target}.${process.pid}.tmp`;
        await writeFile(temp, content);
        await rename(temp, target);
        written.push(target);
    }
    return written;
}
/** Reads a result written by writeResults (result.json in `dir`). */
export async function readResults(dir) {
    return JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'));
}
//# sourceMappingURL=results.js.map