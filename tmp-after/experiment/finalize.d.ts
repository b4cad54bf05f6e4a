import { type SimulationResult } from '../simulation/index.ts';
import type { Manifest } from './manifest.ts';
export declare const RESULTS_CSV = "results.csv";
export declare const RESULTS_PARQUET = "results.parquet";
/** Writes a result's files into `dir` (the same files `corridor simulate` writes). */
export declare function writeResultFiles(dir: string, result: SimulationResult): Promise<void>;
/**
 * Finishes every complete cell and, when all are complete, writes the long-format results; answers
 * the ids of the cells still missing replications.
 */
export declare function finalizeExperiment(out: string, manifest: Manifest): Promise<string[]>;
//# sourceMappingURL=finalize.d.ts.map