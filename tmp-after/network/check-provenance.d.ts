/**
 * Provenance check: every figure in every file names a source from sources.yaml or states an
 * assumption; distributions are ordered (triangular min ≤ mode ≤ max, lognormal p50 ≤ p90). Also warns about fields the format does not define (zod would drop them silently,
 * so a misspelt `asumption` would otherwise pass unnoticed).
 */
import { type NetworkFileName } from '../model/index.ts';
import type { ParsedFile } from './parsed-file.ts';
import type { Reporter } from './reporter.ts';
export declare function checkProvenance(files: ReadonlyMap<NetworkFileName, ParsedFile>, sourceIds: ReadonlySet<string>, report: Reporter): void;
//# sourceMappingURL=check-provenance.d.ts.map