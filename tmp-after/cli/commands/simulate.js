/**
 * `corridor simulate <scenario.yaml>`: runs a scenario's replications (on worker threads), prints a
 * summary with 95 % intervals and writes CSV + JSON to --out; with --baseline it runs both with the
 * same seeds and writes the paired comparison too. A progress bar goes to stderr when it is a TTY.
 */
import { availableParallelism } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { loadScenario, networkDirFor, openNetwork, provenanceOf, scenarioNetworkId, writeResults, } from "../../files/index.js";
import { createPlanner } from "../../planner/index.js";
import { compare, formatComparison, formatSummary, simulate, } from "../../simulation/index.js";
import { inThreadExecutor, makeManifest, parseShard, poolExecutor, runUnits, } from "../../experiment/index.js";
function positiveInt(name, value, io) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < (name === 'seed' ? 0 : 1)) {
        io.err(`corridor simulate: --${name} must be a ${name === 'seed' ? 'non-negative' : 'positive'} integer, got "${value}"`);
        io.fail(2);
        return null;
    }
    return n;
}
/** A progress bar on `stream` when it is a terminal; none otherwise (pipes and files get no control codes). */
export function progressBar(stream, label) {
    if (!stream.isTTY)
        return undefined;
    return new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} replications`, stream }, cliProgress.Presets.shades_classic);
}
async function run(network, scenario, workers, label, shared, tables) {
    const bar = progressBar(process.stderr, label);
    bar?.start(scenario.replications, 0);
    try {
        if (workers === 1)
            shared.planner ??= createPlanner(network);
        return await simulate(network, scenario, {
            workers,
            cache: shared.cache,
            tables,
            ...(shared.planner ? { planner: shared.planner } : {}),
            onProgress: (done) => bar?.update(done),
        });
    }
    finally {
        bar?.stop();
    }
}
export function registerSimulate(program, io) {
    program
        .command('simulate')
        .description('Run a scenario (demand, capacity, disruptions, policies) over its horizon; --baseline compares two')
        .argument('<scenario>', 'scenario YAML file, e.g. networks/inner-mongolia/scenarios/erenhot-halt-2021.yaml')
        .option('--baseline <file>', 'run this scenario too and report scenario − baseline (same seeds)')
        .option('-r, --replications <n>', 'replications (overrides the file)')
        .option('-s, --seed <n>', 'seed (overrides the file)')
        .option('-w, --workers <n>', 'worker threads (default: cores, at most one per replication)')
        .option('-o, --out <dir>', 'folder for CSV and JSON results', 'simulation-output')
        .option('--network <dir>', 'network folder (default: the one the scenario sits in, or the built-in one)')
        .option('--json', 'print the result (or comparison) as JSON instead of a table')
        .option('--tables', 'also write research tables per replication (shipments, flows × day, borders × day, departures) as CSV and Parquet under <out>/tables')
        .option('--shard <K/N>', 'run only the K-th of N disjoint parts of the replications (merge them with `corridor merge`)')
        .action(async (file, flags) => {
        const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
        if (flags.shard !== undefined && (!shard || flags.baseline || flags.tables)) {
            io.err(!shard
                ? `corridor simulate: --shard must be K/N with 1 ≤ K ≤ N, got "${flags.shard}"`
                : flags.baseline
                    ? 'corridor simulate: --shard runs one scenario; shard the baseline as its own run'
                    : 'corridor simulate: --shard does not write --tables yet; run the tables unsharded');
            io.fail(2);
            return;
        }
        const replications = positiveInt('replications', flags.replications, io);
        const seed = positiveInt('seed', flags.seed, io);
        const workersFlag = positiveInt('workers', flags.workers, io);
        if (replications === null || seed === null || workersFlag === null)
            return;
        // the network the file names, read leniently, so shape and reference errors come in one report
        const networkDir = flags.network ?? networkDirFor(file, await scenarioNetworkId(file));
        const network = await openNetwork(networkDir);
        const tables = flags.tables ?? false;
        /** runs one scenario and writes its results and provenance.json into `dir` */
        const runAndWrite = async (s, dir) => {
            const started = new Date();
            const result = await run(network, s, workers, s.id, shared, tables);
            const written = await writeResults(dir, result);
            const provenance = await provenanceOf(s, networkDir, { started, finished: new Date() });
            await writeFile(join(dir, 'provenance.json'), JSON.stringify(provenance, null, 2) + '\n');
            return { result, written: written.length + 1 };
        };
        const override = (s) => ({
            ...s,
            ...(replications ? { replications } : {}),
            ...(seed !== undefined ? { seed } : {}),
        });
        const scenario = override(await loadScenario(file, { network }));
        const workers = workersFlag ?? Math.max(1, Math.min(availableParallelism(), scenario.replications));
        const out = flags.out ?? 'simulation-output';
        const shared = { cache: new Map() };
        if (shard) {
            const manifest = makeManifest('simulation', scenario.id, [], [{ id: 'scenario', values: {}, scenario }]);
            const executor = workers > 1 ? poolExecutor(network, workers) : inThreadExecutor(network);
            try {
                const report = await runUnits(out, manifest, executor, { shard });
                io.err(`corridor simulate: shard ${shard.k}/${shard.n}: ran ${report.ran} of its ${report.units} replications (${report.skipped} already on disk) into ${out}; merge the shards with \`corridor merge\``);
            }
            finally {
                await executor.close();
            }
            return;
        }
        if (!flags.baseline) {
            const { result, written } = await runAndWrite(scenario, out);
            io.out(flags.json ? JSON.stringify(result, null, 2) : formatSummary(result));
            io.err(`wrote ${written} files to ${out}`);
            return;
        }
        // the baseline runs with the scenario's seed and replications: paired draws (common random numbers)
        const base = {
            ...(await loadScenario(flags.baseline, { network })),
            seed: scenario.seed,
            replications: scenario.replications,
        };
        const { result: baseResult } = await runAndWrite(base, join(out, 'baseline'));
        const { result } = await runAndWrite(scenario, join(out, 'scenario'));
        const comparison = compare(baseResult, result);
        await writeResults(out, comparison);
        io.out(flags.json
            ? JSON.stringify(comparison, null, 2)
            : `${formatSummary(baseResult)}\n\n${formatSummary(result)}\n\n${formatComparison(comparison)}`);
        io.err(`wrote results to ${out} (baseline/, scenario/, comparison.csv, comparison.json)`);
    });
}
//# sourceMappingURL=simulate.js.map