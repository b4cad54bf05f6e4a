/**
 * Results as text: CSV tables (one per concern, RFC 4180 quoting) and the short summary the CLI
 * prints. Pure: returns file names and contents; the caller writes them.
 */
import { type ComparisonResult, type SimulationResult } from './result.ts';
/** The files of a simulation result: name → content. */
export declare function resultFiles(result: SimulationResult): Record<string, string>;
/** The files of a comparison: name → content. */
export declare function comparisonFiles(c: ComparisonResult): Record<string, string>;
/** A short table for the terminal: KPIs with 95 % intervals, mode shares, then each subsidy policy's payments. */
export declare function formatSummary(r: SimulationResult): string;
/** A short table for the terminal: scenario − baseline with 95 % intervals. */
export declare function formatComparison(c: ComparisonResult): string;
//# sourceMappingURL=report.d.ts.map