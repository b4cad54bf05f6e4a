/**
 * The experiment as a library: load and check a design (every issue at once), then run the
 * replications of its cells that are not on disk yet (all of them, or one shard's part), writing
 * each as it finishes, and write the tables when every cell is complete. Stopping and running again
 * continues where it stopped: a replication on disk is never run again, a finished cell never
 * touched. All cells share the seed, so they share random numbers (common random numbers).
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { buildScenario, loadScenario, networkDirFor, openNetwork } from "../files/index.js";
import { CorridorError } from "../model/index.js";
import { inThreadExecutor, poolExecutor } from "./executors.js";
import { finalizeExperiment } from "./finalize.js";
import { CELL_DONE_FILE, cellDir, EXPERIMENT_FILE, readJson, replicationFile, shardOf, writeReplication, writeWhole, } from "./layout.js";
import { makeManifest, manifestText } from "./manifest.js";
import { cellScenarios, parseDesign } from "./parse-design.js";
/** Reads a design and its base scenario and checks every cell; throws SCENARIO_INVALID with all issues. */
export async function loadExperiment(designFile, opts = {}) {
    const name = basename(designFile);
    const text = await readFile(designFile, 'utf8').catch(() => {
        throw new CorridorError('SCENARIO_INVALID', `cannot read experiment design ${designFile}`);
    });
    const { design, cells, yaml, issues } = parseDesign(name, text);
    const fail = (all) => new CorridorError('SCENARIO_INVALID', `experiment design ${name} is invalid`, all);
    if (!design || !cells || !yaml)
        throw fail(issues);
    const scenarioFile = resolve(dirname(designFile), design.scenario);
    let base;
    let network;
    try {
        const bare = await loadScenario(scenarioFile);
        network = await openNetwork(opts.network ?? networkDirFor(scenarioFile, bare.network));
        base = await loadScenario(scenarioFile, { network });
    }
    catch (error) {
        if (!(error instanceof CorridorError))
            throw error;
        const line = yaml.lineOf(['scenario']);
        throw fail([
            {
                severity: 'error',
                file: name,
                ...(line ? { line } : {}),
                path: 'scenario',
                message: error.message,
            },
            ...error.issues,
        ]);
    }
    const check = (s) => {
        try {
            // the resolved scenario holds the shipments read from its CSV (the file format names the CSV)
            // and the id of the file it extends (`baseline`, which a file does not write)
            const { shipments, ...demand } = s.demand;
            const { baseline: _extended, ...own } = s;
            const asFile = shipments.length === 0 ? { ...own, demand } : own;
            buildScenario(asFile, { network });
            return [];
        }
        catch (error) {
            if (error instanceof CorridorError)
                return error.issues;
            throw error;
        }
    };
    const built = cellScenarios(design, cells, base, { file: name, yaml }, check);
    if (built.issues.length > 0)
        throw fail(built.issues);
    const manifest = makeManifest('experiment', design.id, design.parameters.map((p) => p.name), cells.map((c, i) => ({ id: c.id, values: c.values, scenario: built.scenarios[i] })));
    return {
        manifest,
        network,
        ...(design.output ? { output: resolve(dirname(designFile), design.output) } : {}),
    };
}
/** Refuses an output folder holding another experiment; writes experiment.json otherwise. */
export async function claimOutput(out, manifest) {
    const existing = await readJson(join(out, EXPERIMENT_FILE));
    if (existing && existing.fingerprint !== manifest.fingerprint)
        throw new CorridorError('SCENARIO_INVALID', `${out} holds results of another experiment ("${existing.id}", fingerprint ${existing.fingerprint}, not ${manifest.fingerprint}); choose another output folder or delete it`);
    if (!existing)
        await writeWhole(join(out, EXPERIMENT_FILE), manifestText(manifest));
}
const exists = async (file) => readdir(dirname(file)).then((names) => names.includes(basename(file)), () => false);
/** The units of a manifest this run owns (its shard) and which of them are still to run. */
async function pendingUnits(out, manifest, shard) {
    const all = manifest.cells.flatMap((c, cell) => Array.from({ length: c.scenario.replications }, (_, replication) => ({
        cell,
        cellId: c.id,
        scenario: c.scenario,
        replication,
    })));
    const owned = shard ? shardOf(all, shard) : all;
    const pending = [];
    const finishedCells = new Set();
    for (const c of manifest.cells)
        if (await exists(join(cellDir(out, c.id), CELL_DONE_FILE)))
            finishedCells.add(c.id);
    for (const u of owned)
        if (!finishedCells.has(u.cellId) &&
            !(await exists(replicationFile(out, u.cellId, u.replication))))
            pending.push(u);
    return { owned, pending };
}
/** Runs the units still missing in `out` with an executor, writing each replication as it finishes. */
export async function runUnits(out, manifest, executor, opts) {
    await claimOutput(out, manifest);
    const { owned, pending } = await pendingUnits(out, manifest, opts.shard);
    const skipped = owned.length - pending.length;
    let done = 0;
    opts.onProgress?.({ done, total: pending.length, skipped });
    await executor.run(pending, async (unit, result) => {
        await writeReplication(out, unit.cellId, result);
        opts.onProgress?.({ done: ++done, total: pending.length, skipped });
    });
    // a shard leaves the tables to `corridor merge`; a whole run writes them
    const sharded = (opts.shard !== undefined && opts.shard.n > 1) || manifest.kind === 'simulation';
    const missing = sharded ? [] : await finalizeExperiment(out, manifest);
    return {
        out,
        cells: manifest.cells.length,
        units: owned.length,
        ran: pending.length,
        skipped,
        tables: !sharded && missing.length === 0,
        missing,
    };
}
/**
 * Runs an experiment design into `opts.out`.
 * @example await runExperiment('studies/subsidy.yaml', { out: 'out/subsidy', workers: 2 })
 */
export async function runExperiment(designFile, opts) {
    const loaded = await loadExperiment(designFile, opts.network ? { network: opts.network } : {});
    const executor = opts.executor ??
        ((opts.workers ?? 1) > 1
            ? poolExecutor(loaded.network, opts.workers)
            : inThreadExecutor(loaded.network));
    try {
        return await runUnits(opts.out, loaded.manifest, executor, {
            shard: opts.shard,
            onProgress: opts.onProgress,
        });
    }
    finally {
        if (!opts.executor)
            await executor.close();
    }
}
//# sourceMappingURL=run-experiment.js.map