import { type Network } from '../model/index.ts';
import { type UnitExecutor } from './executors.ts';
import { type Manifest } from './manifest.ts';
export interface LoadedExperiment {
    manifest: Manifest;
    network: Network;
    /** the output folder the design names (relative to the design file), if it names one */
    output?: string;
}
/** Reads a design and its base scenario and checks every cell; throws SCENARIO_INVALID with all issues. */
export declare function loadExperiment(designFile: string, opts?: {
    network?: string;
}): Promise<LoadedExperiment>;
export interface ExperimentProgress {
    /** replications finished in this run (and the total this run has to do) */
    done: number;
    total: number;
    /** replications found on disk from an earlier run (not rerun) */
    skipped: number;
}
export interface RunExperimentOptions {
    out: string;
    /** worker threads (1: in this thread); ignored when `executor` is given */
    workers?: number;
    shard?: {
        k: number;
        n: number;
    };
    executor?: UnitExecutor;
    onProgress?: (p: ExperimentProgress) => void;
}
export interface ExperimentReport {
    out: string;
    cells: number;
    /** replications this run (or shard) owns, run now, and found on disk */
    units: number;
    ran: number;
    skipped: number;
    /** true when the cells' tables and the long-format results were written (not by a shard) */
    tables: boolean;
    /** cells still missing replications after a whole run (a failed replication) */
    missing: string[];
}
/** Refuses an output folder holding another experiment; writes experiment.json otherwise. */
export declare function claimOutput(out: string, manifest: Manifest): Promise<void>;
/** Runs the units still missing in `out` with an executor, writing each replication as it finishes. */
export declare function runUnits(out: string, manifest: Manifest, executor: UnitExecutor, opts: {
    shard?: {
        k: number;
        n: number;
    } | undefined;
    onProgress?: ((p: ExperimentProgress) => void) | undefined;
}): Promise<ExperimentReport>;
/**
 * Runs an experiment design into `opts.out`.
 * @example await runExperiment('studies/subsidy.yaml', { out: 'out/subsidy', workers: 2 })
 */
export declare function runExperiment(designFile: string, opts: RunExperimentOptions & {
    network?: string;
}): Promise<ExperimentReport>;
//# sourceMappingURL=run-experiment.d.ts.map