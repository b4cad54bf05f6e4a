import { type ComparisonResult, type SimulationResult } from '../simulation/index.ts';
/**
 * Writes a result (or comparison) as JSON and CSV into `dir`; each file appears whole (temp file +
 * rename). A result whose replications carry research tables also gets `tables/<table>/r000.csv`
 * and `.parquet` (one file per replication, long format) and `tables/README.md` (the columns).
 */
export declare function writeResults(dir: string, result: SimulationResult | ComparisonResult): Promise<string[]>;
/** Reads a result written by writeResults (result.json in `dir`). */
export declare function readResults(dir: string): Promise<SimulationResult>;
//# sourceMappingURL=results.d.ts.map