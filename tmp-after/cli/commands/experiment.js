/**
 * `corridor experiment <design.yaml>`: runs every cell of a design (or one shard's part), writing each
 * replication as it finishes; run it again to continue after a stop. A progress bar with the ETA goes
 * to stderr when it is a terminal.
 */
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { inThreadExecutor, loadExperiment, parseShard, poolExecutor, runUnits, } from "../../experiment/index.js";
export function registerExperiment(program, io) {
    program
        .command('experiment')
        .description('Run an experiment design: a base scenario, parameters (list, grid, Latin hypercube), replications per cell')
        .argument('<design>', 'experiment design YAML file')
        .option('-o, --out <dir>', "output folder (default: the design's `output`, else experiment-output)")
        .option('-w, --workers <n>', 'worker threads (default: cores)')
        .option('--shard <K/N>', 'run only the K-th of N disjoint parts (merge them with `corridor merge`)')
        .option('--network <dir>', 'network folder (default: the one the base scenario sits in)')
        .option('--redis <url>', 'enqueue the replications on this Redis for `corridor worker`s instead of running them here')
        .action(async (file, flags) => {
        const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
        if (flags.shard !== undefined && !shard) {
            io.err(`corridor experiment: --shard must be K/N with 1 ≤ K ≤ N, got "${flags.shard}"`);
            io.fail(2);
            return;
        }
        const workers = flags.workers === undefined ? availableParallelism() : Number(flags.workers);
        if (!Number.isInteger(workers) || workers < 1) {
            io.err(`corridor experiment: --workers must be a positive integer, got "${flags.workers}"`);
            io.fail(2);
            return;
        }
        const loaded = await loadExperiment(file, flags.network ? { network: flags.network } : {});
        const out = flags.out ?? loaded.output ?? 'experiment-output';
        let executor;
        if (flags.redis) {
            const { redisExecutor } = await import("../../jobs/index.js");
            executor = await redisExecutor(flags.redis, loaded.manifest.fingerprint);
        }
        else
            executor =
                workers > 1 ? poolExecutor(loaded.network, workers) : inThreadExecutor(loaded.network);
        const bar = process.stderr.isTTY
            ? new cliProgress.SingleBar({
                format: `${loaded.manifest.id} [{bar}] {value}/{total} replications | {eta_formatted} left`,
                stream: process.stderr,
                etaBuffer: 50,
            }, cliProgress.Presets.shades_classic)
            : undefined;
        let started = false;
        try {
            const report = await runUnits(out, loaded.manifest, executor, {
                shard,
                onProgress: (p) => {
                    if (!started)
                        bar?.start(p.total, 0);
                    started = true;
                    bar?.update(p.done);
                },
            });
            bar?.stop();
            const part = shard ? ` (shard ${shard.k}/${shard.n}: ${report.units} replications)` : '';
            io.err(`corridor experiment: ${report.cells} cells${part}; ran ${report.ran} replications, ${report.skipped} already on disk`);
            if (report.tables)
                io.out(`wrote ${out}/results.csv, results.parquet and cells/*`);
            else if (shard && shard.n > 1)
                io.out(`wrote shard ${shard.k}/${shard.n} to ${out}; merge the shards with \`corridor merge\``);
            else {
                io.err(`corridor experiment: cells missing replications: ${report.missing.join(', ')}`);
                io.fail(1);
            }
        }
        finally {
            bar?.stop();
            await executor.close();
        }
    });
}
//# sourceMappingURL=experiment.js.map