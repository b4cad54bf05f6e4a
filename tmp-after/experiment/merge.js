/**
 * `corridor merge`: the folders of shards (or of runs stopped and moved between machines) → exactly
 * what one run writes. Replication files are copied (they are whole and identical wherever they were
 * run), then the tables are written as one run would write them. Shards of different runs (another
 * design, seed or scenario: another fingerprint) are refused, and so is a merge with a part missing.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CorridorError } from "../model/index.js";
import { aggregate } from "../simulation/index.js";
import { finalizeExperiment, writeResultFiles } from "./finalize.js";
import { EXPERIMENT_FILE, cellDir, readJson, replicationFile } from "./layout.js";
import { claimOutput } from "./run-experiment.js";
const repName = (r) => basename(replicationFile('', '', r));
export async function mergeRuns(dirs, out) {
    const issues = [];
    const manifests = [];
    for (const dir of dirs) {
        const m = await readJson(join(dir, EXPERIMENT_FILE));
        if (!m)
            issues.push({
                severity: 'error',
                file: dir,
                path: EXPERIMENT_FILE,
                message: `no ${EXPERIMENT_FILE}: not the output of \`corridor experiment\` or \`corridor simulate --shard\``,
            });
        else
            manifests.push(m);
    }
    const first = manifests[0];
    for (const [i, m] of manifests.entries())
        if (first && m.fingerprint !== first.fingerprint)
            issues.push({
                severity: 'error',
                file: dirs[i],
                path: 'fingerprint',
                message: `holds "${m.id}" (fingerprint ${m.fingerprint}), not the run of ${dirs[0]} ("${first.id}", ${first.fingerprint})`,
            });
    if (!first || issues.length > 0)
        throw new CorridorError('SCENARIO_INVALID', 'these folders do not merge', issues);
    // every replication from whichever folder has it
    const sources = new Map();
    for (const dir of dirs)
        for (const cell of first.cells) {
            const names = await readdir(join(cellDir(dir, cell.id), 'replications')).catch(() => []);
            for (const name of names)
                if (/^r-\d+\.json$/.test(name))
                    sources.set(`${cell.id}/${name}`, join(cellDir(dir, cell.id), 'replications', name));
        }
    let total = 0;
    const absent = [];
    for (const cell of first.cells)
        for (let r = 0; r < cell.scenario.replications; r++) {
            total++;
            const name = repName(r);
            if (!sources.has(`${cell.id}/${name}`))
                absent.push(`${cell.id} replication ${r}`);
        }
    if (absent.length > 0)
        throw new CorridorError('SCENARIO_INVALID', `${absent.length} of ${total} replications are in none of the folders (a shard missing or unfinished)`, absent.slice(0, 20).map((a) => ({ severity: 'error', path: a, message: 'missing' })));
    if (first.kind === 'simulation') {
        const cell = first.cells[0];
        const reps = [];
        for (let r = 0; r < cell.scenario.replications; r++)
            reps.push((await readJson(sources.get(`${cell.id}/${repName(r)}`))));
        await writeResultFiles(out, aggregate(cell.scenario, reps));
        return { kind: first.kind, id: first.id, replications: total };
    }
    await claimOutput(out, first);
    for (const [key, source] of sources) {
        const [cellId, name] = key.split('/');
        const target = join(cellDir(out, cellId), 'replications', name);
        if (resolve(source) === resolve(target))
            continue;
        await mkdir(join(cellDir(out, cellId), 'replications'), { recursive: true });
        await copyFile(source, target);
    }
    await finalizeExperiment(out, first);
    return { kind: first.kind, id: first.id, replications: total };
}
//# sourceMappingURL=merge.js.map