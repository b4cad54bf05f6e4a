import type { Issue } from '../model/index.ts';
export interface ParsedFile {
    /** file name as given, e.g. "services.yaml" */
    readonly name: string;
    /** plain data (undefined when the file had syntax errors) */
    readonly data: unknown;
    /** 1-based line of the field at `path`, or of its nearest ancestor present in the file */
    lineOf(path: readonly PropertyKey[]): number | undefined;
}
/**
 * What a later load of the same text needs instead of parsing it again: the plain data and the line
 * of every path the checks asked for. The checks are deterministic, so the same text asks the same
 * paths; a path not recorded (the checks changed) falls back to parsing the text.
 */
export interface FileSnapshot {
    readonly data: unknown;
    readonly lines: Readonly<Record<string, number | null>>;
}
/** A parsed file that records the lines it is asked for, so they can be snapshotted. */
export interface RecordingFile extends ParsedFile {
    /** the data and the lines asked so far */
    snapshot(): FileSnapshot;
}
/** Parses `text`; syntax errors come back as issues with their line, and `data` is then undefined. */
export declare function parseFile(name: string, text: string): {
    file: RecordingFile;
    issues: Issue[];
};
/**
 * A file restored from its snapshot without parsing; only a line the snapshot lacks parses `text`.
 * Use only for a snapshot of this very text (a snapshot is keyed by the text's hash).
 */
export declare function restoreFile(name: string, text: string, snapshot: FileSnapshot): RecordingFile;
//# sourceMappingURL=parsed-file.d.ts.map