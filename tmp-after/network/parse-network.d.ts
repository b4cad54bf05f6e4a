/**
 * parseNetwork: the whole validation pipeline over in-memory file texts (pure, no file access).
 * Syntax → shape → ids and references → provenance → sanity; every stage runs on what the earlier
 * ones could read, so one pass reports all issues. A Network is returned only when there is no error.
 */
import type { Issue, Network } from '../model/index.ts';
import { type FileSnapshot } from './parsed-file.ts';
export interface NetworkFileText {
    /** base name with extension, e.g. "services.yaml" */
    name: string;
    text: string;
    /** the snapshot of an earlier parse of this very text, to skip parsing it again */
    snapshot?: FileSnapshot;
}
export interface ParseResult {
    network?: Network;
    issues: Issue[];
    /** per file read without syntax errors: what a later load of the same text can restore */
    snapshots?: {
        name: string;
        snapshot: FileSnapshot;
    }[];
}
export declare function parseNetwork(files: readonly NetworkFileText[]): ParseResult;
//# sourceMappingURL=parse-network.d.ts.map