import type { Issue, Network } from '../model/index.ts';
import type { FileSnapshot } from './parsed-file.ts';
/** The cache folder, or undefined when caching is off. */
export declare function cacheDir(env?: NodeJS.ProcessEnv): string | undefined;
/** A snapshot read back, with its JSON text so a rewrite can start from the pristine data. */
export interface CachedSnapshot {
    snapshot: FileSnapshot;
    json: string;
}
/** The snapshot of this text, or undefined when there is none (or it cannot be read). */
export declare function readSnapshot(dir: string, name: string, text: string): Promise<CachedSnapshot | undefined>;
/** Stores the snapshot of this text; written to a temporary name and renamed, so readers never see half a file. */
export declare function writeSnapshot(dir: string, name: string, text: string, snapshot: FileSnapshot): Promise<void>;
/**
 * A fingerprint of the code that checks a network, the installed packages (npm rewrites
 * node_modules/.package-lock.json on every install) and the Node version (V8's serialization).
 * Compiled code (dist/, with tsc's build info) is fingerprinted by the build info, which every build
 * that changes a file rewrites: one stat instead of some 200 (a hand edit of dist/ without a build is
 * not seen; bin/corridor.js rebuilds whenever src/ is newer). Source code (src/ through tsx) by the
 * path, size and modification time of every file. Broader than the checks strictly need: a change
 * anywhere in the code only costs one fresh check.
 */
export declare function codeSignature(codeDir?: string, packageRoot?: string): Promise<string>;
/** A network folder's files as read: the name and the text of each network file. */
export interface FolderText {
    readonly name: string;
    readonly text: string;
}
/** The cache key of a folder's checked network: the code signature and every file's name and text. */
export declare function networkKey(signature: string, files: readonly FolderText[]): string;
/** What a checked-network entry holds: loadNetwork's answer. */
export interface CheckedNetwork {
    network?: Network;
    issues: Issue[];
}
/** The checked network of these files under this code, or undefined when there is none (or it cannot be read). */
export declare function readCheckedNetwork(dir: string, files: readonly FolderText[], signature?: string): Promise<CheckedNetwork | undefined>;
/** Stores the checked network of these files under this code; a failure only costs the next load a check. */
export declare function writeCheckedNetwork(dir: string, files: readonly FolderText[], checked: CheckedNetwork, signature?: string): Promise<void>;
/**
 * Checked networks kept: every build and every edited network file writes a new entry (about 0.7 MB
 * for the built-in network), so the oldest go; a pruned entry costs one fresh check.
 */
export declare const CHECKED_NETWORKS_KEPT = 16;
//# sourceMappingURL=parse-cache.d.ts.map