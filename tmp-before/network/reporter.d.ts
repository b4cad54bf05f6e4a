/** Collects validation issues, attaching the file name and the line of the field each one is about. */
import type { Issue, NetworkFileName } from '../model/index.ts';
import type { ParsedFile } from './parsed-file.ts';
import { type PathSegment } from './path.ts';
export interface Reporter {
    error(kind: NetworkFileName, path: PathSegment[], message: string, hint?: string): void;
    warning(kind: NetworkFileName, path: PathSegment[], message: string, hint?: string): void;
    add(issue: Issue): void;
    readonly issues: Issue[];
    hasErrors(): boolean;
}
export declare function createReporter(files: ReadonlyMap<NetworkFileName, ParsedFile>): Reporter;
//# sourceMappingURL=reporter.d.ts.map